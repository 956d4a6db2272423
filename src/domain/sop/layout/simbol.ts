/**
 * Symbols of SOP AP (Permenpan RB 35/2012): terminator (capsule) for mulai/selesai, process
 * (rectangle), decision (diamond). A symbol sits in the column of its pelaksana, a joint activity
 * spans the columns of all of them, centred in its step row; the routing lane at the right edge
 * of the last pelaksana column stays free. Also the boundary points arrows attach to.
 */
import type { Langkah } from "../model";
import type { KolomTata } from "./kolom";
import type { BentukSimbol, Kotak, SimbolTata, Titik } from "./model";
import { LEBAR_KOLOM, SIMBOL } from "./ukuran";

export function bentukLangkah(l: Langkah): BentukSimbol {
  switch (l.jenis) {
    case "mulai":
    case "selesai": return "terminator";
    case "proses": return "proses";
    case "keputusan": return "keputusan";
    default: return l.jenis satisfies never;
  }
}

/** The pelaksana columns a step spans; a step without (valid) pelaksana goes to the first column. */
export function rentangPelaksana(l: Langkah, jumlahKolom: number): [number, number] {
  const sah = l.pelaksana.filter((k) => Number.isInteger(k) && k >= 0 && k < jumlahKolom);
  if (sah.length === 0) return [0, 0];
  return [Math.min(...sah), Math.max(...sah)];
}

export function letakSimbol(
  l: Langkah, baris: { indeks: number; y: number; tinggi: number }, kolomPelaksana: readonly KolomTata[],
): SimbolTata {
  const [a, b] = rentangPelaksana(l, kolomPelaksana.length);
  const kiri = kolomPelaksana[a], kanan = kolomPelaksana[b];
  const jalur = b === kolomPelaksana.length - 1 ? LEBAR_KOLOM.jalur : 0;
  const x = kiri.x + SIMBOL.padX;
  const lebar = kanan.x + kanan.lebar - jalur - SIMBOL.padX - x;
  const bentuk = bentukLangkah(l);
  const tinggi = bentuk === "keputusan" ? SIMBOL.tinggiKeputusan : SIMBOL.tinggiProses;
  return {
    id: `simbol:${l.id}`, langkahId: l.id, bentuk, jenis: l.jenis,
    x, y: baris.y + (baris.tinggi - tinggi) / 2, lebar, tinggi,
    pelaksanaAwal: a, pelaksanaAkhir: b, baris: baris.indeks,
  };
}

export const tengahX = (k: Kotak): number => k.x + k.lebar / 2;
export const tengahY = (k: Kotak): number => k.y + k.tinggi / 2;
export const titikAtas = (k: Kotak): Titik => ({ x: tengahX(k), y: k.y });
export const titikBawah = (k: Kotak): Titik => ({ x: tengahX(k), y: k.y + k.tinggi });
export const titikKanan = (k: Kotak): Titik => ({ x: k.x + k.lebar, y: tengahY(k) });

/** Height at which lane arrows enter a symbol from the right: above the middle, clear of its own right exit. */
export const yMasukSamping = (s: Kotak): number => tengahY(s) - s.tinggi / 4;

/** The right boundary of a symbol at height y (inside its vertical extent). */
export function tepiKanan(s: Kotak & { bentuk: BentukSimbol }, y: number): number {
  const dy = Math.abs(y - tengahY(s));
  switch (s.bentuk) {
    case "proses": return s.x + s.lebar;
    case "keputusan": return tengahX(s) + (s.lebar / 2) * (1 - dy / (s.tinggi / 2));
    case "terminator": {
      const r = Math.min(s.lebar, s.tinggi) / 2;
      return s.x + s.lebar - r + Math.sqrt(Math.max(0, r * r - dy * dy));
    }
    default: return s.bentuk satisfies never;
  }
}
