/** The IKU bench module and the sample-workbook step, run on the emulator. */
import { benchIku } from "../../../scripts/bench/iku";
import { createExcelEmulator } from "../../../src/emulator";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { DATA_MULAI, KOLOM_IKU } from "../../../src/domain/iku/tata-letak";
import { LANGKAH_IKU } from "../../../src/preview/contoh/iku";
import { PENGATURAN_CONTOH } from "../../../src/preview/sample-data";

describe("benchIku", () => {
  it("measures evapor in at most 2 syncs, naive in one sync per row, and the plan alone", async () => {
    const baris = await benchIku([30]);
    expect(baris.map((b) => [b.variant, b.n])).toEqual([["evapor", 30], ["domain", 30], ["naive", 30]]);
    expect(baris.find((b) => b.variant === "evapor")?.syncs).toBeLessThanOrEqual(2);
    expect(baris.find((b) => b.variant === "naive")?.syncs).toBe(30);
    expect(baris.find((b) => b.variant === "domain")?.syncs).toBe(0);
  });
});

describe("LANGKAH_IKU", () => {
  it("creates the sample IKU sheet filled with the worked example", async () => {
    const emu = createExcelEmulator();
    await LANGKAH_IKU.jalankan(emu, new Date("2026-10-05T00:00:00Z"));
    expect(LANGKAH_IKU.hanyaLengkap).toBe(false);
    const s = emu.snapshot().sheets.find((x) => x.name === `IKU ${PENGATURAN_CONTOH.tahun}`);
    const kol = KOLOM_IKU.findIndex((k) => k.kunci === "indikator");
    const indikator = s?.cells.filter((c) => c.col === kol && c.row >= DATA_MULAI - 1 && c.value !== null && c.value !== "").map((c) => c.value);
    expect(indikator?.slice(0, CONTOH_INDIKATOR_IKU.length)).toEqual(CONTOH_INDIKATOR_IKU.map((i) => i.indikator));
  });
});
