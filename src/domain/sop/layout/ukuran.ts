/**
 * The printed geometry of an SOP AP procedure table, in points (1 pt = 1/72 in). Every height and
 * width the sheet writer sets is a multiple of 0.75 pt (one pixel at 96 dpi), because Excel stores
 * row heights and column widths in whole pixels: a 57 pt row stays 57 pt, a 56.4 pt row would not.
 *
 * Why these numbers (DESIGN.md: "5–8 steps fit a landscape page"):
 * - Paper landscape: A4 841.89 × 595.28 pt; F4 / Folio 8.5 × 13 in = 936 × 612 pt.
 * - Margins 0.5 in top/bottom, 0.4 in left/right: printable height A4 523.28 pt, F4 540 pt;
 *   width A4 784.29 pt, F4 878.4 pt. F4 landscape gains width (more pelaksana columns), hardly
 *   any height (+16.7 pt), so it fits about the same number of steps as A4.
 * - Header (repeated on every page as print titles): group row 18 + role names (1–5 lines of 8 pt
 *   caps, 18–63 pt) + column numbers 13.5 = 49.5–94.5 pt; two connector rows 2 × 33 pt.
 * - A step row is at least 57 pt (a 33 pt diamond with 12 pt above and below for the arrows and
 *   the "Ya" label; 4 lines of 9 pt text), at most 69 pt (5 lines).
 * - So A4 holds (523.28 − 6 − 94.5 − 66) / 57 = 6.2 → 6 steps with long role names, 7 with short
 *   ones, 5 when texts need 5 lines; F4 the same or one more. `layoutFlowchart` computes it.
 */
import type { UkuranKertas } from "../../pengaturan/model";

export type Kertas = UkuranKertas;

export interface Margin { atas: number; bawah: number; kiri: number; kanan: number; header: number; footer: number }

export interface HalamanKertas {
  kertas: Kertas;
  orientasi: "landscape";
  lebar: number;
  tinggi: number;
  margin: Margin;
  lebarCetak: number;
  tinggiCetak: number;
}

/** Excel's pixel: row heights and column widths are whole pixels (96 dpi). */
export const PT_PER_PIKSEL = 0.75;

/** Largest multiple of 0.75 pt not above x. */
export function bulatPiksel(x: number): number {
  return Math.floor(x / PT_PER_PIKSEL + 1e-9) * PT_PER_PIKSEL;
}

const MARGIN: Margin = { atas: 36, bawah: 36, kiri: 28.8, kanan: 28.8, header: 14.4, footer: 14.4 };

const UKURAN: Readonly<Record<Kertas, { lebar: number; tinggi: number }>> = {
  A4: { lebar: 841.89, tinggi: 595.28 },
  F4: { lebar: 936, tinggi: 612 },
};

export function halamanKertas(kertas: Kertas): HalamanKertas {
  const { lebar, tinggi } = UKURAN[kertas];
  return {
    kertas,
    orientasi: "landscape",
    lebar,
    tinggi,
    margin: MARGIN,
    lebarCetak: lebar - MARGIN.kiri - MARGIN.kanan,
    tinggiCetak: tinggi - MARGIN.atas - MARGIN.bawah,
  };
}

/** Kept free at the foot of each page: printers and Excel's scaling round differently. */
export const CADANGAN_TINGGI = 6;

/** Text of the table: 9 pt (Arial/Calibri) in the cells, 8 pt bold capitals in the header. */
export const HURUF = {
  isi: { ukuran: 9, lebarRata: 4.5, tinggiBaris: 12 },
  kepala: { ukuran: 8, lebarRata: 5.6, tinggiBaris: 11.25 },
  label: { ukuran: 8, lebarRata: 4.8, tinggi: 9.75 },
  /** Left + right inner padding of a cell. */
  padSel: 6,
} as const;

/** Text longer than this many lines does not fit the printed cell (validateSop warns). */
export const MAKS_BARIS_TEKS = 5;
export const MAKS_BARIS_KEPALA = 5;

export const LEBAR_KOLOM = {
  no: 22.5,
  kelengkapan: 84,
  waktu: 45,
  output: 84,
  keterangan: 60,
  kegiatanMin: 150,
  kegiatanMaks: 259.5,
  pelaksanaMin: 42,
  pelaksanaIdeal: 54,
  /** Routing lane for decision branches, at the right edge of the last pelaksana column. */
  jalur: 22.5,
} as const;

export const TINGGI_BARIS = {
  kepalaGrup: 18,
  nomorKolom: 13.5,
  langkahMin: 57,
  /** Vertical padding of a step row around its text lines. */
  padLangkah: 9,
  konektor: 33,
  /** Role-name row: lines × tinggiBaris + this. */
  padKepalaNama: 6.75,
} as const;

export const SIMBOL = {
  /** Horizontal gap between a symbol and its column edges. */
  padX: 4,
  tinggiProses: 24,
  tinggiKeputusan: 33,
  konektorLebar: 18,
  konektorTinggi: 16,
  /** Gap between connector slots in a connector row. */
  jarakKonektor: 4,
} as const;
