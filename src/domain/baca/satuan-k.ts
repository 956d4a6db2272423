/**
 * Form E.81 (Permendagri 86/2017) merges each "K" (kinerja) heading over two columns: the number
 * and, beside it, its unit ("persen", "jenis"). The second column reads as a copy of the first; when
 * the sheet has no Satuan column of its own and that copy holds only words in the data rows, it is
 * the unit.
 */
import type { KolomTerbaca } from "./model";

const angka = (t: string) => /^-?\d+([.,]\d+)*\s*%?$/.test(t);

export function satuanDiBawahK(kolom: readonly KolomTerbaca[], grid: readonly string[][], barisData: readonly number[], kolom0: number, baris0: number): KolomTerbaca[] {
  if (kolom.some((k) => k.peran.kind === "satuan")) return [...kolom];
  const isi = (k: KolomTerbaca) => barisData.map((r) => grid[r - baris0]?.[k.kolom - kolom0] ?? "").filter((t) => t !== "");
  const i = kolom.findIndex((k, n) => {
    const kiri = kolom[n - 1];
    if (n === 0 || k.sub !== "K" || kiri.sub !== "K" || kiri.kolom !== k.kolom - 1 || kiri.judul !== k.judul) return false;
    const teks = isi(k);
    return teks.length > 0 && teks.every((t) => !angka(t) && t.length <= 20);
  });
  if (i < 0) return [...kolom];
  return kolom.map((k, n) => (n === i ? { kolom: k.kolom, judul: k.judul, peran: { kind: "satuan" } } : k));
}
