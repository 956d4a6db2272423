/**
 * Row heights for wrapped text on paper. Excel does not grow a row for wrapped text in a merged
 * cell, so a document sheet (Berita Acara) sets the height itself; the add-in cannot measure text
 * without reading geometry back, so the height is estimated on the generous side.
 */
import { jumlahBarisTeks } from "../../lembar/bungkus-teks";

/** Average width of a character of Calibri at `ukuranHuruf` pt, rounded up (≈ 0.5 em). */
const lebarHuruf = (ukuranHuruf: number): number => ukuranHuruf * 0.55;

/** Lines `teks` takes in a cell `lebar` points wide (word wrap; explicit line breaks kept). */
export function jumlahBarisCetak(teks: string, lebar: number, ukuranHuruf = 11): number {
  const perBaris = Math.max(1, Math.floor((lebar - 6) / lebarHuruf(ukuranHuruf)));
  // An empty cell still takes its one line.
  return Math.max(1, jumlahBarisTeks(teks, perBaris));
}

/** Row height in points for `teks` wrapped in `lebar` points (15 pt a line at 11 pt, plus a margin). */
export function tinggiTeks(teks: string, lebar: number, ukuranHuruf = 11): number {
  const perBaris = Math.ceil(ukuranHuruf * 1.36);
  return jumlahBarisCetak(teks, lebar, ukuranHuruf) * perBaris + 3;
}
