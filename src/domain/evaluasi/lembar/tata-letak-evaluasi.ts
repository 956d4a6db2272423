/**
 * The layout of the quarterly evaluation sheet ("Evaluasi TW III 2026"): a contract shared by its
 * writer (./rencana-evaluasi.ts), the Berita Acara that links to its summary, and the readers of
 * its recommendations (tindak lanjut, DESIGN.md "Evaluation and review"). Rows are found by their
 * labels, not by fixed numbers: the summary grows with the predikat scale, and users insert rows.
 */
import { labelTw, romawiTw, type Triwulan } from "../triwulan";
import { alamatSel } from "../../lembar/rencana";

export const namaLembarEvaluasi = (tahun: number, tw: Triwulan): string => `Evaluasi TW ${romawiTw(tw)} ${tahun}`;
/** "BA Evaluasi TW III 2026": 24 characters at most, under Excel's 31. */
export const namaLembarBeritaAcara = (tahun: number, tw: Triwulan): string => `BA Evaluasi TW ${romawiTw(tw)} ${tahun}`;

export type KunciKolomEvaluasi =
  | "no" | "indikator" | "satuan" | "target" | "realisasi" | "capaian" | "predikat"
  | "pendukung" | "penghambat" | "rekomendasi"
  // Chart source (outside the print area): the chart needs its category and value columns side by side.
  | "jeda" | "grafik-indikator" | "grafik-capaian" | "grafik-target";

export interface KolomEvaluasi { kunci: KunciKolomEvaluasi; judul: (tw: Triwulan) => string; lebar: number }

const k = (kunci: KunciKolomEvaluasi, judul: string | ((tw: Triwulan) => string), lebar: number): KolomEvaluasi =>
  ({ kunci, judul: typeof judul === "string" ? () => judul : judul, lebar });

export const JUDUL_NO = "No";
export const JUDUL_INDIKATOR = "Indikator Kinerja";

/** In sheet order from column A. */
export const KOLOM_EVALUASI: readonly KolomEvaluasi[] = [
  k("no", JUDUL_NO, 28),
  k("indikator", JUDUL_INDIKATOR, 190),
  k("satuan", "Satuan", 55),
  k("target", (tw) => `Target s.d. ${labelTw(tw)}`, 66),
  k("realisasi", (tw) => `Realisasi s.d. ${labelTw(tw)}`, 66),
  k("capaian", "Capaian (%)", 60),
  k("predikat", "Predikat", 80),
  k("pendukung", "Faktor Pendukung", 140),
  k("penghambat", "Faktor Penghambat", 140),
  k("rekomendasi", "Rekomendasi", 150),
  k("jeda", "", 12),
  k("grafik-indikator", "Indikator (grafik)", 120),
  k("grafik-capaian", "Capaian (grafik)", 60),
  k("grafik-target", "Target 100%", 60),
];

export const kolomEvaluasi = (kunci: KunciKolomEvaluasi): number => KOLOM_EVALUASI.findIndex((x) => x.kunci === kunci);
/** The printed columns: No … Rekomendasi. */
export const JUMLAH_KOLOM_CETAK = kolomEvaluasi("rekomendasi") + 1;

export const JUDUL_RINGKASAN = "RINGKASAN HASIL EVALUASI";
/** Summary rows: the label in column A (merged A:B), the number in column C. */
export const KOLOM_NILAI_RINGKASAN = 2;

const teks = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

/** 0-based row of the table header (A = "No", B = "Indikator Kinerja"), or null. */
export function barisHeaderEvaluasi(values: readonly (readonly unknown[])[]): number | null {
  const r = values.findIndex((b) => teks(b[0]) === JUDUL_NO && teks(b[kolomEvaluasi("indikator")]) === JUDUL_INDIKATOR);
  return r < 0 ? null : r;
}

export interface CatatanEvaluasi { pendukung: string; penghambat: string; rekomendasi: string }
export interface BarisEvaluasi extends CatatanEvaluasi {
  /** 1-based Excel row. */
  baris: number;
  indikator: string;
}

/** The indicator rows under the header (values read from A1); rows without an indicator are skipped. */
export function bacaBarisEvaluasi(values: readonly (readonly unknown[])[]): BarisEvaluasi[] {
  const h = barisHeaderEvaluasi(values);
  if (h === null) return [];
  const hasil: BarisEvaluasi[] = [];
  for (let r = h + 1; r < values.length; r++) {
    const b = values[r] ?? [];
    const indikator = teks(b[kolomEvaluasi("indikator")]);
    if (indikator === "") continue;
    hasil.push({
      baris: r + 1, indikator,
      pendukung: teks(b[kolomEvaluasi("pendukung")]),
      penghambat: teks(b[kolomEvaluasi("penghambat")]),
      rekomendasi: teks(b[kolomEvaluasi("rekomendasi")]),
    });
  }
  return hasil;
}

/**
 * The free text of an existing sheet keyed by indicator text, so re-inserting the quarter keeps
 * what the Tim typed. A duplicated indicator keeps its first row's text.
 */
export function bacaCatatanEvaluasi(values: readonly (readonly unknown[])[]): Map<string, CatatanEvaluasi> {
  const peta = new Map<string, CatatanEvaluasi>();
  for (const b of bacaBarisEvaluasi(values)) {
    if (!peta.has(b.indikator) && (b.pendukung !== "" || b.penghambat !== "" || b.rekomendasi !== "")) {
      peta.set(b.indikator, { pendukung: b.pendukung, penghambat: b.penghambat, rekomendasi: b.rekomendasi });
    }
  }
  return peta;
}

/** The recommendations typed in the sheet (non-empty only), for the tindak-lanjut list. */
export function bacaRekomendasi(values: readonly (readonly unknown[])[]): { baris: number; indikator: string; rekomendasi: string }[] {
  return bacaBarisEvaluasi(values).filter((b) => b.rekomendasi !== "").map(({ baris, indikator, rekomendasi }) => ({ baris, indikator, rekomendasi }));
}

/** One summary line: its label and the A1 address (without sheet) of its number. */
export interface SelRingkasan { label: string; alamat: string }

/** The summary lines under JUDUL_RINGKASAN, up to the first row without a label. */
export function bacaRingkasan(values: readonly (readonly unknown[])[]): SelRingkasan[] {
  const mulai = values.findIndex((b) => teks(b[0]) === JUDUL_RINGKASAN);
  if (mulai < 0) return [];
  const hasil: SelRingkasan[] = [];
  for (let r = mulai + 1; r < values.length && teks(values[r]?.[0]) !== ""; r++) {
    hasil.push({ label: teks(values[r][0]), alamat: alamatSel(r, KOLOM_NILAI_RINGKASAN) });
  }
  return hasil;
}
