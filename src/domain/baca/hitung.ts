/**
 * Capaian and predikat of the indicators read from the sheet, for one quarter, under each
 * indicator's explicit rule (DESIGN.md, "Capaian", "Quarterly aggregation", "Predikat").
 */
import { capaianTahunan, capaianTw, targetSampaiTw, type IndikatorCapaian } from "../capaian/agregasi";
import { computeCapaian } from "../capaian/capaian";
import { rumusTeks } from "../capaian/rumus-teks";
import type { Triwulan } from "../evaluasi/triwulan";
import { predikatOf, type SkalaPredikat } from "../kinerja/predikat";
import type { AturanIndikator, HitunganIndikator, IndikatorTerbaca, RingkasanKinerja } from "./terbaca";

/** Differences up to this many points are rounding in the sheet (e.g. a capaian typed with 1 decimal). */
export const TOLERANSI_SELISIH = 0.05;

export function indikatorCapaian(ind: IndikatorTerbaca, aturan: AturanIndikator): IndikatorCapaian {
  return {
    targetTahunan: ind.target,
    ...(ind.targetTw !== undefined ? { targetTw: ind.targetTw } : {}),
    realisasiTw: ind.realisasiTw,
    agregasi: aturan.agregasi,
    aturan: aturan.aturan,
  };
}

export function hitungIndikator(ind: IndikatorTerbaca, aturan: AturanIndikator, tw: Triwulan, skala: SkalaPredikat): HitunganIndikator {
  const ic = indikatorCapaian(ind, aturan);
  const hasilTw = capaianTw(ic, tw);
  // Renstra (form E.81 columns 13–15): the realisasi up to this year against the end-of-period target.
  const capaianRenstra = computeCapaian(ind.targetRenstra, ind.realisasiRenstra, aturan.aturan);
  const hitungan: HitunganIndikator = {
    baris: ind.baris,
    capaianTw: hasilTw,
    capaianTahunan: capaianTahunan(ic),
    capaianRenstra,
    predikat: hasilTw.kind === "ok" ? predikatOf(hasilTw.persen, skala) : null,
    rumus: rumusTeks(aturan.aturan, targetSampaiTw(ind.targetTw, ind.target, aturan.agregasi, tw)),
  };
  if (ind.capaianLembar !== null && hasilTw.kind === "ok" && Math.abs(ind.capaianLembar - hasilTw.persen) > TOLERANSI_SELISIH) {
    hitungan.selisihLembar = { lembar: ind.capaianLembar, evapor: hasilTw.persen };
  }
  return hitungan;
}

/** The page's summary: count per predikat in scale order (zeros included), mean capaian, indicators without data. */
export function ringkasKinerja(indikator: readonly IndikatorTerbaca[], hitungan: readonly HitunganIndikator[], tw: Triwulan, skala: SkalaPredikat): RingkasanKinerja {
  const perBaris = new Map(hitungan.map((h) => [h.baris, h]));
  const milik = indikator.map((i) => perBaris.get(i.baris)).filter((h): h is HitunganIndikator => h !== undefined);
  const nilai = milik.flatMap((h) => (h.capaianTw.kind === "ok" ? [h.capaianTw.persen as number] : []));
  return {
    tw,
    jumlah: indikator.length,
    perPredikat: skala.pita.map((p) => ({ predikat: p.nama, jumlah: milik.filter((h) => h.predikat === p.nama).length })),
    rataRata: nilai.length === 0 ? null : nilai.reduce((a, b) => a + b, 0) / nilai.length,
    tanpaData: indikator.filter((i) => i.realisasiTw.slice(0, tw).every((v) => v === null)).map((i) => ({ baris: i.baris, indikator: i.indikator })),
  };
}
