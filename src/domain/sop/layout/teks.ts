/**
 * How many printed lines a text needs in a cell: a greedy word wrap on an average character
 * width (no font metrics in the domain). Deliberately on the wide side of Arial/Calibri's
 * average, so a "fits" here fits on paper; Excel breaks a word longer than the line by characters.
 */
import { HURUF } from "./ukuran";

export type JenisHuruf = "isi" | "kepala";

export function hurufPerBaris(lebarKolom: number, huruf: JenisHuruf = "isi"): number {
  return Math.max(1, Math.floor((lebarKolom - HURUF.padSel) / HURUF[huruf].lebarRata));
}

export function jumlahBarisTeks(teks: string, perBaris: number): number {
  if (teks.trim() === "") return 0;
  let baris = 0;
  for (const paragraf of teks.split(/\r?\n/)) {
    let isi = 0; // characters on the current line; 0 = line not started
    let barisParagraf = 1;
    for (const kata of paragraf.split(/\s+/).filter(Boolean)) {
      const perlu = isi === 0 ? kata.length : isi + 1 + kata.length;
      if (perlu <= perBaris) { isi = perlu; continue; }
      if (isi > 0) barisParagraf++;
      // a word longer than the line is broken by characters
      const potong = Math.ceil(kata.length / perBaris);
      barisParagraf += potong - 1;
      isi = kata.length - (potong - 1) * perBaris;
    }
    baris += barisParagraf;
  }
  return baris;
}
