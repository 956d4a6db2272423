import fs from "node:fs";
import path from "node:path";
import { createExcelEmulator } from "../../../src/emulator";
import type { WorkbookSnapshot } from "../../../src/emulator/model";
import { snapshotFromXlsx } from "../../../src/emulator/xlsx/import";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";
import { petakanLembar, peranDari, type LembarMentah } from "../../../src/domain/baca";

/** What Excel's used range gives: computed values, "" for empty cells and merged-away cells. */
function lembarDari(snap: WorkbookSnapshot, nama: string, denganMerge = true): LembarMentah {
  const sheet = snap.sheets.find((s) => s.name === nama)!;
  const rows = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...sheet.cells.map((c) => c.col)) + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(""));
  for (const c of sheet.cells) values[c.row][c.col] = c.computed === null ? "" : typeof c.computed === "object" ? c.computed.error : c.computed;
  return { nama, baris0: 0, kolom0: 0, values, merges: denganMerge ? sheet.merges : [] };
}

describe("reading the sample kecamatan sheet", () => {
  it.each([true, false])("maps the two-row header with a Realisasi span (merges known: %s)", async (denganMerge) => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const hasil = petakanLembar(lembarDari(emu.snapshot(), "Data Kinerja", denganMerge));
    expect(hasil.kind).toBe("ok");
    if (hasil.kind !== "ok") return;
    const { peta } = hasil;
    expect(peta.barisHeader).toEqual([2, 3]);
    expect(peta.kolom.map((k) => k.peran)).toEqual([
      { kind: "no" }, { kind: "sasaran" }, { kind: "indikator" }, { kind: "satuan" }, { kind: "target" },
      { kind: "realisasi-tw", tw: 1 }, { kind: "realisasi-tw", tw: 2 }, { kind: "realisasi-tw", tw: 3 }, { kind: "realisasi-tw", tw: 4 },
    ]);
    expect(peta.barisData).toEqual([4, 5, 6, 7, 8]);
  });
});

describe("reading Permendagri 86/2017 form E.81", () => {
  it("finds the three header rows, the column-number row, K/Rp sub-columns and the quarters", async () => {
    const snap = await snapshotFromXlsx(fs.readFileSync(path.resolve(__dirname, "../../../../shared/workbooks/evaluasi-renja-form-e81-sample.xlsx")));
    const hasil = petakanLembar(lembarDari(snap, snap.sheets[0].name));
    expect(hasil.kind).toBe("ok");
    if (hasil.kind !== "ok") return;
    const { peta } = hasil;
    expect(peta.barisHeader).toEqual([9, 10, 11]);
    expect(peta.barisNomorKolom).toBe(12);
    const at = (col: string) => peta.kolom.find((k) => k.kolom === col.charCodeAt(0) - 65 + (col.length > 1 ? 26 * (col.charCodeAt(0) - 64) - (col.charCodeAt(0) - 65) + col.charCodeAt(1) - 65 : 0));
    expect(at("G")?.peran).toEqual({ kind: "indikator" });
    expect(at("H")).toMatchObject({ peran: { kind: "target-renstra" }, sub: "K" });
    // The unit sits beside the first K number, under the same merged "K" ("persen", "jenis").
    expect(at("I")?.peran).toEqual({ kind: "satuan" });
    expect(at("M")).toMatchObject({ peran: { kind: "target" }, sub: "K" });
    expect(at("O")).toMatchObject({ peran: { kind: "realisasi-tw", tw: 1 }, sub: "K" });
    expect(at("P")).toMatchObject({ peran: { kind: "realisasi-tw", tw: 1 }, sub: "Rp" });
    expect(at("U")).toMatchObject({ peran: { kind: "realisasi-tw", tw: 4 }, sub: "K" });
    expect(at("Y")).toMatchObject({ peran: { kind: "capaian" }, sub: "K" });
    expect(peta.barisDilewati).toEqual(expect.arrayContaining([{ baris: 12, alasan: "nomor-kolom" }, { baris: 14, alasan: "kelompok" }, { baris: 15, alasan: "kelompok" }]));
    expect(peta.barisData).toContain(16);
    expect(peta.barisData).toContain(17);
    // The footer ("RATA-RATA CAPAIAN KINERJA …", "PREDIKAT KINERJA …", faktor pendorong) merged across
    // the indicator column is not read as indicators.
    expect(Math.max(...peta.barisData)).toBe(43);
    expect(peta.barisDilewati).toEqual(expect.arrayContaining([{ baris: 47, alasan: "ringkasan" }, { baris: 48, alasan: "ringkasan" }]));
  });
});

