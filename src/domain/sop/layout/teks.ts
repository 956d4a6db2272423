/**
 * Characters per printed line of an SOP cell, from its width and the SOP's fonts (./ukuran.ts).
 * Deliberately on the wide side of Arial/Calibri's average, so a "fits" here fits on paper; the
 * line count itself is the shared word wrap of src/domain/lembar/bungkus-teks.ts.
 */
import { HURUF } from "./ukuran";

export type JenisHuruf = "isi" | "kepala";

export function hurufPerBaris(lebarKolom: number, huruf: JenisHuruf = "isi"): number {
  return Math.max(1, Math.floor((lebarKolom - HURUF.padSel) / HURUF[huruf].lebarRata));
}

export { jumlahBarisTeks } from "../../lembar/bungkus-teks";
