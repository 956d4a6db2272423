/**
 * How many printed lines a text needs in a cell of `perBaris` characters: a greedy word wrap, as
 * Excel wraps (no font metrics in the domain: callers turn widths into characters on the generous
 * side). Explicit line breaks are kept; Excel breaks a word longer than the line by characters.
 * Used by the SOP sheet (validation and row heights) and by the documents' row heights.
 */
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
