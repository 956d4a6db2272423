/** "Buat lembar IKU" on the emulator: two syncs, never overwrites, and the evaluated formulas equal the domain. */
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import { SKALA_PERMENDAGRI_86_2017 } from "../../../src/domain/kinerja/predikat";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import type { MasukanLembarIku } from "../../../src/domain/iku/lembar-iku";
import { BARIS_HEADER, DATA_MULAI, KOLOM_IKU, hurufKolomIku, namaTabelIku, type IndikatorIku, type KunciKolomIku } from "../../../src/domain/iku/tata-letak";
import { buatLembarIku } from "../../../src/excel/iku/buat-lembar-iku";
import { harapan, indikatorAcak } from "../../domain/iku/acak-iku";

/** "M" → 12 (single-letter columns). */
const hurufKeIndeks = (h: string): number => h.charCodeAt(0) - 65;

const skala = SKALA_PERMENDAGRI_86_2017;
const masukan = (indikator: readonly IndikatorIku[], tw: Triwulan = 3): MasukanLembarIku =>
  ({ tahun: 2026, instansi: "Kecamatan Kalipare", skala, kertas: "F4", tw, indikator });
const kol = (k: KunciKolomIku) => KOLOM_IKU.findIndex((x) => x.kunci === k);

function lembar(emu: ExcelEmulator) {
  const s = emu.snapshot().sheets.find((x) => x.name === "IKU 2026");
  if (!s) throw new Error("no sheet IKU 2026");
  return s;
}

function periksa(emu: ExcelEmulator, indikator: readonly IndikatorIku[], tw: Triwulan): void {
  const s = lembar(emu);
  const peta = new Map(s.cells.map((c) => [`${c.row}:${c.col}`, c]));
  indikator.forEach((ind, i) => {
    for (const [k, v] of Object.entries(harapan(ind, tw, skala)) as [KunciKolomIku, number | string][]) {
      const c = peta.get(`${DATA_MULAI - 1 + i}:${kol(k)}`);
      expect(c?.formula).toMatch(/^=/);
      const dapat = c?.computed ?? "";
      const pesan = `${ind.indikator} ${k} tw${tw}`;
      if (typeof v === "number") expect([pesan, dapat]).toEqual([pesan, expect.closeTo(v, 6)]);
      else expect([pesan, dapat === null ? "" : dapat]).toEqual([pesan, v]);
    }
  });
}

async function tulis(emu: ExcelEmulator, alamat: string, nilai: string | number): Promise<void> {
  await emu.run(async (c) => {
    c.workbook.worksheets.getItem("IKU 2026").getRange(alamat).values = [[nilai]];
    await c.sync();
  });
}

