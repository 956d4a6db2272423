/** The Berita Acara on the emulator: results as formulas on the evaluation summary, kop, date in words, signatures. */
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import type { SheetSnapshot } from "../../../src/emulator/model";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";
import { PENGATURAN_CONTOH } from "../../../src/preview/sample-data";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { DATA_MULAI, hurufKolomIku } from "../../../src/domain/iku/tata-letak";
import { sisipkanEvaluasiTw } from "../../../src/excel/evaluasi/sisipkan-evaluasi";
import { sisipkanBeritaAcara, type MasukanBeritaAcara } from "../../../src/excel/evaluasi/sisipkan-berita-acara";

const masukan: MasukanBeritaAcara = {
  tahun: 2026, tw: 3,
  tanggal: new Date(2026, 10, 23),
  tempat: "Aula Kantor Kecamatan Kalipare",
  nomor: "700/123/35.07.01/2026",
  tim: [
    { nama: "Sri Wahyuni, S.Sos", jabatan: "Sekretaris Camat", nip: "197808122005012011" },
    { nama: "Budi Santoso", jabatan: "Kasubbag Evapor" },
  ],
  ketuaTim: { nama: "Sri Wahyuni, S.Sos", nip: "19780812 200501 2 011" },
  tindakLanjut: ["Percepat input realisasi TW III", "  ", "Rapat koordinasi dengan desa"],
  pengaturan: PENGATURAN_CONTOH,
};
const NAMA = "BA Evaluasi TW III 2026";

async function siap(denganEvaluasi = true): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  await buildSampleWorkbook(emu);
  if (denganEvaluasi) await emu.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan: PENGATURAN_CONTOH }));
  return emu;
}

function lembar(emu: ExcelEmulator, nama = NAMA): SheetSnapshot {
  const s = emu.snapshot().sheets.find((x) => x.name === nama);
  if (!s) throw new Error(`no sheet ${nama}`);
  return s;
}
const teks = (s: SheetSnapshot): string[] => s.cells.map((c) => c.computed).filter((v): v is string => typeof v === "string");
const barisLabel = (s: SheetSnapshot, label: string) => s.cells.find((c) => c.computed === label)?.row ?? -1;
const nilai = (s: SheetSnapshot, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);

