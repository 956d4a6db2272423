/**
 * Two list columns that lost their tabs (OCR of a scanned SOP, seed 003): items are told apart by
 * their numbering. A line whose number continues the left list goes left, one that restarts at 1
 * (or repeats a number on the same line: "1. SOP Penyusunan … 1. DPA SKPD") opens the right list;
 * an unnumbered line continues the item above. Without any numbering, paragraphs (separated by
 * blank lines) alternate: the first is the left column's, the rest the right's.
 */
import { bersihkanButir, buangNomor, cariPenanda, nomorAwal, pecahBernomor } from "./daftar";
import { rapikan } from "./teks";

export interface BarisUrut {
  teks: string;
  no: number;
}

type Sisi = "kiri" | "kanan";

export function bagiUrut(rows: readonly BarisUrut[], duaKolom: boolean): { kiri: string[]; kanan: string[] } {
  const hasil: Record<Sisi, string[]> = { kiri: [], kanan: [] };
  // Lines split from one cell (HTML blocks) are separate items; pasted lines may be continuations.
  const baris = rows.flatMap((r) => r.teks.split("\n").map((t, k) => ({ teks: rapikan(t), baru: k > 0 })));
  const bernomor = baris.some((b) => nomorAwal(b.teks) !== null);
  if (!bernomor) {
    let sisi: Sisi = "kiri";
    let mulaiBaru = true;
    for (const b of baris) {
      if (b.teks === "") {
        if (hasil.kiri.length > 0 && duaKolom) sisi = "kanan";
        mulaiBaru = true;
        continue;
      }
      const daftar = hasil[sisi];
      if (mulaiBaru || b.baru || /^[•·▪‣◦*–-]\s/.test(b.teks) || daftar.length === 0) daftar.push(bersihkanButir(b.teks));
      else daftar[daftar.length - 1] = `${daftar[daftar.length - 1]} ${b.teks}`;
      mulaiBaru = false;
    }
    return bersihkan(hasil);
  }
  const n: Record<Sisi, number> = { kiri: 0, kanan: 0 };
  let aktif: Sisi = "kiri";
  const masuk = (sisi: Sisi, teks: string, nomor: number): void => {
    const butir = pecahBernomor(teks).map(buangNomor);
    hasil[sisi].push(...butir);
    n[sisi] = nomor + butir.length - 1;
    aktif = sisi;
  };
  for (const b of baris) {
    if (b.teks === "") continue;
    const k = nomorAwal(b.teks);
    if (k === null) {
      const daftar = hasil[aktif];
      if (daftar.length === 0 || b.baru) daftar.push(bersihkanButir(b.teks));
      else daftar[daftar.length - 1] = `${daftar[daftar.length - 1]} ${b.teks}`;
      continue;
    }
    const belah = duaKolom ? cariPenanda(b.teks).slice(1).find((p) => p.nomor === k || (p.nomor === 1 && k !== 1)) : undefined;
    if (belah) {
      masuk("kiri", b.teks.slice(0, belah.awal), k);
      masuk("kanan", b.teks.slice(belah.awal), belah.nomor);
      continue;
    }
    let sisi: Sisi = aktif;
    if (!duaKolom) sisi = "kiri";
    else if (k === n.kiri + 1 && k !== n.kanan + 1) sisi = "kiri";
    else if (k === n.kanan + 1 && k !== n.kiri + 1) sisi = "kanan";
    masuk(sisi, b.teks, k);
  }
  return bersihkan(hasil);
}

function bersihkan(h: Record<Sisi, string[]>): { kiri: string[]; kanan: string[] } {
  const rapi = (xs: string[]): string[] => xs.map((x) => bersihkanButir(rapikan(x))).filter((x) => x !== "" && x !== "-");
  return { kiri: rapi(h.kiri), kanan: rapi(h.kanan) };
}
