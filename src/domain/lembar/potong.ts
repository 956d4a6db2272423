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

/** Row slices of a block, each at most `batas` bytes of payload (a single row larger than that stays whole). */
export function potongBlok(blok: BlokIsi, batas: number): BlokIsi[] {
  const hasil: BlokIsi[] = [];
  let mulai = 0;
  let ukuran = 0;
  blok.isi.forEach((baris, i) => {
    const u = ukuranBaris(baris);
    if (i > mulai && ukuran + u > batas) {
      hasil.push({ baris: blok.baris + mulai, kolom: blok.kolom, isi: blok.isi.slice(mulai, i) });
      mulai = i;
      ukuran = 0;
    }
    ukuran += u;
  });
  if (blok.isi.length > mulai) hasil.push({ baris: blok.baris + mulai, kolom: blok.kolom, isi: blok.isi.slice(mulai) });
  return hasil;
}
