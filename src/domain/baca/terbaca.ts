/**
 * What "Baca lembar aktif" understood of each indicator row, with the address of every cell it read,
 * so that every problem can name its cell (DESIGN.md, "Numbers as staff type them").
 */
import type { Agregasi, NilaiTw } from "../capaian/agregasi";
import type { HasilAngka, LocaleAngka } from "../capaian/angka";
import type { AturanCapaian, HasilCapaian, TargetNilai } from "../capaian/capaian";
import type { Triwulan } from "../evaluasi/triwulan";

/** The numeric fields of an indicator row, one per mapped column role. */
export type BidangAngka =
  | "target"
  | "target-tw1" | "target-tw2" | "target-tw3" | "target-tw4"
  | "realisasi-tw1" | "realisasi-tw2" | "realisasi-tw3" | "realisasi-tw4"
  | "target-renstra"
  | "realisasi-renstra"
  | "capaian";

/** The rule of one indicator: explicit, shown, editable (never changed silently). */
export interface AturanIndikator {
  aturan: AturanCapaian;
  agregasi: Agregasi;
}

export interface IndikatorTerbaca {
  /** 0-based sheet row. */
  baris: number;
  indikator: string;
  satuan: string;
  /** The sasaran column, or the nearest group row above ("" when neither). */
  sasaran: string;
  /** A number, or a range typed as "85–90" / "85 - 90 %"; null when empty, invalid or unmapped. */
  target: TargetNilai | null;
  /** Undefined when the sheet has no TW target columns or all of this row's are empty. */
  targetTw?: NilaiTw;
  realisasiTw: NilaiTw;
  targetRenstra: number | null;
  realisasiRenstra: number | null;
  /** The capaian the sheet itself holds (0–100 scale), to compare with Evapor's. */
  capaianLembar: number | null;
  /** The A1 address (no sheet name) of each mapped field's cell, e.g. { "realisasi-tw1": "J12" }. */
  sel: Partial<Record<BidangAngka, string>>;
  /** Guessed from satuan and values (see `tebakAturan`); the page lets the user change it. */
  aturanTebakan: AturanIndikator;
}

/**
 * A cell that needs the user's eye, named by address. `hasil` is the classification of
 * parseCellNumber (kind "tidak-valid", an ambiguous "angka", or a "kosong" written as a placeholder
 * like "-"); "teks-angka" is a number stored as text: Evapor reads it, Excel formulas do not.
 */
export type MasalahSel =
  | { kind: "nilai"; alamat: string; baris: number; bidang: BidangAngka; hasil: HasilAngka }
  | { kind: "teks-angka"; alamat: string; baris: number; bidang: BidangAngka; teks: string; nilai: number }
  | { kind: "rentang-terbalik"; alamat: string; baris: number; teks: string };

export interface HasilBacaIndikator {
  indikator: IndikatorTerbaca[];
  masalah: MasalahSel[];
  locale: LocaleAngka;
}

/** Capaian of one indicator for the chosen quarter, computed by the domain. */
export interface HitunganIndikator {
  baris: number;
  capaianTw: HasilCapaian;
  capaianTahunan: HasilCapaian;
  capaianRenstra: HasilCapaian;
  /** Predikat of capaianTw on the workbook's scale; null when not computable. */
  predikat: string | null;
  /** Readable rule, e.g. "Capaian = (2 × T − R) / T × 100%". */
  rumus: string;
  /** Set when the sheet's own capaian differs from capaianTw by more than 0.05 points. */
  selisihLembar?: { lembar: number; evapor: number };
}

/** The live summary of the Kinerja page for one quarter. */
export interface RingkasanKinerja {
  tw: Triwulan;
  jumlah: number;
  perPredikat: { predikat: string; jumlah: number }[];
  /** Mean of the computable capaian TW, null when none. */
  rataRata: number | null;
  /** Indicators with no realisasi reported up to the quarter. */
  tanpaData: { baris: number; indikator: string }[];
}
