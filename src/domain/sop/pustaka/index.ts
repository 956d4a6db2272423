/**
 * The SOP library Evapor ships: the seven procedures of the five seed documents, transcribed
 * as written (typos included) into the SOP AP model (Permenpan RB 35/2012).
 */
import { DINAS_EVALUASI_KINERJA_INTERNAL } from "./dinas-evaluasi-kinerja-internal";
import { JANAPRIA_EVALUASI_KINERJA_KECAMATAN } from "./janapria-evaluasi-kinerja-kecamatan";
import { KALIPARE_EVALUASI_DATA_KINERJA } from "./kalipare-evaluasi-data-kinerja";
import { KALIPARE_PENGUMPULAN_ADMINDUK } from "./kalipare-pengumpulan-adminduk";
import { KALIPARE_PENGUMPULAN_MUSRENBANGCAM } from "./kalipare-pengumpulan-musrenbangcam";
import { KALIPARE_PENGUMPULAN_SISKAMLING } from "./kalipare-pengumpulan-siskamling";
import { PURWOKERTO_UTARA_EVALUASI_KINERJA } from "./purwokerto-utara-evaluasi-kinerja";
import type { Sop } from "../model";
import type { EntriPustaka } from "./susun";

export type { EntriPustaka } from "./susun";

export const PUSTAKA_SOP: readonly EntriPustaka[] = [
  KALIPARE_EVALUASI_DATA_KINERJA,
  KALIPARE_PENGUMPULAN_MUSRENBANGCAM,
  KALIPARE_PENGUMPULAN_ADMINDUK,
  KALIPARE_PENGUMPULAN_SISKAMLING,
  PURWOKERTO_UTARA_EVALUASI_KINERJA,
  JANAPRIA_EVALUASI_KINERJA_KECAMATAN,
  DINAS_EVALUASI_KINERJA_INTERNAL,
];

/** A library entry by id; `null` when there is none. */
export function sopPustaka(id: string): EntriPustaka | null {
  return PUSTAKA_SOP.find((e) => e.id === id) ?? null;
}

/** A fresh copy of a library SOP for editing (the library's own objects stay untouched). */
export function salinSopPustaka(id: string): Sop | null {
  const e = sopPustaka(id);
  return e ? structuredClone(e.sop) : null;
}
