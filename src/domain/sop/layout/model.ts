/**
 * The result of layoutFlowchart: everything the sheet writer needs to draw an SOP AP procedure
 * table with its flowchart, in points, without reading any geometry back from Excel.
 *
 * Coordinates: x to the right, y down, from the top-left corner of the table's first header row
 * plus `asal` (pass the sheet position of that corner to get absolute sheet coordinates).
 * The table is one continuous block of rows: the header rows once at the top (`kepala`; the sheet
 * writer makes them print titles so Excel repeats them on every page), then for each page its
 * rows: an optional top connector row, the step rows, an optional bottom connector row. A page
 * break goes before the first row of every page but the first.
 */
import type { JenisLangkah } from "../model";
import type { KolomTata } from "./kolom";
import type { HalamanKertas } from "./ukuran";

export interface Titik { x: number; y: number }
export interface Kotak { x: number; y: number; lebar: number; tinggi: number }

export type JenisBaris = "kepala-grup" | "kepala-nama" | "nomor-kolom" | "konektor-atas" | "langkah" | "konektor-bawah";

export interface BarisTata {
  /** 0-based position among all rows of the table (header rows first). */
  indeks: number;
  jenis: JenisBaris;
  y: number;
  tinggi: number;
  /** For a step row: the step, and its printed number (kolom NO). */
  langkahId?: string;
  nomor?: number;
}

/** Header cells that span columns: PELAKSANA over the role columns, MUTU BAKU over three. */
export interface GrupKepala { judul: "PELAKSANA" | "MUTU BAKU"; kolomAwal: number; kolomAkhir: number }

export type BentukSimbol = "terminator" | "proses" | "keputusan";

export interface SimbolTata extends Kotak {
  id: string;
  langkahId: string;
  bentuk: BentukSimbol;
  jenis: JenisLangkah;
  /** First and last pelaksana index the symbol spans (equal unless a joint activity). */
  pelaksanaAwal: number;
  pelaksanaAkhir: number;
  /** Index of its row in TataFlowchart.baris. */
  baris: number;
}

/** Off-page connector (pentagon pointing down) with its letter. */
export interface KonektorTata extends Kotak {
  id: string;
  huruf: string;
  /** keluar = at the foot of the page the flow leaves; masuk = where it arrives. */
  arah: "keluar" | "masuk";
  /** alur = the main flow crossing a page break; cabang = a decision branch to another page. */
  jenis: "alur" | "cabang";
  baris: number;
}

export interface PanahTata {
  id: string;
  /** Element ids (a SimbolTata or KonektorTata id) the arrow leaves and reaches. */
  dari: string;
  ke: string;
  /** Polyline, first point on the boundary of `dari`, last on the boundary of `ke` (the head). */
  titik: Titik[];
  /** For an exit of a decision. */
  cabang?: "ya" | "tidak";
}

export interface LabelTata extends Kotak {
  id: string;
  teks: "Ya" | "Tidak";
  panahId: string;
}

export interface HalamanTata {
  /** 1-based page number of the procedure table. */
  nomor: number;
  baris: BarisTata[];
  simbol: SimbolTata[];
  konektor: KonektorTata[];
  panah: PanahTata[];
  label: LabelTata[];
  /** Printed height: the repeated header plus this page's rows. */
  tinggiCetak: number;
}

export interface TataFlowchart {
  halamanKertas: HalamanKertas;
  asal: Titik;
  kolom: KolomTata[];
  grupKepala: GrupKepala[];
  /** Width of the table. */
  lebar: number;
  /** Heights used for each kind of row (a step row's is the same for every step). */
  barisTinggi: { kepalaGrup: number; kepalaNama: number; nomorKolom: number; langkah: number; konektor: number };
  /** Every row of the table in sheet order. */
  baris: BarisTata[];
  /** The header rows (print titles). */
  kepala: BarisTata[];
  halaman: HalamanTata[];
  langkahPerHalaman: number;
  /** Most steps a page can hold with these row heights. */
  maksLangkahPerHalaman: number;
  /** The routing lane of decision branches: a vertical strip right of every symbol. */
  jalur: { x: number; lebar: number };
}
