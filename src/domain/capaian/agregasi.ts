/**
 * Quarterly aggregation per indicator (DESIGN.md, "Quarterly aggregation"; Permendagri 86/2017
 * form E.81 columns 13–15 for Renstra). Unreported quarters are null, never 0.
 */
import { computeCapaian, type AturanCapaian, type HasilCapaian, type TargetNilai } from "./capaian";

export type Agregasi = "kumulatif" | "nilai-akhir" | "rata-rata";
import type { Triwulan } from "../evaluasi/triwulan";
export type NilaiTw = readonly [number | null, number | null, number | null, number | null];

/** Aggregates any series of periods; null when none is reported. */
export function agregasikan(values: readonly (number | null)[], agregasi: Agregasi): number | null {
  const ada = values.filter((v): v is number => v !== null);
  if (ada.length === 0) return null;
  switch (agregasi) {
    case "kumulatif":
      return ada.reduce((a, b) => a + b, 0);
    case "nilai-akhir":
      return ada[ada.length - 1];
    case "rata-rata":
      return ada.reduce((a, b) => a + b, 0) / ada.length;
    default:
      return agregasi satisfies never;
  }
}

/** Realisasi s.d. TW n; null when no quarter up to n is reported. */
export function aggregateRealisasi(values: NilaiTw, agregasi: Agregasi, sampaiTw: Triwulan): number | null {
  return agregasikan(values.slice(0, sampaiTw), agregasi);
}

/**
 * Target s.d. TW n. kumulatif: the sum of TW targets 1..n when all are given, otherwise the year's
 * target. nilai-akhir / rata-rata: TW n's own target when given, otherwise the year's target.
 */
export function targetSampaiTw(
  targetTw: NilaiTw | undefined,
  targetTahunan: TargetNilai | null,
  agregasi: Agregasi,
  sampaiTw: Triwulan,
): TargetNilai | null {
  if (targetTw === undefined) return targetTahunan;
  switch (agregasi) {
    case "kumulatif": {
      const sampai = targetTw.slice(0, sampaiTw);
      return sampai.every((t) => t !== null) ? sampai.reduce<number>((a, b) => a + (b ?? 0), 0) : targetTahunan;
    }
    case "nilai-akhir":
    case "rata-rata":
      return targetTw[sampaiTw - 1] ?? targetTahunan;
    default:
      return agregasi satisfies never;
  }
}

export interface IndikatorCapaian {
  targetTahunan: TargetNilai | null;
  targetTw?: NilaiTw;
  realisasiTw: NilaiTw;
  agregasi: Agregasi;
  aturan: AturanCapaian;
}

/** Capaian s.d. TW n: aggregate realisasi against the target s.d. TW n. */
export function capaianTw(ind: IndikatorCapaian, sampaiTw: Triwulan): HasilCapaian {
  const target = targetSampaiTw(ind.targetTw, ind.targetTahunan, ind.agregasi, sampaiTw);
  return computeCapaian(target, aggregateRealisasi(ind.realisasiTw, ind.agregasi, sampaiTw), ind.aturan);
}

/** Capaian tahunan: the aggregate of all four quarters against the year's target. */
export function capaianTahunan(ind: IndikatorCapaian): HasilCapaian {
  return computeCapaian(ind.targetTahunan, aggregateRealisasi(ind.realisasiTw, ind.agregasi, 4), ind.aturan);
}

/**
 * Capaian Renstra: the realisasi over the Renstra years so far (summed for kumulatif, latest for
 * nilai-akhir, mean for rata-rata) against the Renstra end target (E.81 columns 13–15).
 */
export function capaianRenstra(
  realisasiTahunan: readonly (number | null)[],
  targetRenstra: TargetNilai | null,
  agregasi: Agregasi,
  aturan: AturanCapaian,
): HasilCapaian {
  return computeCapaian(targetRenstra, agregasikan(realisasiTahunan, agregasi), aturan);
}
