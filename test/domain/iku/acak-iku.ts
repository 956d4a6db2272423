/** Generated IKU indicators and the domain's expected values of their computed columns. */
import {
  aggregateRealisasi, agregasikan, capaianRenstra, capaianTahunan, capaianTw, targetSampaiTw,
  type Agregasi, type AturanCapaian, type HasilCapaian, type NilaiTw, type TargetNilai,
} from "../../../src/domain/capaian";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import { predikatOf, type SkalaPredikat } from "../../../src/domain/kinerja/predikat";
import type { IndikatorIku, KunciKolomIku } from "../../../src/domain/iku/tata-letak";

import { prng as mulberry32 } from "../../support/prng";

export const ATURAN: readonly AturanCapaian[] = [
  { polaritas: "positif" },
  { polaritas: "negatif", rumusNegatif: "selisih" },
  { polaritas: "negatif", rumusNegatif: "rasio" },
  { polaritas: "stabil" },
];
export const AGREGASI: readonly Agregasi[] = ["kumulatif", "nilai-akhir", "rata-rata"];

/** ~200 indicators over every rule and aggregation, with ranges, target 0 and empty quarters. */
export function indikatorAcak(n: number, seed = 7): IndikatorIku[] {
  const acak = mulberry32(seed);
  const pilih = <T>(xs: readonly T[]): T => xs[Math.floor(acak() * xs.length)];
  const angka = (): number | null => (acak() < 0.2 ? null : acak() < 0.1 ? 0 : Math.round(acak() * 2000) / 10);
  const empat = (): NilaiTw => [angka(), angka(), angka(), angka()];
  return Array.from({ length: n }, (_, i) => {
    const jenis = i % 5;
    const bawah = Math.round(acak() * 900) / 10;
    const target: TargetNilai | null =
      jenis === 0 ? { bawah, atas: bawah + Math.round(acak() * 100) / 10 } : jenis === 1 ? 0 : acak() < 0.05 ? null : Math.round(acak() * 1000) / 10 + 1;
    return {
      sasaran: `Sasaran ${i % 7}`,
      indikator: `Indikator ${i + 1}`,
      satuan: "%",
      aturan: ATURAN[i % ATURAN.length],
      agregasi: AGREGASI[Math.floor(i / 4) % AGREGASI.length],
      target,
      // Range targets do not use TW targets (rumus.ts).
      targetTw: jenis === 0 ? [null, null, null, null] : empat(),
      realisasiTw: empat(),
      targetRenstra: acak() < 0.1 ? null : pilih([0, 50, 100, 250.5]),
      realisasiRenstraLalu: angka(),
      penanggungJawab: "",
      sumberData: "",
    };
  });
}

const nilai = (h: HasilCapaian): number | "" => (h.kind === "ok" ? h.persen : "");
const skalar = (t: TargetNilai | null): number | "" => (t === null ? "" : typeof t === "number" ? t : t.bawah);

/** The expected value of every computed column of one row ("" for an empty cell). */
export function harapan(ind: IndikatorIku, tw: Triwulan, skala: SkalaPredikat): Partial<Record<KunciKolomIku, number | string>> {
  const rentang = ind.target !== null && typeof ind.target !== "number";
  const dasar = { targetTahunan: ind.target, realisasiTw: ind.realisasiTw, agregasi: ind.agregasi, aturan: ind.aturan };
  const c = capaianTw({ ...dasar, targetTw: ind.targetTw }, tw);
  const tahunan = aggregateRealisasi(ind.realisasiTw, ind.agregasi, 4);
  const renstra = capaianRenstra([ind.realisasiRenstraLalu, tahunan], ind.targetRenstra, ind.agregasi, ind.aturan);
  return {
    "target-sd-tw": rentang ? skalar(ind.target) : skalar(targetSampaiTw(ind.targetTw, ind.target, ind.agregasi, tw)),
    "realisasi-sd-tw": aggregateRealisasi(ind.realisasiTw, ind.agregasi, tw) ?? "",
    "capaian-sd-tw": nilai(c),
    predikat: c.kind === "ok" ? predikatOf(c.persen, skala) : "",
    "realisasi-tahunan": tahunan ?? "",
    "capaian-tahunan": nilai(capaianTahunan(dasar)),
    "realisasi-renstra": agregasikan([ind.realisasiRenstraLalu, tahunan], ind.agregasi) ?? "",
    "capaian-renstra": nilai(renstra),
  };
}
