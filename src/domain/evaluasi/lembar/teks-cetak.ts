/**
 * Row heights for wrapped text on paper. Excel does not grow a row for wrapped text in a merged
 * cell, so a document sheet (Berita Acara) sets the height itself; the add-in cannot measure text
 * without reading geometry back, so the height is estimated on the generous side.
 */

/** Average width of a character of Calibri at `ukuranHuruf` pt, rounded up (≈ 0.5 em). */
const lebarHuruf = (ukuranHuruf: number): number => ukuranHuruf * 0.55;

/** Lines `teks` takes in a cell `lebar` points wide (word wrap; explicit line breaks kept). */
export function jumlahBarisCetak(teks: string, lebar: number, ukuranHuruf = 11): number {
  const perBaris = Math.max(1, Math.floor((lebar - 6) / lebarHuruf(ukuranHuruf)));
  return teks.split("\n").reduce((jumlah, paragraf) => {
    let baris = 1;
    let panjang = 0;
    for (const kata of paragraf.split(/\s+/).filter((k) => k !== "")) {
      const k = kata.length;
      if (panjang === 0) panjang = k;
      else if (panjang + 1 + k <= perBaris) panjang += 1 + k;
      else {
        baris += 1;
        panjang = k;
      }
      // A word longer than a line breaks across lines.
      while (panjang > perBaris) {
        baris += 1;
        panjang -= perBaris;
      }
    }
    return jumlah + baris;
  }, 0);
}

/** Row height in points for `teks` wrapped in `lebar` points (15 pt a line at 11 pt, plus a margin). */
export function tinggiTeks(teks: string, lebar: number, ukuranHuruf = 11): number {
  const perBaris = Math.ceil(ukuranHuruf * 1.36);
  return jumlahBarisCetak(teks, lebar, ukuranHuruf) * perBaris + 3;
}
