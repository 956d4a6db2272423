/**
 * The page's glue to the domain: the rules in force (guessed or the user's), the computed capaian
 * and summary, the plan of the new columns, and the input of "Buat lembar IKU". No React here.
 */
import type { AturanIndikator, HitunganIndikator, RingkasanKinerja } from "../../domain/baca";
import { hitungIndikator, ringkasKinerja } from "../../domain/baca/hitung";
import { indikatorKeIku } from "../../domain/baca/ke-iku";
import { rencanaKolomCapaian } from "../../domain/baca/kolom-capaian";
import { CONTOH_INDIKATOR_IKU } from "../../domain/iku/contoh";
import type { MasukanLembarIku } from "../../domain/iku/lembar-iku";
import type { SkalaPredikat } from "../../domain/kinerja/predikat";
import { teksInstansi, type Pengaturan } from "../../domain/pengaturan";
import { aturanBaris, type Bacaan, type IsiIku, type KinerjaState } from "./state";

type Konteks = Pick<KinerjaState, "aturan" | "tw">;

/** The rule of every indicator row, by sheet row. */
export function aturanSemua(bacaan: Bacaan, state: Pick<KinerjaState, "aturan">): Map<number, AturanIndikator> {
  return new Map(bacaan.hasil.indikator.map((ind) => [ind.baris, aturanBaris(state, ind.baris, ind.aturanTebakan)]));
}

export function hitungHalaman(bacaan: Bacaan, state: Konteks, skala: SkalaPredikat): { hitungan: HitunganIndikator[]; ringkasan: RingkasanKinerja } {
  const { indikator } = bacaan.hasil;
  const hitungan = indikator.map((ind) => hitungIndikator(ind, aturanBaris(state, ind.baris, ind.aturanTebakan), state.tw, skala));
  return { hitungan, ringkasan: ringkasKinerja(indikator, hitungan, state.tw, skala) };
}

export function rencanaKolom(bacaan: Bacaan, state: Konteks, skala: SkalaPredikat) {
  return rencanaKolomCapaian(bacaan.lembar, bacaan.peta, bacaan.hasil.indikator, aturanSemua(bacaan, state), state.tw, skala);
}

/** null when "data" is asked but nothing was read. */
export function masukanIku(isi: IsiIku, state: KinerjaState, p: Pengaturan): MasukanLembarIku | null {
  const dasar = { tahun: p.tahun, instansi: teksInstansi(p), skala: p.skala, kertas: p.kertas, tw: state.tw };
  switch (isi) {
    case "kosong": return { ...dasar, indikator: [] };
    case "contoh": return { ...dasar, indikator: CONTOH_INDIKATOR_IKU };
    case "data": {
      if (state.baca.kind !== "terbaca") return null;
      const { lembar, peta, hasil } = state.baca.bacaan;
      return { ...dasar, indikator: indikatorKeIku(lembar, peta, hasil.indikator, aturanSemua(state.baca.bacaan, state)) };
    }
    default: return isi satisfies never;
  }
}
