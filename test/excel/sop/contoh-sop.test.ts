/** The sample-workbook step: the seven library SOPs as seven sheets on the sample paper. */
import { createExcelEmulator } from "../../../src/emulator";
import { PUSTAKA_SOP } from "../../../src/domain/sop";
import { LANGKAH_SOP } from "../../../src/preview/contoh/sop";
import { PENGATURAN_CONTOH } from "../../../src/preview/sample-data";

describe("LANGKAH_SOP", () => {
  it("inserts every library SOP as its own numbered sheet, and can run again", async () => {
    const emu = createExcelEmulator();
    await LANGKAH_SOP.jalankan(emu, new Date(2026, 10, 23));
    await LANGKAH_SOP.jalankan(emu, new Date(2026, 10, 23));
    const sop = emu.snapshot().sheets.filter((s) => s.name.startsWith("SOP "));
    expect(sop.map((s) => s.name.slice(0, 6))).toEqual(PUSTAKA_SOP.map((_, i) => `SOP 0${i + 1}`));
    expect(new Set(sop.map((s) => s.pageLayout.paperSize))).toEqual(new Set([PENGATURAN_CONTOH.kertas === "F4" ? "Folio" : "A4"]));
    expect(LANGKAH_SOP.hanyaLengkap).toBe(true);
  });
});