describe("column roles from header words", () => {
  it.each([
    [["Triwulan II"], { kind: "realisasi-tw", tw: 2 }],
    [["Target", "TW III"], { kind: "target-tw", tw: 3 }],
    [["Realisasi", "IV"], { kind: "realisasi-tw", tw: 4 }],
    [["Target Renstra 2026"], { kind: "target-renstra" }],
    [["Capaian (%)"], { kind: "capaian" }],
    [["Penanggung Jawab"], { kind: "penanggung-jawab" }],
    [["Sumber Data"], { kind: "sumber-data" }],
    [["Keterangan"], { kind: "lainnya" }],
  ])("%j → %j", (parts, peran) => {
    expect(peranDari(parts)).toEqual(peran);
  });

  it("reports a sheet with no Indikator header instead of guessing", () => {
    expect(petakanLembar({ nama: "x", baris0: 0, kolom0: 0, values: [["a", "b"], [1, 2]], merges: [] })).toEqual({ kind: "header-tidak-ditemukan" });
  });
});

describe("rows that are not indicators", () => {
  it("skips summary and group rows but keeps an indicator that starts with 'Jumlah'", () => {
    const values = [
      ["No", "Indikator", "Target", "TW I"],
      [1, "Jumlah dokumen yang diterbitkan", 100, 30],
      ["", "", "", ""],
      ["", "Jumlah", 100, 30],
      ["Sasaran 2: Meningkatnya pelayanan", "", "", ""],
      [2, "Rata-rata", "", 80],
    ];
    const hasil = petakanLembar({ nama: "x", baris0: 0, kolom0: 0, values, merges: [] });
    expect(hasil.kind === "ok" && hasil.peta.barisData).toEqual([1]);
    expect(hasil.kind === "ok" && hasil.peta.barisDilewati.map((d) => d.alasan)).toEqual(["kosong", "ringkasan", "kelompok", "ringkasan"]);
  });
});

describe("what the header reader must not mistake", () => {
  const peta = (values: unknown[][]) => {
    const hasil = petakanLembar({ nama: "x", baris0: 0, kolom0: 0, values, merges: [] });
    if (hasil.kind !== "ok") throw new Error(hasil.kind);
    return hasil.peta;
  };

  it("keeps short indicators that start with Jumlah or Rata-rata; skips the bare labels", () => {
    const p = peta([
      ["No", "Indikator", "Target", "TW I"],
      [1, "Jumlah izin diterbitkan", 100, 30],
      [2, "Rata-rata nilai IKM", 80, 81],
      ["", "Jumlah", 180, 111],
      ["", "Rata-rata capaian", "", 90],
      ["Total", "", 180, 111],
    ]);
    expect(p.barisData).toEqual([1, 2]);
    expect(p.barisDilewati.map((d) => d.alasan)).toEqual(["ringkasan", "ringkasan", "ringkasan"]);
  });

  it("takes a group row right under a one-row header for a group, not for more header", () => {
    const p = peta([
      ["No", "Indikator", "Satuan", "Target", "TW I"],
      ["", "Pelayanan prima", "", "", ""],
      [1, "Persentase surat selesai tepat waktu", "%", 90, 92],
      ["I", "Program penunjang", "", "", ""],
      [2, "Jumlah rapat koordinasi", "kali", 12, 3],
    ]);
    expect(p.barisHeader).toEqual([0]);
    expect(p.barisData).toEqual([2, 4]);
    expect(p.barisDilewati).toEqual([{ baris: 1, alasan: "kelompok" }, { baris: 3, alasan: "kelompok" }]);
  });

  it("leaves out the columns Evapor added beside the table, from 'Aturan capaian' on", () => {
    const p = peta([
      ["No", "Indikator", "Target", "TW I", "Aturan capaian", "Target s.d. TW I", "Realisasi s.d. TW I", "Capaian TW I (%)", "Predikat TW I", "Capaian Tahunan (%)"],
      [1, "Persentase surat selesai", 90, 92, "Capaian = R / T × 100%", 90, 92, 102.2, "Sangat Tinggi", 102.2],
    ]);
    expect(p.kolom.map((k) => k.peran.kind)).toEqual(["no", "indikator", "target", "realisasi-tw", "lainnya", "lainnya", "lainnya", "lainnya", "lainnya", "lainnya"]);
  });
});
