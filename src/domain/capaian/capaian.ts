/**
 * Capaian of one indicator under its explicit rule (DESIGN.md, "Capaian": PermenPANRB guidance,
 * "kondisi normal" R/T and "kondisi khusus" (1 + (1 − R/T)); ranges; target 0; optional cap).
 */
import { persen, type Persen } from "../kinerja/persen";

export type Polaritas = "positif" | "negatif" | "stabil";
export type RumusNegatif = "selisih" | "rasio";

export interface AturanCapaian {
  polaritas: Polaritas;
  /** Only for negatif; default "selisih" (2T − R)/T. Never changed silently. */
  rumusNegatif?: RumusNegatif;
  /** Optional cap in percent (100, 120); none by default (LKjIPs publish 104.96 %). */
  batas?: number;
}

export type TargetNilai = number | { bawah: number; atas: number };

export type AlasanTidakTerhitung =
  | "realisasi-kosong"
  | "target-kosong"
  | "target-nol"
  | "realisasi-nol"
  | "rentang-terbalik"
  | "bukan-bilangan";

export type HasilCapaian = { kind: "ok"; persen: Persen } | { kind: "tidak-terhitung"; alasan: AlasanTidakTerhitung };

type Mentah = number | AlasanTidakTerhitung;

/** Positif against one bound: R / T; T = 0 is not computable. */
function positif(t: number, r: number): Mentah {
  return t === 0 ? "target-nol" : (r / t) * 100;
}

/** Negatif against one bound, in the chosen variant. Target 0: 100 % when R = 0, else 0 %. */
function negatif(t: number, r: number, rumus: RumusNegatif, batas: number | undefined): Mentah {
  if (t === 0) return r === 0 ? 100 : 0;
  switch (rumus) {
    case "selisih":
      return Math.max(0, ((2 * t - r) / t) * 100);
    case "rasio":
      // R = 0 with T > 0 is infinitely good: the cap when one is set, otherwise not computable.
      if (r === 0) return batas ?? "realisasi-nol";
      return (t / r) * 100;
    default:
      return rumus satisfies never;
  }
}

function mentah(target: TargetNilai, r: number, aturan: AturanCapaian): Mentah {
  const rumus = aturan.rumusNegatif ?? "selisih";
  if (typeof target === "number") {
    switch (aturan.polaritas) {
      case "positif":
        return positif(target, r);
      case "negatif":
        return negatif(target, r, rumus, aturan.batas);
      case "stabil":
        return mentah({ bawah: target, atas: target }, r, aturan);
      default:
        return aturan.polaritas satisfies never;
    }
  }
  const { bawah, atas } = target;
  if (bawah > atas) return "rentang-terbalik";
  if (r >= bawah && r <= atas) return 100;
  const diAtas = r > atas;
  switch (aturan.polaritas) {
    case "positif":
      return positif(diAtas ? atas : bawah, r);
    case "negatif":
      return negatif(diAtas ? atas : bawah, r, rumus, aturan.batas);
    case "stabil":
      // Below the range counts like positif against L, above like negatif (selisih) against U.
      return diAtas ? negatif(atas, r, "selisih", undefined) : positif(bawah, r);
    default:
      return aturan.polaritas satisfies never;
  }
}

function hingga(target: TargetNilai): boolean {
  return typeof target === "number" ? Number.isFinite(target) : Number.isFinite(target.bawah) && Number.isFinite(target.atas);
}

/** Capaian in percent (0–100 scale); never NaN or Infinity. Empty realisasi is checked first. */
export function computeCapaian(target: TargetNilai | null, realisasi: number | null, aturan: AturanCapaian): HasilCapaian {
  if (realisasi === null) return { kind: "tidak-terhitung", alasan: "realisasi-kosong" };
  if (target === null) return { kind: "tidak-terhitung", alasan: "target-kosong" };
  if (!Number.isFinite(realisasi) || !hingga(target)) return { kind: "tidak-terhitung", alasan: "bukan-bilangan" };
  const m = mentah(target, realisasi, aturan);
  if (typeof m !== "number") return { kind: "tidak-terhitung", alasan: m };
  if (!Number.isFinite(m)) return { kind: "tidak-terhitung", alasan: "bukan-bilangan" };
  const nilai = aturan.batas === undefined ? m : Math.min(m, aturan.batas);
  return { kind: "ok", persen: persen(nilai) };
}
