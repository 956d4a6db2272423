/**
 * The symbol of each step (Permenpan RB 35/2012: terminator for the first and last step, process,
 * decision with Ya / Tidak). From the pasted symbol when there is one, else from the wording: a
 * question, "apakah", "Ya/Tidak", or a "jika tidak …" branch marks a decision.
 */
import type { BidangLangkah, CabangKeputusan, JenisLangkah } from "../model";

export type Simbol = "terminator" | "proses" | "keputusan" | "tanda";

const TERMINATOR = /^[○◯●⚪⭕⬭⬬]+$/u;
const PROSES = /^[□■▭▯▢☐⬜◻◼▬]+$/u;
const KEPUTUSAN = /^[◇◆⬦⬥♦◊⟐]+$/u;
const PANAH = /^[\s→←↑↓⇒⇐⇓⇑➔➜➝➞↳↲|—–-]+$/u;

/** What a role cell holds: a symbol, a mark (X, ✓), or null for empty/arrows/text. */
export function simbolSel(isi: string): Simbol | "teks" | null {
  const s = isi.replace(/\s+/g, "");
  if (s === "" || PANAH.test(s)) return null;
  if (TERMINATOR.test(s)) return "terminator";
  if (PROSES.test(s)) return "proses";
  if (KEPUTUSAN.test(s)) return "keputusan";
  return [...s].length <= 3 ? "tanda" : "teks";
}

const SYARAT = /\b(jika|apabila|bila|kalau)\b/gi;
const SYARAT_TIDAK = /^(jika|apabila|bila|kalau)\s+(tidak|belum|ditolak|kurang|salah)\b/i;
const SYARAT_YA = /^(jika|apabila|bila|kalau)\s+(ya|sudah|sesuai|lengkap|setuju|disetujui|benar)\b/i;

/** Reads the step as a decision (question, "apakah", "Ya/Tidak", "jika tidak …"). */
export function tampakKeputusan(kegiatan: string): boolean {
  return (
    /\bapakah\b/i.test(kegiatan) ||
    /\?/.test(kegiatan) ||
    /\b(ya\s*\/\s*tidak|tidak\s*\/\s*ya)\b/i.test(kegiatan) ||
    /\b(jika|apabila|bila|kalau)\s+(tidak|belum|ditolak)\b/i.test(kegiatan)
  );
}

/** The clauses that open with a condition, split into Ya and Tidak. */
export function klausaCabang(kegiatan: string): { ya: string[]; tidak: string[] } {
  const awal = [...kegiatan.matchAll(SYARAT)].map((m) => m.index ?? 0);
  const hasil = { ya: [] as string[], tidak: [] as string[] };
  awal.forEach((a, k) => {
    const klausa = kegiatan.slice(a, awal[k + 1] ?? kegiatan.length);
    if (SYARAT_TIDAK.test(klausa)) hasil.tidak.push(klausa);
    else if (SYARAT_YA.test(klausa)) hasil.ya.push(klausa);
  });
  return hasil;
}

/** "ke langkah 3", "kembali ke nomor 3", "ke kegiatan no. 3" → 3. */
export function nomorTujuan(klausa: string): number | null {
  const m = /\bke\s+(langkah|kegiatan|nomor|no\.?|proses|tahap|aktivitas)\s*(ke-?\s*)?(\d{1,3})\b/i.exec(klausa);
  return m ? Number(m[3]) : null;
}

export interface LangkahJenis {
  id: string;
  kegiatan: string;
  simbol: Simbol | null;
  pelaksana: number[];
}

export interface HasilJenis {
  jenis: JenisLangkah;
  cabang?: CabangKeputusan;
  periksa: BidangLangkah[];
}

/**
 * Jenis and decision targets for a procedure's steps. `tujuanPeran(klausa)` gives the columns a
 * branch clause sends the work back to ("diserahkan kembali ke kasubbag …").
 */
export function simpulkanJenis(langkah: readonly LangkahJenis[], tujuanPeran: (klausa: string) => number[]): HasilJenis[] {
  return langkah.map((l, i) => {
    const akhir = i === langkah.length - 1;
    const keputusan = l.simbol === "keputusan" || (l.simbol === null && i > 0 && tampakKeputusan(l.kegiatan));
    if (keputusan) return cabangDari(langkah, i, tujuanPeran);
    if (i === 0) return { jenis: "mulai", periksa: [] };
    if (akhir) return { jenis: "selesai", periksa: [] };
    // A terminator in the middle of the flow contradicts the format: let a person decide.
    return { jenis: "proses", periksa: l.simbol === "terminator" ? ["jenis"] : [] };
  });
}

function cabangDari(langkah: readonly LangkahJenis[], i: number, tujuanPeran: (klausa: string) => number[]): HasilJenis {
  const { ya, tidak } = klausaCabang(langkah[i].kegiatan);
  const periksa: BidangLangkah[] = [];
  const target = (klausa: string | undefined, wajib: boolean): string | null => {
    if (klausa === undefined) {
      if (wajib) periksa.push("cabang");
      return null;
    }
    const n = nomorTujuan(klausa);
    if (n !== null && langkah[n - 1]) return langkah[n - 1].id;
    const kolom = tujuanPeran(klausa);
    for (let j = i - 1; j >= 0 && kolom.length > 0; j--) {
      if (langkah[j].pelaksana.some((k) => kolom.includes(k))) {
        periksa.push("cabang");
        return langkah[j].id;
      }
    }
    periksa.push("cabang");
    return null;
  };
  const cabang = { ya: target(ya[0], false), tidak: target(tidak[0], true) };
  return { jenis: "keputusan", cabang, periksa: [...new Set(periksa)] };
}