describe("sisipkanBeritaAcara", () => {
  it("needs the quarter's evaluation sheet", async () => {
    const emu = await siap(false);
    expect(await emu.run((c) => sisipkanBeritaAcara(c, masukan))).toEqual({ kind: "evaluasi-tidak-ada", namaLembar: "Evaluasi TW III 2026" });
    expect(emu.snapshot().sheets.map((s) => s.name)).not.toContain(NAMA);
  });

  it("writes the record in two syncs: kop, title, date in words, tim, tindak lanjut, signatures", async () => {
    const emu = await siap();
    expect(await emu.run((c) => sisipkanBeritaAcara(c, masukan))).toEqual({ kind: "ok", namaLembar: NAMA });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const s = lembar(emu);
    const semua = teks(s);
    expect(semua.slice(0, 3)).toEqual(["PEMERINTAH KABUPATEN MALANG", "KECAMATAN KALIPARE", PENGATURAN_CONTOH.instansi.alamat]);
    expect(semua).toEqual(expect.arrayContaining(["BERITA ACARA EVALUASI KINERJA", "TRIWULAN III TAHUN 2026", "Nomor: 700/123/35.07.01/2026"]));
    expect(semua.find((x) => x.startsWith("Pada hari ini"))).toBe(
      "Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam, bertempat di Aula Kantor Kecamatan Kalipare, " +
      "telah dilaksanakan evaluasi kinerja Triwulan III Tahun 2026 Kecamatan Kalipare, Kabupaten Malang oleh Tim Evaluasi Kinerja dengan susunan sebagai berikut:");
    expect(semua).toEqual(expect.arrayContaining(["19780812 200501 2 011", "Kasubbag Evapor", "Percepat input realisasi TW III", "Rapat koordinasi dengan desa"]));
    // The Sekcam chairs the Tim here (same NIP): she signs once, in both capacities.
    expect(semua).toEqual(expect.arrayContaining(["Sekretaris Camat", "selaku Ketua Tim Evaluasi,", "Camat Kalipare,", "Drs. Hadi Prasetyo, M.Si", "NIP. 19720315 199303 1 004", "NIP. 19780812 200501 2 011"]));
    expect(semua).not.toContain("Ketua Tim Evaluasi,");
    expect(semua.filter((v) => v === "NIP. 19780812 200501 2 011")).toHaveLength(1);
    // The blank follow-up is dropped: the list is numbered 1., 2.
    const r = barisLabel(s, "Rapat koordinasi dengan desa");
    expect(nilai(s, r, 0)?.computed).toBe("2.");
    expect(s.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
    // One sheet of paper: the signature block never prints on a page of its own.
    expect(s.pageLayout.zoom).toMatchObject({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    const pembuka = barisLabel(s, semua.find((x) => x.startsWith("Pada hari ini")) ?? "");
    expect(s.rowHeights[pembuka]).toBeGreaterThanOrEqual(45);
    expect(s.merges).toEqual(expect.arrayContaining([{ row: pembuka, col: 0, rowCount: 1, colCount: 4 }]));
  });

  it("links the results to the evaluation summary, so they follow the IKU data", async () => {
    const emu = await siap();
    await emu.run((c) => sisipkanBeritaAcara(c, masukan));
    const r = barisLabel(lembar(emu), "Jumlah indikator dievaluasi");
    const sel = nilai(lembar(emu), r, 3);
    expect(sel?.formula).toMatch(/^='Evaluasi TW III 2026'!C\d+$/);
    expect(sel?.computed).toBe(CONTOH_INDIKATOR_IKU.length);
    const rRata = barisLabel(lembar(emu), "Rata-rata capaian (%)");
    const sebelum = nilai(lembar(emu), rRata, 3)?.computed;
    expect(typeof sebelum).toBe("number");
    await emu.run(async (c) => {
      c.workbook.worksheets.getItem("IKU 2026").getRange(`${hurufKolomIku("realisasi-tw3")}${DATA_MULAI + 1}`).values = [[2400]];
      await c.sync();
    });
    expect(nilai(lembar(emu), rRata, 3)?.computed).not.toBe(sebelum);
  });

  it("stays linked when the evaluation is inserted again (the evaluation sheet is rewritten in place, never deleted)", async () => {
    const emu = await siap();
    await emu.run((c) => sisipkanBeritaAcara(c, masukan));
    const id = emu.snapshot().sheets.find((x) => x.name === "Evaluasi TW III 2026")?.id;
    await emu.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan: PENGATURAN_CONTOH }));
    expect(emu.snapshot().sheets.find((x) => x.name === "Evaluasi TW III 2026")?.id).toBe(id);
    const s = lembar(emu);
    expect(nilai(s, barisLabel(s, "Jumlah indikator dievaluasi"), 3)?.computed).toBe(CONTOH_INDIKATOR_IKU.length);
  });

  it("does not replace an existing record unless asked", async () => {
    const emu = await siap();
    await emu.run((c) => sisipkanBeritaAcara(c, masukan));
    expect(await emu.run((c) => sisipkanBeritaAcara(c, { ...masukan, nomor: "baru" }))).toEqual({ kind: "sudah-ada", namaLembar: NAMA });
    expect(teks(lembar(emu))).not.toContain("Nomor: baru");
    expect(await emu.run((c) => sisipkanBeritaAcara(c, { ...masukan, nomor: "baru" }, { ganti: true }))).toEqual({ kind: "ok", namaLembar: NAMA });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    expect(teks(lembar(emu))).toContain("Nomor: baru");
    expect(emu.snapshot().sheets.filter((x) => x.name === NAMA)).toHaveLength(1);
  });
});
