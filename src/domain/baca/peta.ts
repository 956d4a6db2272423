import { gabungJudul, gridTerisi, teksSel } from "./judul";
import type { AlasanLewati, HasilPeta, KolomTerbaca, LembarMentah } from "./model";
import { peranDari, subDari } from "./peran";
import { satuanDiBawahK } from "./satuan-k";
import { JUDUL_ATURAN, judulEvapor } from "./kolom-capaian";

const BATAS_CARI_HEADER = 40;

const ISIAN = new Set(["satuan", "target", "target-tw", "realisasi-tw", "target-renstra", "realisasi-renstra", "capaian"]);

const kosong = (row: string[]) => row.every((t) => t === "");
const angka = (t: string) => /^-?\d+([.,]\d+)?$/.test(t);

/** A row of column numbers ("1", "2", … or "12 = 8+9+10+11") under a header, as forms print them. */
export function barisNomorKolom(row: string[]): boolean {
  const isi = row.filter((t) => t !== "");
  if (isi.length < 3) return false;
  const nomor = isi.map((t) => /^(\d+)(\s*=.*)?$/.exec(t));
  if (nomor.some((m) => m === null)) return false;
  const n = nomor.map((m) => Number(m![1]));
  return n.every((x, i) => i === 0 || x >= n[i - 1]) && n[0] <= 2;
}

/**
 * "Jumlah", "Total", "Rata-rata capaian": a summary row. In the indicator column only the bare label
 * counts ("Jumlah izin diterbitkan" is an indicator, not a summary); in the columns before it, a short
 * label with no indicator of its own.
 */
const LABEL_RINGKASAN = /^(jumlah|total|rata-rata|rerata)(\s+(capaian|kinerja|capaian kinerja|nilai))?\s*:?$/i;

function barisRingkasan(row: string[], iInd: number): boolean {
  if (LABEL_RINGKASAN.test(row[iInd] ?? "")) return true;
  const tanpaIndikator = (row[iInd] ?? "") === "";
  return row.slice(0, Math.max(iInd, 4)).some((t, c) =>
    c !== iInd && /^(jumlah|total|rata-rata|rerata|predikat)\b/i.test(t) && (tanpaIndikator || (t.length <= 30 && row[iInd] === t)));
}

/**
 * Header rows keep going while a row holds only text: merged spans, "TW I", "K" / "Rp". A group
 * row ("Pelayanan prima", or "I | Program …") is text too, but it names one thing at the left: a
 * header row has two texts or more, at least one of them from the indicator column rightwards.
 */
function barisHeader(grid: string[][], r: number, iInd: number): boolean {
  const row = grid[r];
  if (row === undefined || kosong(row) || barisNomorKolom(row) || !row.every((t) => t === "" || !angka(t))) return false;
  const isi = row.flatMap((t, c) => (t === "" ? [] : [c]));
  return isi.length >= 2 && isi.some((c) => c >= iInd);
}

/**
 * Finds the header (1–3 rows, starting at the first row that names an "Indikator"), maps each
 * column to its role, and sorts the rows below into data and skipped rows (group, summary,
 * empty, column numbers). Never throws: a sheet without a header gets a kind that says so.
 */
