/**
 * How a plan's cells travel to Excel: one `range.formulas` entry per cell, and blocks sliced by rows
 * so that no request passes Excel's 5 MB limit (Office add-in resource limits). Pure, so the IKU
 * sheet and the generic applier slice the same way.
 */
import type { BlokIsi, IsiSel } from "./rencana";

/**
 * One `formulas` entry per cell. Numbers and booleans go in as themselves; text starting with
 * = + - @ (or ') gets Excel's apostrophe prefix so it stays text, as typing '=abc in Excel does
 * (the apostrophe is not part of the value).
 */
export function isiFormula(isi: IsiSel): string | number | boolean {
  if (isi === null) return "";
  if (typeof isi === "object") return isi.rumus.startsWith("=") ? isi.rumus : `=${isi.rumus}`;
  if (typeof isi === "string" && /^[=+\-@']/.test(isi)) return `'${isi}`;
  return isi;
}

/** Rough request size of a row as it is sent. */
export const ukuranBaris = (baris: readonly IsiSel[]): number => JSON.stringify(baris.map(isiFormula)).length + 8;

/**
 * Row slices [from, to) of rows whose request sizes are `ukuran`, each at most `batas` bytes
 * (a single row larger than that stays whole). Every chunked write slices with this.
 */
export function potongUkuran(ukuran: readonly number[], batas: number): [number, number][] {
  const hasil: [number, number][] = [];
  let mulai = 0;
  let jumlah = 0;
  ukuran.forEach((u, i) => {
    if (i > mulai && jumlah + u > batas) {
      hasil.push([mulai, i]);
      mulai = i;
      jumlah = 0;
    }
    jumlah += u;
  });
  if (ukuran.length > mulai) hasil.push([mulai, ukuran.length]);
  return hasil;
}

/** Row slices of a block, each at most `batas` bytes of payload (a single row larger than that stays whole). */
export function potongBlok(blok: BlokIsi, batas: number): BlokIsi[] {
  return potongUkuran(blok.isi.map(ukuranBaris), batas).map(([dari, sampai]) => ({ baris: blok.baris + dari, kolom: blok.kolom, isi: blok.isi.slice(dari, sampai) }));
}
