import type { Persen } from "./persen";

/**
 * One band of a predikat scale: every capaian ≥ `batasBawah` (and below the next band's lower
 * bound) gets `nama`. The lowest band has `batasBawah: null` and takes everything below.
 */
export interface PitaPredikat {
  nama: string;
  batasBawah: number | null;
  /** "#RRGGBB" used for the cell fill where Evapor colours a predikat. */
  warna: string;
}

/** Bands ordered from the highest lower bound to the lowest; the last has `batasBawah: null`. */
export interface SkalaPredikat {
  nama: string;
  pita: readonly PitaPredikat[];
}

/**
 * Default scale: Permendagri 86/2017 evaluation scale as half-open bands, so no value falls
 * between two bands: ≥ 91 Sangat Tinggi · ≥ 76 Tinggi · ≥ 66 Sedang · ≥ 51 Rendah · below Sangat Rendah.
 */
export const SKALA_PERMENDAGRI_86_2017: SkalaPredikat = {
  nama: "Permendagri 86/2017",
  pita: [
    { nama: "Sangat Tinggi", batasBawah: 91, warna: "#1E7B34" },
    { nama: "Tinggi", batasBawah: 76, warna: "#6BBF59" },
    { nama: "Sedang", batasBawah: 66, warna: "#F2C230" },
    { nama: "Rendah", batasBawah: 51, warna: "#F08A24" },
    { nama: "Sangat Rendah", batasBawah: null, warna: "#C62828" },
  ],
};

/** The predikat's name for a capaian in percent (0–100 scale). */
export function predikatOf(capaian: Persen | number, skala: SkalaPredikat = SKALA_PERMENDAGRI_86_2017): string {
  for (const pita of skala.pita) {
    if (pita.batasBawah === null || capaian >= pita.batasBawah) return pita.nama;
  }
  // A well-formed scale ends with an open band; validateSkala reports one that does not.
  return skala.pita[skala.pita.length - 1]?.nama ?? "";
}

export type SkalaError =
  | { kind: "kosong" }
  | { kind: "tanpa-pita-terbawah" }
  | { kind: "tidak-menurun"; indeks: number }
  | { kind: "nama-kosong"; indeks: number }
  | { kind: "nama-ganda"; nama: string };

/** Checks a scale typed in the settings editor; returns every problem found. */
export function validateSkala(skala: SkalaPredikat): SkalaError[] {
  const errors: SkalaError[] = [];
  if (skala.pita.length === 0) return [{ kind: "kosong" }];
  const last = skala.pita[skala.pita.length - 1];
  if (last.batasBawah !== null) errors.push({ kind: "tanpa-pita-terbawah" });
  const seen = new Set<string>();
  skala.pita.forEach((pita, indeks) => {
    if (pita.nama.trim() === "") errors.push({ kind: "nama-kosong", indeks });
    else if (seen.has(pita.nama)) errors.push({ kind: "nama-ganda", nama: pita.nama });
    seen.add(pita.nama);
    if (indeks > 0) {
      const prev = skala.pita[indeks - 1].batasBawah;
      const cur = pita.batasBawah;
      if (prev === null || (cur !== null && cur >= prev)) errors.push({ kind: "tidak-menurun", indeks });
    }
  });
  return errors;
}
