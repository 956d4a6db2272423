/** Pairing identity blocks with procedure tables, and dropping a second copy of a table. */
import type { IdentitasSop } from "../model";
import type { ImporPeringatan } from "./peringatan";
import type { TabelMentah } from "./tabel";

const BUKAN_INTI = new Set(["prosedur", "sop", "dan", "yang", "tentang", "standar", "operasional"]);

function token(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !BUKAN_INTI.has(w)));
}

function kemiripan(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let sama = 0;
  for (const w of a) if (b.has(w)) sama++;
  return sama / Math.min(a.size, b.size);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let sama = 0;
  for (const w of a) if (b.has(w)) sama++;
  const gabung = a.size + b.size - sama;
  return gabung === 0 ? 0 : sama / gabung;
}

/**
 * A table under the same title as an earlier one, with about as many steps and mostly the same
 * words, is a second copy (a document scanned twice, seed 003): kept once.
 */
export function salinanGanda(tabel: readonly TabelMentah[], peringatan: ImporPeringatan[]): TabelMentah[] {
  const hasil: TabelMentah[] = [];
  for (const t of tabel) {
    const kata = token(t.langkah.map((l) => l.kegiatan).join(" "));
    const judul = t.judul.trim().toLowerCase();
    const ganda = hasil.find(
      (u) =>
        judul !== "" &&
        u.judul.trim().toLowerCase() === judul &&
        Math.abs(u.langkah.length - t.langkah.length) <= 1 &&
        jaccard(kata, token(u.langkah.map((l) => l.kegiatan).join(" "))) >= 0.5,
    );
    if (ganda) {
      // Warnings about the ignored copy's lines would only repeat the first copy's.
      const akhir = t.langkah[t.langkah.length - 1]?.baris ?? t.baris;
      const tetap = peringatan.filter((w) => w.baris < t.baris || w.baris > akhir);
      peringatan.splice(0, peringatan.length, ...tetap, { jenis: "salinan-ganda", baris: t.baris, detail: String(ganda.baris) });
    } else hasil.push(t);
  }
  return hasil;
}

export interface Pasangan {
  tabel: TabelMentah | null;
  identitas: { identitas: IdentitasSop; baris: number } | null;
}

/** Best title matches first; what is left pairs in order of appearance. Tables keep their order. */
export function pasangkan(tabel: readonly TabelMentah[], identitas: readonly { identitas: IdentitasSop; baris: number }[]): Pasangan[] {
  const skor: { t: number; d: number; s: number }[] = [];
  tabel.forEach((t, ti) =>
    identitas.forEach((d, di) => skor.push({ t: ti, d: di, s: kemiripan(token(t.judul), token(d.identitas.nama)) })),
  );
  skor.sort((a, b) => b.s - a.s || a.t - b.t || a.d - b.d);
  const keT = new Map<number, number>();
  const dipakai = new Set<number>();
  for (const { t, d, s } of skor) {
    if (s < 0.5 || keT.has(t) || dipakai.has(d)) continue;
    keT.set(t, d);
    dipakai.add(d);
  }
  const sisaD = identitas.map((_, d) => d).filter((d) => !dipakai.has(d));
  tabel.forEach((_, t) => {
    if (!keT.has(t) && sisaD.length > 0) {
      const d = sisaD.shift() as number;
      keT.set(t, d);
      dipakai.add(d);
    }
  });
  return [
    ...tabel.map((t, ti) => ({ tabel: t, identitas: keT.has(ti) ? identitas[keT.get(ti) as number] : null })),
    ...identitas.filter((_, d) => !dipakai.has(d)).map((d) => ({ tabel: null, identitas: d })),
  ];
}
