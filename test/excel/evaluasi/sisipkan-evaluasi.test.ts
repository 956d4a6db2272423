/** "Sisipkan evaluasi TW n" on the emulator: syncs, formulas evaluated by HyperFormula equal the domain, free text kept. */
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import type { SheetSnapshot } from "../../../src/emulator/model";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";
import { PENGATURAN_CONTOH } from "../../../src/preview/sample-data";
import { capaianTw } from "../../../src/domain/capaian/agregasi";
import { aggregateRealisasi } from "../../../src/domain/capaian/agregasi";
import { predikatOf } from "../../../src/domain/kinerja/predikat";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { DATA_MULAI, hurufKolomIku } from "../../../src/domain/iku/tata-letak";
import { buatLembarIku } from "../../../src/excel/iku/buat-lembar-iku";
import { bacaRingkasan, kolomEvaluasi } from "../../../src/domain/evaluasi/lembar/tata-letak-evaluasi";
import { tataBarisEvaluasi } from "../../../src/domain/evaluasi/lembar/rencana-evaluasi";
import { sisipkanEvaluasiTw } from "../../../src/excel/evaluasi/sisipkan-evaluasi";
import { benchEvaluasi } from "../../../scripts/bench/evaluasi";

const pengaturan = PENGATURAN_CONTOH;
const t = tataBarisEvaluasi(pengaturan.skala.pita.length);
const sisipkan = (emu: ExcelEmulator) => emu.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan }));

async function contoh(): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  await buildSampleWorkbook(emu);
  return emu;
}

function lembar(emu: ExcelEmulator, nama = "Evaluasi TW III 2026"): SheetSnapshot {
  const s = emu.snapshot().sheets.find((x) => x.name === nama);
  if (!s) throw new Error(`no sheet ${nama}`);
  return s;
}