describe("buatLembarIku", () => {
  it("fits each data row to its wrapped Sasaran and Indikator, so nothing is cut off on screen or paper", async () => {
    const emu = createExcelEmulator();
    const panjang = { ...CONTOH_INDIKATOR_IKU[0], sasaran: "Meningkatnya kualitas penyelenggaraan pemerintahan, pelayanan publik dan pemberdayaan masyarakat di tingkat kecamatan" };
    await emu.run((c) => buatLembarIku(c, masukan([panjang, CONTOH_INDIKATOR_IKU[1]])));
    const s = lembar(emu);
    const tinggi = (r: number) => s.rowHeights[r] ?? s.standardHeight;
    expect(tinggi(DATA_MULAI - 1)).toBeGreaterThanOrEqual(3 * 15);
    expect(tinggi(DATA_MULAI - 1)).toBeGreaterThan(tinggi(DATA_MULAI));
  });

  it("creates the sheet in two syncs with its table, validations, formats, freeze and print setup", async () => {
    const emu = createExcelEmulator();
    const hasil = await emu.run((c) => buatLembarIku(c, masukan(CONTOH_INDIKATOR_IKU)));
    expect(hasil).toEqual({ kind: "ok", namaLembar: "IKU 2026", jumlahIndikator: CONTOH_INDIKATOR_IKU.length });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const s = lembar(emu);
    expect(s.tables.map((t) => [t.name, t.columnNames])).toEqual([[namaTabelIku(2026), KOLOM_IKU.map((k) => k.judul)]]);
    expect(s.tables[0].box).toMatchObject({ row: BARIS_HEADER - 1, col: 0, rowCount: 1 + CONTOH_INDIKATOR_IKU.length });
    expect(s.dataValidations.map((v) => v.list?.source).filter((x) => x !== undefined)).toEqual(
      expect.arrayContaining([expect.stringContaining("negatif (rasio)"), expect.stringContaining("nilai akhir")]));
    expect(s.conditionalFormats.filter((f) => f.formula?.includes(`$${hurufKolomIku("predikat")}${DATA_MULAI}`))).toHaveLength(skala.pita.length);
    expect([s.frozenRows, s.frozenColumns]).toEqual([BARIS_HEADER, kol("indikator") + 1]);
    expect(s.pageLayout.orientation).toBe("Landscape");
    // Three pages wide at one readable scale, No / Sasaran / Indikator repeated, breaks before Realisasi TW I and the results.
    expect(s.pageLayout.zoom).toEqual({ scale: 84 }); // F4: 95 % of 878.4 pt printable over the 984 pt of the widest page
    expect(s.pageLayout.printTitleColumns).toBe("$A:$C");
    expect(s.pageLayout.columnPageBreaks).toEqual([hurufKeIndeks("M"), hurufKeIndeks("U")]);
    expect([s.cells.find((c) => c.row === 4 && c.col === hurufKeIndeks("M"))?.value, s.cells.find((c) => c.row === 4 && c.col === hurufKeIndeks("U"))?.value]).toEqual(["Realisasi TW I", "Target s.d. TW"]);
    expect(s.pageLayout.printTitleRows).toBe(`$${BARIS_HEADER}:$${BARIS_HEADER}`);
    expect(emu.snapshot().activeSheetName).toBe("IKU 2026");
  });

  it("never overwrites an existing sheet unless asked to", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => buatLembarIku(c, masukan(CONTOH_INDIKATOR_IKU)));
    await tulis(emu, "C6", "diubah pengguna");
    expect(await emu.run((c) => buatLembarIku(c, masukan([])))).toEqual({ kind: "sudah-ada", namaLembar: "IKU 2026" });
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(lembar(emu).cells.find((c) => c.row === 5 && c.col === 2)?.value).toBe("diubah pengguna");
    expect(await emu.run((c) => buatLembarIku(c, masukan(CONTOH_INDIKATOR_IKU), { ganti: true }))).toMatchObject({ kind: "ok" });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    expect(lembar(emu).cells.find((c) => c.row === 5 && c.col === 2)?.value).toBe(CONTOH_INDIKATOR_IKU[0].indikator);
  });

  it("computes the worked example as the domain does, and follows the TW cell", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => buatLembarIku(c, masukan(CONTOH_INDIKATOR_IKU, 3)));
    periksa(emu, CONTOH_INDIKATOR_IKU, 3);
    await tulis(emu, "D3", 1);
    periksa(emu, CONTOH_INDIKATOR_IKU, 1);
  });

  it("computes 200 generated indicators as the domain does, then follows TW and Polaritas changes", async () => {
    const acak = indikatorAcak(200, 11);
    const emu = createExcelEmulator();
    await emu.run((c) => buatLembarIku(c, masukan(acak, 2)));
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    periksa(emu, acak, 2);
    await tulis(emu, "D3", 4);
    periksa(emu, acak, 4);
    await tulis(emu, `${hurufKolomIku("polaritas")}${DATA_MULAI + 1}`, "stabil");
    const baru = acak.map((x, i) => (i === 1 ? { ...x, aturan: { polaritas: "stabil" as const } } : x));
    periksa(emu, baru, 4);
  });
});

describe("buatLembarIku with a list too large for one request", () => {
  it("writes the rows in blocks each under Excel's 5 MB limit, the last row computed", async () => {
    const acak = indikatorAcak(700, 3);
    const emu = createExcelEmulator();
    const hasil = await emu.run((c) => buatLembarIku(c, masukan(acak, 2)));
    expect(hasil).toMatchObject({ kind: "ok", jumlahIndikator: 700 });
    const run = emu.lastRun();
    // One read, then blocks of about 2 MB of rows: more syncs than a small sheet, never one per row.
    expect(run?.syncs).toBeGreaterThan(2);
    expect(run?.syncs).toBeLessThan(10);
    expect(run?.maxRequestBytes).toBeLessThan(5_000_000);
    periksa(emu, acak, 2);
  }, 60_000);
});
