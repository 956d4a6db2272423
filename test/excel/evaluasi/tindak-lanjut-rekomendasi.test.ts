/** ambilRekomendasi reads the recommendations typed in the quarter's evaluation sheet. */
import { createExcelEmulator } from "../../../src/emulator";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";
import { PENGATURAN_CONTOH } from "../../../src/preview/sample-data";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { tataBarisEvaluasi } from "../../../src/domain/evaluasi/lembar/rencana-evaluasi";
import { sisipkanEvaluasiTw } from "../../../src/excel/evaluasi/sisipkan-evaluasi";
import { ambilRekomendasi } from "../../../src/excel/evaluasi/tindak-lanjut-rekomendasi";
import { LANGKAH_EVALUASI } from "../../../src/preview/contoh/evaluasi";

const t = tataBarisEvaluasi(PENGATURAN_CONTOH.skala.pita.length);

describe("ambilRekomendasi", () => {
  it("answers lembar-tidak-ada for a quarter without an evaluation sheet", async () => {
    const emu = createExcelEmulator();
    expect(await emu.run((c) => ambilRekomendasi(c, 2026, 2))).toEqual({ kind: "lembar-tidak-ada", namaLembar: "Evaluasi TW II 2026" });
  });

  it("lists the non-empty recommendations with their Excel row and indicator, in two syncs", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    await emu.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan: PENGATURAN_CONTOH }));
    expect(await emu.run((c) => ambilRekomendasi(c, 2026, 3))).toEqual({ kind: "ok", namaLembar: "Evaluasi TW III 2026", rekomendasi: [] });
    await emu.run(async (c) => {
      const s = c.workbook.worksheets.getItem("Evaluasi TW III 2026");
      s.getRange(`J${t.data + 2}`).values = [["Tambah petugas loket PATEN"]];
      s.getRange(`J${t.data + 4}`).values = [["  Survei IKM tiap triwulan "]];
      await c.sync();
    });
    expect(await emu.run((c) => ambilRekomendasi(c, 2026, 3))).toEqual({
      kind: "ok",
      namaLembar: "Evaluasi TW III 2026",
      rekomendasi: [
        { baris: t.data + 2, indikator: CONTOH_INDIKATOR_IKU[1].indikator, rekomendasi: "Tambah petugas loket PATEN" },
        { baris: t.data + 4, indikator: CONTOH_INDIKATOR_IKU[3].indikator, rekomendasi: "Survei IKM tiap triwulan" },
      ],
    });
    expect(emu.lastRun()?.syncs).toBe(2);
  });

  it("reads the two recommendations of the sample workbook's evaluation step, which also writes its Berita Acara", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    await LANGKAH_EVALUASI.jalankan(emu, new Date(2026, 10, 23));
    expect(LANGKAH_EVALUASI.hanyaLengkap).toBe(true);
    const hasil = await emu.run((c) => ambilRekomendasi(c, 2026, 3));
    expect(hasil.kind === "ok" ? hasil.rekomendasi.map((r) => r.indikator) : []).toEqual([CONTOH_INDIKATOR_IKU[1].indikator, CONTOH_INDIKATOR_IKU[3].indikator]);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Evaluasi TW III 2026", "BA Evaluasi TW III 2026"]));
  });
});
