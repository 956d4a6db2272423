import type { PitaPredikat, SkalaPredikat } from "../kinerja/predikat";

/**
 * Edits of a predikat scale made in the settings editor. Each returns a new scale; none
 * repairs the result — `validateSkala` reports what is wrong, so the user sees it.
 * An edited scale is no longer the regulation's: it is named as the office's own.
 */
export const NAMA_SKALA_KHUSUS = "Skala instansi";

/** Grey for a new band until the user picks a colour. */
export const WARNA_PITA_BARU = "#9E9E9E";

const khusus = (pita: PitaPredikat[]): SkalaPredikat => ({ nama: NAMA_SKALA_KHUSUS, pita });

export type UbahPita =
  | { field: "nama"; value: string }
  | { field: "warna"; value: string }
  | { field: "batasBawah"; value: number | null };

export function ubahPita(skala: SkalaPredikat, indeks: number, ubah: UbahPita): SkalaPredikat {
  return khusus(skala.pita.map((p, i) => (i === indeks ? { ...p, [ubah.field]: ubah.value } : p)));
}

/**
 * A new band goes just above the open lowest band, its lower bound halfway between 0 and the
 * band above (so the scale still descends), named empty so the form asks for a name.
 */
export function tambahPita(skala: SkalaPredikat): SkalaPredikat {
  const pita = [...skala.pita];
  const atas = pita.length >= 2 ? pita[pita.length - 2].batasBawah : null;
  const batasBawah = Math.round((atas ?? 100) / 2);
  pita.splice(Math.max(0, pita.length - 1), 0, { nama: "", batasBawah, warna: WARNA_PITA_BARU });
  return khusus(pita);
}

/** Removes a band; the open lowest band and a scale of two bands stay (see `bisaHapusPita`). */
export function hapusPita(skala: SkalaPredikat, indeks: number): SkalaPredikat {
  if (!bisaHapusPita(skala, indeks)) return skala;
  return khusus(skala.pita.filter((_, i) => i !== indeks));
}

/** A scale needs at least two bands to say anything, and its last band takes everything below. */
export function bisaHapusPita(skala: SkalaPredikat, indeks: number): boolean {
  return skala.pita.length > 2 && indeks >= 0 && indeks < skala.pita.length - 1;
}
