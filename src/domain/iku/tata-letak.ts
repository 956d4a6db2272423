/**
 * The layout of Evapor's standard IKU sheet ("Buat lembar IKU"): a contract shared by the IKU sheet
 * writer, the evaluation sheets that link to it, and the readers. Columns are fixed so formulas in
 * other sheets can point at them; rows are found by reading the Indikator column from DATA_MULAI.
 *
 * Rule cells hold plain words a user can pick from a list in Excel, and the formulas branch on them,
 * so changing a rule in Excel without the add-in still recomputes correctly (DESIGN.md, "Capaian":
 * Evapor never changes a formula silently).
 */
import type { Agregasi, NilaiTw } from "../capaian/agregasi";
import type { AturanCapaian, TargetNilai } from "../capaian/capaian";
import { hurufKolom } from "../baca/alamat";

export const BARIS_JUDUL = 1;
export const BARIS_INSTANSI = 2;
/** Row 3 holds "Triwulan berjalan" (label in A3) and its number 1–4 in SEL_TW. */
export const BARIS_TW = 3;
export const SEL_TW = "D3";
/** The header row of the Excel table; data rows follow. 1-based Excel rows. */
export const BARIS_HEADER = 5;
export const DATA_MULAI = 6;

export const namaLembarIku = (tahun: number): string => `IKU ${tahun}`;
export const namaTabelIku = (tahun: number): string => `IKU_${tahun}`;

export type KunciKolomIku =
  | "no" | "sasaran" | "indikator" | "satuan" | "polaritas" | "agregasi"
  | "target" | "target-atas"
  | "target-tw1" | "target-tw2" | "target-tw3" | "target-tw4"
  | "realisasi-tw1" | "realisasi-tw2" | "realisasi-tw3" | "realisasi-tw4"
  | "target-renstra" | "realisasi-renstra-lalu"
  | "penanggung-jawab" | "sumber-data"
  // Computed (formulas written by Evapor):
  | "target-sd-tw" | "realisasi-sd-tw" | "capaian-sd-tw" | "predikat"
  | "realisasi-tahunan" | "capaian-tahunan" | "realisasi-renstra" | "capaian-renstra";

/** One indicator row of the IKU sheet, as Evapor writes it (empty cells are null / ""). */
export interface IndikatorIku {
  sasaran: string;
  indikator: string;
  satuan: string;
  aturan: AturanCapaian;
  agregasi: Agregasi;
  /** A range target goes to Target Tahunan and its "s.d." column. */
  target: TargetNilai | null;
  targetTw: NilaiTw;
  realisasiTw: NilaiTw;
  targetRenstra: number | null;
  realisasiRenstraLalu: number | null;
  penanggungJawab: string;
  sumberData: string;
}

export interface KolomIku { kunci: KunciKolomIku; judul: string; dihitung: boolean }

const isian = (kunci: KunciKolomIku, judul: string): KolomIku => ({ kunci, judul, dihitung: false });
const hitung = (kunci: KunciKolomIku, judul: string): KolomIku => ({ kunci, judul, dihitung: true });

