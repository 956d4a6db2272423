/**
 * Lists inside identity cells: "1. A 2. B", "1. A;2. B", `<li>1. A</li>`, "• A", "- A", a number in a
 * cell of its own. The sheet renumbers items, so numbering is removed here.
 */

/** A number marker "1." / "1)" at `awal` (not "1.234"). */
const PENANDA = /(^|[\s;,])(\d{1,2})[.)](?!\d)\s*/g;

export interface Penanda {
  nomor: number;
  /** Where the marker (without its leading separator) starts, and where its item text starts. */
  awal: number;
  isi: number;
}

export function cariPenanda(s: string): Penanda[] {
  const hasil: Penanda[] = [];
  for (const m of s.matchAll(PENANDA)) {
    const awal = (m.index ?? 0) + m[1].length;
    hasil.push({ nomor: Number(m[2]), awal, isi: (m.index ?? 0) + m[0].length });
  }
  return hasil;
}

/** Leading number of an item ("3." / "3)" / "3 " when a number stood in its own cell). */
export function nomorAwal(s: string): number | null {
  const m = /^(\d{1,2})[.)](?!\d)/.exec(s.trim());
  return m ? Number(m[1]) : null;
}

export function buangNomor(s: string): string {
  return bersihkanButir(s.trim().replace(/^\d{1,2}[.)](?!\d)\s*/, ""));
}

/** Trailing ";"/"," and leading bullets removed. */
export function bersihkanButir(s: string): string {
  return s
    .trim()
    .replace(/^[•·▪‣◦*–-]\s*/, "")
    .replace(/[;,]\s*$/, "")
    .trim();
}

/**
 * Splits "1. A 2. B 3. C" at markers that continue the sequence started at the beginning, so
 * "Nomor 29 Tahun 2014" or "Rp 1.500" stay whole. Text without a leading marker is one item.
 */
export function pecahBernomor(s: string): string[] {
  const t = s.trim();
  const semua = cariPenanda(t);
  if (semua.length === 0 || semua[0].awal !== 0) return [t];
  const dipakai: Penanda[] = [semua[0]];
  for (const p of semua.slice(1)) if (p.nomor === dipakai[dipakai.length - 1].nomor + 1) dipakai.push(p);
  return dipakai.map((p, k) => t.slice(p.isi, k + 1 < dipakai.length ? dipakai[k + 1].awal : t.length));
}

/** A cell's text (lines = HTML blocks) → list items without numbering; "-" alone means none. */
export function pecahDaftar(teks: string): string[] {
  const hasil: string[] = [];
  for (const bagian of teks.split("\n")) {
    const butir = bagian.includes("•") ? bagian.split("•") : [bagian];
    for (const b of butir) for (const item of pecahBernomor(b)) hasil.push(buangNomor(item));
  }
  return hasil.filter((s) => s !== "" && s !== "-");
}
