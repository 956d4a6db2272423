/**
 * How the IKU sheet prints. Its 28 columns are ~2,100 pt wide: fitted one page wide on A4 landscape
 * the text would shrink to ~37 % (4 pt), unreadable on paper. Instead it prints over three pages
 * wide, each a group a reader takes in at once (rules and targets, realisations, results), with No,
 * Sasaran and Indikator repeated on the left of every page, at one fixed scale that fits the widest
 * page (Excel ignores manual page breaks under "fit to pages").
 */
import type { TataHalaman } from "../lembar/rencana";
import type { UkuranKertas } from "../pengaturan/model";
import { halamanKertas } from "../sop/layout/ukuran";
import { KOLOM_IKU, type KunciKolomIku } from "./tata-letak";

const CADANGAN_LEBAR = 0.95;
const kolom = (k: KunciKolomIku): number => KOLOM_IKU.findIndex((x) => x.kunci === k);

/** First column of each printed page after the first. */
export const AWAL_HALAMAN_IKU: readonly KunciKolomIku[] = ["realisasi-tw1", "target-sd-tw"];
/** Columns repeated on every printed page. */
export const JUDUL_KOLOM_IKU = { dari: kolom("no"), sampai: kolom("indikator") } as const;

/** The columns (0-based, in sheet order) printed on each page, title columns excluded. */
export function kelompokHalamanIku(): number[][] {
  const batas = [0, ...AWAL_HALAMAN_IKU.map(kolom), KOLOM_IKU.length];
  return batas.slice(1).map((akhir, i) => Array.from({ length: akhir - batas[i] }, (_, j) => batas[i] + j));
}

/** Width in points of each printed page's columns, the repeated title columns included after page 1. */
export function lebarHalamanIku(lebarKolom: readonly number[]): number[] {
  const judul = lebarKolom.slice(JUDUL_KOLOM_IKU.dari, JUDUL_KOLOM_IKU.sampai + 1).reduce((a, b) => a + b, 0);
  return kelompokHalamanIku().map((k, i) => (i === 0 ? 0 : judul) + k.reduce((a, c) => a + lebarKolom[c], 0));
}

/** The page setup: landscape, narrow margins, the scale at which the widest page fits the paper. */
export function tataHalamanIku(kertas: UkuranKertas, lebarKolom: readonly number[], baris: { judul: number }, kaki: string): TataHalaman {
  const h = halamanKertas(kertas);
  const terlebar = Math.max(...lebarHalamanIku(lebarKolom));
  return {
    orientasi: "lanskap",
    kertas,
    margin: { atas: h.margin.atas, bawah: h.margin.bawah, kiri: h.margin.kiri, kanan: h.margin.kanan },
    satuHalamanLebar: false,
    // Excel takes whole percents (10–400); 5 % is kept free, as printers and fonts round differently.
    skala: Math.max(10, Math.min(100, Math.floor((h.lebarCetak * CADANGAN_LEBAR / terlebar) * 100))),
    judulCetak: { dari: baris.judul, sampai: baris.judul },
    judulKolomCetak: JUDUL_KOLOM_IKU,
    pemisahKolom: AWAL_HALAMAN_IKU.map(kolom),
    kaki,
  };
}
