/**
 * A sheet plan: everything Evapor writes into one worksheet, decided in the pure domain and applied
 * by src/excel/rencana (one batch, chunked under 5 MB, no geometry read back). Coordinates are
 * 0-based (row 0 = Excel row 1, column 0 = A); sizes and positions are in points.
 */
import type { UkuranKertas } from "../pengaturan/model";
import { hurufKolom } from "../baca/alamat";

/** A cell: a value, or a formula in en-US syntax (as `range.formulas` takes it). */
export type IsiSel = string | number | boolean | null | { rumus: string };

/** A rectangle of cells: `baris`, `kolom` its top-left, `jumlahBaris` × `jumlahKolom` its size. */
export interface KotakSel { baris: number; kolom: number; jumlahBaris: number; jumlahKolom: number }

/** Cells written as one 2-D block (every row as long as the first). Text starting with = + - @ is written as text. */
export interface BlokIsi { baris: number; kolom: number; isi: IsiSel[][] }

export type Garis = "tipis" | "tebal" | "tidak-ada";

export interface Gaya {
  tebal?: boolean;
  miring?: boolean;
  ukuranHuruf?: number;
  warnaHuruf?: string;
  /** "#RRGGBB" */
  isi?: string;
  rataHorizontal?: "kiri" | "tengah" | "kanan";
  rataVertikal?: "atas" | "tengah" | "bawah";
  bungkus?: boolean;
  /** Excel number format code, e.g. "0.00", "@" (text), "dd mmmm yyyy". */
  formatAngka?: string;
  /** Borders: every edge of every cell, only the outline, or only the bottom edge. */
  bingkai?: { jenis: "semua" | "luar" | "bawah"; garis: Garis };
}

export interface GayaKotak { kotak: KotakSel; gaya: Gaya }

export type ValidasiSel =
  | { kind: "daftar"; kotak: KotakSel; pilihan: readonly string[]; pesan?: string }
  | { kind: "bilangan-bulat"; kotak: KotakSel; min: number; maks: number; pesan?: string }
  | { kind: "desimal"; kotak: KotakSel; min: number; pesan?: string };

/** Conditional format by formula (relative to the top-left cell of `kotak`), e.g. `=$Z6="Tinggi"`. */
export interface FormatBersyarat { kotak: KotakSel; rumus: string; isi?: string; warnaHuruf?: string }

export type JenisBentuk = "terminator" | "proses" | "keputusan" | "konektor-halaman" | "teks";

export interface Bentuk {
  /** Unique within the plan; garis refer to it. Also the shape's name in Excel (prefix "Evapor "). */
  id: string;
  jenis: JenisBentuk;
  x: number; y: number; lebar: number; tinggi: number;
  teks?: string;
  ukuranHuruf?: number;
  isi?: string;
  warnaGaris?: string;
}

export interface GarisPenghubung {
  id: string;
  /** Polyline points in points; first and last lie on the joined shapes' boundaries. */
  titik: readonly { x: number; y: number }[];
  dari?: string;
  ke?: string;
  panah: boolean;
}

export interface Grafik {
  id: string;
  jenis: "kolom" | "batang";
  judul: string;
  /** Category labels and values, as ranges of this sheet. */
  kategori: KotakSel;
  seri: { nama: string; nilai: KotakSel; jenis?: "kolom" | "garis" }[];
  x: number; y: number; lebar: number; tinggi: number;
}

export interface TataHalaman {
  orientasi: "potret" | "lanskap";
  kertas: UkuranKertas;
  /** Margins in points. */
  margin?: { atas: number; bawah: number; kiri: number; kanan: number };
  /** Fit one page wide (as many pages tall as needed). */
  satuHalamanLebar: boolean;
  /** With satuHalamanLebar: one page tall as well, for a document signed on one sheet of paper. */
  satuHalamanTinggi?: boolean;
  /** Print scale in percent, for a sheet printed over several pages wide (with `pemisahKolom`). */
  skala?: number;
  /** Rows repeated on each printed page, 0-based inclusive. */
  judulCetak?: { dari: number; sampai: number };
  /** Columns repeated on the left of each printed page, 0-based inclusive. */
  judulKolomCetak?: { dari: number; sampai: number };
  /** A page break left of each of these columns. */
  pemisahKolom?: readonly number[];
  areaCetak?: KotakSel;
  /** A page break above each of these rows. */
  pemisahHalaman?: readonly number[];
  tengahHorizontal?: boolean;
  /** Page footer text, e.g. the document name; "&P" is the page number. */
  kaki?: string;
}

export interface RencanaLembar {
  nama: string;
  /** Column widths in points from column 0; tinggiBaris by row index. */
  lebarKolom: readonly number[];
  tinggiBaris?: readonly { baris: number; tinggi: number }[];
  blok: readonly BlokIsi[];
  gabung?: readonly KotakSel[];
  gaya?: readonly GayaKotak[];
  validasi?: readonly ValidasiSel[];
  formatBersyarat?: readonly FormatBersyarat[];
  tabel?: { nama: string; kotak: KotakSel };
  bekukan?: { baris: number; kolom: number };
  bentuk?: readonly Bentuk[];
  garis?: readonly GarisPenghubung[];
  /**
   * Rows whose height Excel fits to their wrapped text once written (format.autofitRows): data rows
   * with text of any length. Rows with a set height (tinggiBaris) are not listed here.
   */
  pasTinggi?: readonly KotakSel[];
  /** Text labels beside lines (Ya / Tidak), as text boxes without inner margins, sized for their text. */
  label?: readonly { teks: string; x: number; y: number; lebar: number; tinggi: number; ukuranHuruf?: number }[];
  grafik?: readonly Grafik[];
  halaman: TataHalaman;
  warnaTab?: string;
  garisKisi?: boolean;
}

/** Sheet names Excel accepts: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function namaLembarSah(nama: string): boolean {
  return nama.length >= 1 && nama.length <= 31 && !/[:\\/?*[\]]/.test(nama) && !nama.startsWith("'") && !nama.endsWith("'");
}

/** A1 address of a cell, 0-based. */
export function alamatSel(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris + 1}`;
}

export function alamatKotak(k: KotakSel): string {
  const a = alamatSel(k.baris, k.kolom);
  return k.jumlahBaris === 1 && k.jumlahKolom === 1 ? a : `${a}:${alamatSel(k.baris + k.jumlahBaris - 1, k.kolom + k.jumlahKolom - 1)}`;
}