export function petakanLembar(lembar: LembarMentah): HasilPeta {
  const grid = gridTerisi(lembar);
  const mulai = grid.slice(0, BATAS_CARI_HEADER).findIndex((row) => row.some((t) => /indikator/i.test(t)));
  if (mulai < 0) return { kind: "header-tidak-ditemukan" };
  const rows = [mulai];
  const iJudulInd = grid[mulai].findIndex((t) => /indikator/i.test(t));
  while (rows.length < 3 && barisHeader(grid, mulai + rows.length, iJudulInd)) rows.push(mulai + rows.length);
  const width = Math.max(...grid.map((r) => r.length));
  if (lembar.merges.length === 0) isiSpanTanpaMerge(grid, rows, width);
  const kolom: KolomTerbaca[] = [];
  const iAturan = grid[rows[rows.length - 1]].findIndex((t) => t === JUDUL_ATURAN);
  for (let c = 0; c < width; c++) {
    const parts = rows.map((r) => grid[r]?.[c] ?? "").filter((t, i, all) => t !== "" && all[i - 1] !== t);
    if (parts.length === 0) continue;
    const sub = subDari(parts);
    const judul = gabungJudul(grid, rows, c);
    // Columns Evapor added itself ("Tambah kolom Capaian & Predikat") are results, not the user's data.
    const milikEvapor = c >= iAturan && iAturan >= 0 && judulEvapor(parts[parts.length - 1] ?? "");
    kolom.push({ kolom: lembar.kolom0 + c, judul, peran: milikEvapor ? { kind: "lainnya" } : peranDari(sub ? parts.slice(0, -1) : parts), ...(sub ? { sub } : {}) });
  }
  const indikator = kolom.find((k) => k.peran.kind === "indikator");
  if (!indikator) return { kind: "kolom-indikator-tidak-ada" };
  const iInd = indikator.kolom - lembar.kolom0;
  // A heading row written in the indicator column ("Pelayanan prima") has no unit, no number of
  // its own and none of target or realisasi: a group, not an indicator still waiting for data.
  const isian = kolom.filter((k) => ISIAN.has(k.peran.kind)).map((k) => k.kolom - lembar.kolom0);
  const iNo = kolom.find((k) => k.peran.kind === "no")?.kolom;
  const tanpaIsian = (row: string[]) =>
    isian.length > 0 && isian.every((c) => (row[c] ?? "") === "") && (iNo === undefined || !/^\d+\.?$/.test(row[iNo - lembar.kolom0] ?? ""));
  let nomorKolom: number | null = null;
  const barisData: number[] = [];
  const barisDilewati: { baris: number; alasan: AlasanLewati }[] = [];
  // Below the header, merges are not spread: a text merged across the indicator column (form E.81's
  // footer "RATA-RATA CAPAIAN KINERJA …") is a row of its own, not an indicator.
  const mentah = lembar.values.map((r) => r.map(teksSel));
  for (let r = mulai + rows.length; r < mentah.length; r++) {
    const row = mentah[r];
    const lewati = (alasan: AlasanLewati) => barisDilewati.push({ baris: lembar.baris0 + r, alasan });
    if (kosong(row)) lewati("kosong");
    else if (barisNomorKolom(row)) {
      if (nomorKolom === null) nomorKolom = lembar.baris0 + r;
      lewati("nomor-kolom");
    } else if (barisRingkasan(row, iInd)) lewati("ringkasan");
    else if ((row[iInd] ?? "") === "" || tanpaIsian(row)) lewati("kelompok");
    else barisData.push(lembar.baris0 + r);
  }
  const kolomAkhir = satuanDiBawahK(kolom, grid, barisData, lembar.kolom0, lembar.baris0);
  return { kind: "ok", peta: { barisHeader: rows.map((r) => lembar.baris0 + r), barisNomorKolom: nomorKolom, kolom: kolomAkhir, barisData, barisDilewati } };
}

/**
 * Without merge information (ExcelApi below 1.13 has no getMergedAreas), a merged header reads as
 * a text followed by empty cells. An empty header cell whose column has text further down the
 * header continues the span on its left; an empty cell under a text with nothing below continues
 * the span above.
 */
function isiSpanTanpaMerge(grid: string[][], rows: number[], width: number): void {
  rows.forEach((r, i) => {
    for (let c = 0; c < width; c++) {
      if ((grid[r][c] ?? "") !== "") continue;
      const below = rows.slice(i + 1).some((rb) => (grid[rb]?.[c] ?? "") !== "");
      if (below && c > 0 && (grid[r][c - 1] ?? "") !== "") grid[r][c] = grid[r][c - 1];
      else if (!below && i > 0 && (grid[rows[i - 1]][c] ?? "") !== "") grid[r][c] = grid[rows[i - 1]][c];
    }
  });
}