/** In sheet order from column A. */
export const KOLOM_IKU: readonly KolomIku[] = [
  isian("no", "No"),
  isian("sasaran", "Sasaran Strategis"),
  isian("indikator", "Indikator Kinerja"),
  isian("satuan", "Satuan"),
  isian("polaritas", "Polaritas"),
  isian("agregasi", "Agregasi"),
  isian("target", "Target Tahunan"),
  // A number here makes the target the range [Target Tahunan, this] ("85–90 %"); TW targets are then not used.
  isian("target-atas", "Target Tahunan s.d. (rentang)"),
  isian("target-tw1", "Target TW I"),
  isian("target-tw2", "Target TW II"),
  isian("target-tw3", "Target TW III"),
  isian("target-tw4", "Target TW IV"),
  isian("realisasi-tw1", "Realisasi TW I"),
  isian("realisasi-tw2", "Realisasi TW II"),
  isian("realisasi-tw3", "Realisasi TW III"),
  isian("realisasi-tw4", "Realisasi TW IV"),
  isian("target-renstra", "Target Akhir Renstra"),
  isian("realisasi-renstra-lalu", "Realisasi Renstra s.d. Tahun Lalu"),
  isian("penanggung-jawab", "Penanggung Jawab"),
  isian("sumber-data", "Sumber Data"),
  hitung("target-sd-tw", "Target s.d. TW"),
  hitung("realisasi-sd-tw", "Realisasi s.d. TW"),
  hitung("capaian-sd-tw", "Capaian s.d. TW (%)"),
  hitung("predikat", "Predikat s.d. TW"),
  hitung("realisasi-tahunan", "Realisasi Tahunan"),
  hitung("capaian-tahunan", "Capaian Tahunan (%)"),
  hitung("realisasi-renstra", "Realisasi Renstra s.d. Tahun Ini"),
  hitung("capaian-renstra", "Capaian Renstra (%)"),
];

/** Column letter of a key in the IKU sheet (A = first). */
export function hurufKolomIku(kunci: KunciKolomIku): string {
  return hurufKolom(KOLOM_IKU.findIndex((k) => k.kunci === kunci));
}

/** The words of the Polaritas list, in list order. "negatif" is the selisih variant (2T − R)/T. */
export const TEKS_POLARITAS = ["positif", "negatif", "negatif (rasio)", "stabil"] as const;
export type TeksPolaritas = (typeof TEKS_POLARITAS)[number];
/** The words of the Agregasi list. */
export const TEKS_AGREGASI = ["kumulatif", "nilai akhir", "rata-rata"] as const;
export type TeksAgregasi = (typeof TEKS_AGREGASI)[number];

export function teksPolaritas(aturan: AturanCapaian): TeksPolaritas {
  switch (aturan.polaritas) {
    case "positif": return "positif";
    case "negatif": return aturan.rumusNegatif === "rasio" ? "negatif (rasio)" : "negatif";
    case "stabil": return "stabil";
    default: return aturan.polaritas satisfies never;
  }
}

/** The rule a Polaritas cell names (case and spaces ignored), or null for anything else. */
export function aturanDariTeks(teks: unknown): AturanCapaian | null {
  const t = typeof teks === "string" ? teks.trim().toLowerCase().replace(/\s+/g, " ") : "";
  switch (t) {
    case "positif": return { polaritas: "positif" };
    case "negatif": return { polaritas: "negatif", rumusNegatif: "selisih" };
    case "negatif (rasio)": return { polaritas: "negatif", rumusNegatif: "rasio" };
    case "stabil": return { polaritas: "stabil" };
    default: return null;
  }
}

export function teksAgregasi(a: Agregasi): TeksAgregasi {
  return a === "nilai-akhir" ? "nilai akhir" : a;
}

export function agregasiDariTeks(teks: unknown): Agregasi | null {
  const t = typeof teks === "string" ? teks.trim().toLowerCase().replace(/\s+/g, " ") : "";
  return t === "kumulatif" ? "kumulatif" : t === "nilai akhir" || t === "nilai-akhir" ? "nilai-akhir" : t === "rata-rata" ? "rata-rata" : null;
}

/**
 * The data rows of an IKU sheet from the values of columns A.. read from row 1: every row from
 * DATA_MULAI whose Indikator cell is not empty, with its 1-based Excel row number.
 */
export function barisIndikatorIku(values: readonly (readonly unknown[])[]): { baris: number; indikator: string }[] {
  const c = KOLOM_IKU.findIndex((k) => k.kunci === "indikator");
  const hasil: { baris: number; indikator: string }[] = [];
  for (let r = DATA_MULAI - 1; r < values.length; r++) {
    const v = values[r]?.[c];
    const teks = typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
    if (teks !== "") hasil.push({ baris: r + 1, indikator: teks });
  }
  return hasil;
}