const sel = (s: SheetSnapshot, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
const hitung = (s: SheetSnapshot, row: number, col: number): unknown => sel(s, row, col)?.computed ?? "";

function nilaiA1(s: SheetSnapshot): unknown[][] {
  const v: unknown[][] = [];
  for (const c of s.cells) {
    while (v.length <= c.row) v.push([]);
    v[c.row][c.col] = c.computed;
  }
  return v;
}

async function tulis(emu: ExcelEmulator, nama: string, alamat: string, nilai: string | number): Promise<void> {
  await emu.run(async (c) => {
    c.workbook.worksheets.getItem(nama).getRange(alamat).values = [[nilai]];
    await c.sync();
  });
}

describe("sisipkanEvaluasiTw", () => {
  it("creates the sheet in two syncs and its formulas equal the domain's capaian and predikat", async () => {
    const emu = await contoh();
    expect(await sisipkan(emu)).toEqual({ kind: "ok", namaLembar: "Evaluasi TW III 2026", jumlahIndikator: CONTOH_INDIKATOR_IKU.length, diperbarui: false });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const s = lembar(emu);
    CONTOH_INDIKATOR_IKU.forEach((ind, i) => {
      const r = t.data + i;
      expect(hitung(s, r, kolomEvaluasi("indikator"))).toBe(ind.indikator);
      expect(sel(s, r, kolomEvaluasi("indikator"))?.formula).toBe(`='IKU 2026'!C${DATA_MULAI + i}`);
      const c = capaianTw({ targetTahunan: ind.target, targetTw: ind.targetTw, realisasiTw: ind.realisasiTw, agregasi: ind.agregasi, aturan: ind.aturan }, 3);
      const real = aggregateRealisasi(ind.realisasiTw, ind.agregasi, 3);
      expect([ind.indikator, hitung(s, r, kolomEvaluasi("realisasi"))]).toEqual([ind.indikator, real ?? ""]);
      if (c.kind === "ok") {
        expect([ind.indikator, hitung(s, r, kolomEvaluasi("capaian"))]).toEqual([ind.indikator, expect.closeTo(c.persen, 6)]);
        expect(hitung(s, r, kolomEvaluasi("predikat"))).toBe(predikatOf(c.persen, pengaturan.skala));
      } else {
        expect(hitung(s, r, kolomEvaluasi("capaian"))).toBe("");
      }
    });
  });

  it("summarises per predikat, the average capaian and the indicators without data", async () => {
    const emu = await contoh();
    await sisipkan(emu);
    const s = lembar(emu);
    const ringkasan = bacaRingkasan(nilaiA1(s));
    const nilai = new Map(ringkasan.map((r) => [r.label, hitung(s, Number(/\d+/.exec(r.alamat)?.[0]) - 1, 2)]));
    const hasil = CONTOH_INDIKATOR_IKU.map((ind) => capaianTw({ targetTahunan: ind.target, targetTw: ind.targetTw, realisasiTw: ind.realisasiTw, agregasi: ind.agregasi, aturan: ind.aturan }, 3));
    const persen = hasil.flatMap((h) => (h.kind === "ok" ? [h.persen as number] : []));
    expect(nilai.get("Jumlah indikator dievaluasi")).toBe(CONTOH_INDIKATOR_IKU.length);
    for (const p of pengaturan.skala.pita) {
      expect([p.nama, nilai.get(`Predikat ${p.nama}`)]).toEqual([p.nama, persen.filter((x) => predikatOf(x, pengaturan.skala) === p.nama).length]);
    }
    expect(nilai.get("Rata-rata capaian (%)")).toBeCloseTo(persen.reduce((a, b) => a + b, 0) / persen.length, 6);
    const tanpaData = CONTOH_INDIKATOR_IKU.filter((ind) => aggregateRealisasi(ind.realisasiTw, ind.agregasi, 3) === null).length;
    expect(nilai.get("Belum ada realisasi s.d. Triwulan III")).toBe(tanpaData);
  });

  it("follows later edits of the IKU sheet", async () => {
    const emu = await contoh();
    await sisipkan(emu);
    const kolom = kolomEvaluasi("capaian");
    const sebelum = hitung(lembar(emu), t.data + 1, kolom);
    // Row 2 is kumulatif (1105 + 1320 + 1248 of 3600): raising TW III raises the capaian.
    await tulis(emu, "IKU 2026", `${hurufKolomIku("realisasi-tw3")}${DATA_MULAI + 1}`, 1800);
    const sesudah = hitung(lembar(emu), t.data + 1, kolom);
    expect(sesudah).toBeCloseTo(((1105 + 1320 + 1800) / 3600) * 100, 6);
    expect(sesudah).not.toBe(sebelum);
  });

  it("keeps the free text on re-insertion, by indicator; a removed indicator keeps nothing, a new one starts empty", async () => {
    const emu = await contoh();
    await sisipkan(emu);
    const n = CONTOH_INDIKATOR_IKU.length;
    const eva = "Evaluasi TW III 2026";
    // Excel row = 0-based row + 1: t.data + 1 is the first indicator.
    await tulis(emu, eva, `H${t.data + 1}`, "Rapat rutin desa");
    await tulis(emu, eva, `J${t.data + 1}`, "Undang delegasi lebih awal");
    await tulis(emu, eva, `I${t.data + 3}`, "Server SIAK lambat");
    await tulis(emu, eva, `J${t.data + 4}`, "- Tambah loket");
    // The third indicator leaves the IKU sheet; a new one comes after the last.
    await tulis(emu, "IKU 2026", `C${DATA_MULAI + 2}`, "");
    await tulis(emu, "IKU 2026", `C${DATA_MULAI + n}`, "Indikator baru");
    expect(await sisipkan(emu)).toEqual({ kind: "ok", namaLembar: eva, jumlahIndikator: n, diperbarui: true });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(3);
    const s = lembar(emu);
    const teks = (r: number, k: Parameters<typeof kolomEvaluasi>[0]) => hitung(s, r, kolomEvaluasi(k));
    expect(teks(t.data, "pendukung")).toBe("Rapat rutin desa");
    expect(teks(t.data, "rekomendasi")).toBe("Undang delegasi lebih awal");
    expect(teks(t.data + 2, "indikator")).toBe(CONTOH_INDIKATOR_IKU[3].indikator);
    expect(teks(t.data + 2, "rekomendasi")).toBe("- Tambah loket");
    expect(s.cells.some((c) => c.computed === "Server SIAK lambat")).toBe(false);
    expect(teks(t.data + n - 1, "indikator")).toBe("Indikator baru");
    expect([teks(t.data + n - 1, "pendukung"), teks(t.data + n - 1, "penghambat"), teks(t.data + n - 1, "rekomendasi")]).toEqual(["", "", ""]);
    expect(emu.snapshot().sheets.filter((x) => x.name === eva)).toHaveLength(1);
  });

  it("re-inserts in two syncs when the pane knows the sheet exists, and a wrong hint still lands", async () => {
    const emu = await contoh();
    const dengan = (lembarAda: boolean) => emu.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan, lembarAda }));
    expect(await dengan(true)).toMatchObject({ kind: "ok", diperbarui: false });
    expect(emu.lastRun()?.syncs).toBe(3);
    await tulis(emu, "Evaluasi TW III 2026", `H${t.data + 1}`, "Rapat rutin desa");
    expect(await dengan(true)).toMatchObject({ kind: "ok", diperbarui: true });
    expect(emu.lastRun()?.syncs).toBe(2);
    expect(hitung(lembar(emu), t.data, kolomEvaluasi("pendukung"))).toBe("Rapat rutin desa");
    expect(await dengan(false)).toMatchObject({ kind: "ok", diperbarui: true });
    expect(emu.lastRun()?.syncs).toBe(3);
    const kosong = createExcelEmulator();
    expect(await kosong.run((c) => sisipkanEvaluasiTw(c, { tahun: 2026, tw: 3, pengaturan, lembarAda: true }))).toEqual({ kind: "lembar-iku-tidak-ada", namaLembar: "IKU 2026" });
  });

  it("rewrites an existing sheet in place (the Berita Acara's references survive): one chart, no stale rows", async () => {
    const emu = await contoh();
    await sisipkan(emu);
    const sebelum = lembar(emu);
    // Fewer indicators this time: the last one leaves the IKU sheet.
    const n = CONTOH_INDIKATOR_IKU.length;
    await tulis(emu, "IKU 2026", `C${DATA_MULAI + n - 1}`, "");
    await tulis(emu, "Evaluasi TW III 2026", `J${t.data + n}`, "catatan baris terakhir");
    expect(await sisipkan(emu)).toMatchObject({ kind: "ok", jumlahIndikator: n - 1, diperbarui: true });
    const s = lembar(emu);
    expect([s.id, s.position]).toEqual([sebelum.id, sebelum.position]);
    expect(s.charts).toHaveLength(1);
    expect(s.conditionalFormats).toHaveLength(sebelum.conditionalFormats.length);
    expect(s.cells.filter((c) => c.row >= t.data + n - 1 && c.computed !== null && c.computed !== "")).toEqual([]);
    expect(s.merges).toEqual(sebelum.merges);
    expect(emu.snapshot().activeSheetName).toBe("Evaluasi TW III 2026");
  });

  it("adds the capaian chart with its 100% line and sets up the printed page", async () => {
    const emu = await contoh();
    await sisipkan(emu);
    const s = lembar(emu);
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0].series.map((x) => x.name)).toEqual(["Capaian (%)", "Target 100%"]);
    expect(s.charts[0].series[1].chartType).toBe("Line");
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: pengaturan.kertas, printTitleRows: `$${t.header + 1}:$${t.header + 1}` });
    expect(s.pageLayout.zoom.horizontalFitToPages).toBe(1);
    expect(s.pageLayout.printArea).toBe(`A1:J${t.data + CONTOH_INDIKATOR_IKU.length}`);
    expect(hitung(s, 1, 0)).toBe("Kecamatan Kalipare, Kabupaten Malang");
    expect(emu.snapshot().activeSheetName).toBe("Evaluasi TW III 2026");
  });

  it("answers without writing when the IKU sheet is missing or empty", async () => {
    const kosong = createExcelEmulator();
    expect(await sisipkan(kosong)).toEqual({ kind: "lembar-iku-tidak-ada", namaLembar: "IKU 2026" });
    expect(kosong.lastRun()?.syncs).toBe(1);
    await kosong.run((c) => buatLembarIku(c, { tahun: 2026, instansi: "X", skala: pengaturan.skala, kertas: "A4", tw: 3, indikator: [] }));
    expect(await sisipkan(kosong)).toEqual({ kind: "iku-kosong", namaLembar: "IKU 2026" });
    expect(kosong.snapshot().sheets.map((x) => x.name)).not.toContain("Evaluasi TW III 2026");
  });

  it("bench: two syncs for either action, and the domain variant touches no workbook", async () => {
    const baris = await benchEvaluasi([30]);
    expect(baris.map((b) => [b.operation, b.variant, b.syncs])).toEqual([
      ["sisipkan-evaluasi-tw", "evapor", 2], ["sisipkan-evaluasi-tw", "domain", 0],
      ["sisipkan-berita-acara", "evapor", 2], ["sisipkan-berita-acara", "domain", 0],
    ]);
    expect(baris[0].maxRequestBytes).toBeLessThan(5_000_000);
    expect(baris[0].maxRequestBytes).toBeGreaterThan(30 * 1000);
  });
});
