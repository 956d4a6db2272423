/**
 * Where things go across the sheet. The columns are the procedure table's (layoutFlowchart decides
 * their widths); the identity block on the first page reuses them with merges, so one set of
 * column widths serves both parts. The marker column (penanda.ts) is the first column after
 * KETERANGAN.
 */
import type { KolomTata } from "../layout";

export interface KolomLembar {
  no: number; kegiatan: number; pelAwal: number; pelAkhir: number;
  kelengkapan: number; waktu: number; output: number; keterangan: number;
  tanda: number;
  /** Widths of the table columns in points, from column 0. */
  lebar: number[];
}

/** The sheet columns for `jumlahPelaksana` roles (at least one column is laid out). */
export function kolomLembar(jumlahPelaksana: number, kolom?: readonly KolomTata[]): KolomLembar {
  const np = Math.max(1, jumlahPelaksana);
  const pelAkhir = 2 + np - 1;
  return {
    no: 0, kegiatan: 1, pelAwal: 2, pelAkhir,
    kelengkapan: pelAkhir + 1, waktu: pelAkhir + 2, output: pelAkhir + 3, keterangan: pelAkhir + 4,
    tanda: pelAkhir + 5,
    lebar: kolom ? kolom.map((k) => k.lebar) : [],
  };
}

/** Sum of the widths of columns a … b. */
export const lebarRentang = (k: KolomLembar, a: number, b: number): number =>
  k.lebar.slice(a, b + 1).reduce((s, w) => s + w, 0);
