/**
 * The formulas of the IKU sheet's computed columns, generic over the row's rule cells: they branch on
 * the words in Polaritas and Agregasi (TEKS_POLARITAS, TEKS_AGREGASI), so a rule changed in Excel
 * without the add-in still computes the right capaian (DESIGN.md, "Capaian": never a silent change).
 * Built from the per-rule formulas of ../capaian/rumus-excel.ts, which are checked against the domain;
 * only IF, AND, ISNUMBER, COUNT, SUM, MAX, MIN, TRIM (Excel 2016 and LibreOffice alike).
 *
 * Range targets: a number in "Target Tahunan s.d." makes the target [Target Tahunan, that number] for
 * every comparison of the row; TW targets are then not used (ranges are for rates and indices).
 */
import { rumusExcelCapaian, rumusExcelPredikat, rumusExcelRealisasi, rumusExcelTargetSampaiTw } from "../capaian/rumus-excel";
import type { AturanCapaian } from "../capaian/capaian";
import type { Agregasi } from "../capaian/agregasi";
import type { Triwulan } from "../evaluasi/triwulan";
import type { SkalaPredikat } from "../kinerja/predikat";
import { aturanDariTeks, hurufKolomIku, TEKS_POLARITAS, teksAgregasi, type KunciKolomIku } from "./tata-letak";

type Empat = readonly [string, string, string, string];

/** Cell references of one data row of the IKU sheet. */
export interface RefBarisIku {
  polaritas: string;
  agregasi: string;
  target: string;
  targetAtas: string;
  targetTw: Empat;
  realisasiTw: Empat;
  targetRenstra: string;
  realisasiRenstraLalu: string;
  targetSdTw: string;
  realisasiSdTw: string;
  capaianSdTw: string;
  predikat: string;
  realisasiTahunan: string;
  capaianTahunan: string;
  realisasiRenstra: string;
  capaianRenstra: string;
}

/** 'IKU 2026'! — quotes doubled as Excel requires. */
export function awalanLembar(lembar: string): string {
  return `'${lembar.replace(/'/g, "''")}'!`;
}

/** The references of Excel row `baris` (1-based), prefixed with the sheet when `lembar` is given. */
export function refBarisIku(baris: number, lembar?: string): RefBarisIku {
  const p = lembar === undefined ? "" : awalanLembar(lembar);
  const r = (k: KunciKolomIku): string => `${p}${hurufKolomIku(k)}${baris}`;
  return {
    polaritas: r("polaritas"),
    agregasi: r("agregasi"),
    target: r("target"),
    targetAtas: r("target-atas"),
    targetTw: [r("target-tw1"), r("target-tw2"), r("target-tw3"), r("target-tw4")],
    realisasiTw: [r("realisasi-tw1"), r("realisasi-tw2"), r("realisasi-tw3"), r("realisasi-tw4")],
    targetRenstra: r("target-renstra"),
    realisasiRenstraLalu: r("realisasi-renstra-lalu"),
    targetSdTw: r("target-sd-tw"),
    realisasiSdTw: r("realisasi-sd-tw"),
    capaianSdTw: r("capaian-sd-tw"),
    predikat: r("predikat"),
    realisasiTahunan: r("realisasi-tahunan"),
    capaianTahunan: r("capaian-tahunan"),
    realisasiRenstra: r("realisasi-renstra"),
    capaianRenstra: r("capaian-renstra"),
  };
}

const tanpaSama = (f: string): string => (f.startsWith("=") ? f.slice(1) : f);
const teks = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const TW: readonly Triwulan[] = [1, 2, 3, 4];
const AGREGASI: readonly Agregasi[] = ["kumulatif", "nilai-akhir", "rata-rata"];

/** IF(word=…, f(…), IF(…, "")) over the words of a rule cell. */
function cabang<T>(sel: string, pilihan: readonly T[], kata: (p: T) => string, rumus: (p: T) => string): string {
  return pilihan.reduceRight((lain, p) => `IF(TRIM(${sel})=${teks(kata(p))},${rumus(p)},${lain})`, '""');
}

/** For a TW that is a literal or a cell holding 1–4. */
function perTw(tw: Triwulan | string, rumus: (n: Triwulan) => string): string {
  if (typeof tw === "number") return rumus(tw);
  return TW.reduceRight((lain, n) => `IF(${tw}=${n},${rumus(n)},${lain})`, '""');
}

/** "=…" target s.d. TW n (sum of TW targets for kumulatif, else the TW's own; the year's target otherwise). */
export function rumusIkuTargetSdTw(ref: RefBarisIku, tw: Triwulan | string): string {
  return `=${perTw(tw, (n) => cabang(ref.agregasi, AGREGASI, teksAgregasi, (a) => tanpaSama(rumusExcelTargetSampaiTw(ref.targetTw, ref.target, a, n))))}`;
}

/** "=…" realisasi s.d. TW n under the row's Agregasi; "" when no quarter up to n is reported. */
export function rumusIkuRealisasiSdTw(ref: RefBarisIku, tw: Triwulan | string): string {
  return `=${perTw(tw, (n) => cabang(ref.agregasi, AGREGASI, teksAgregasi, (a) => tanpaSama(rumusExcelRealisasi(ref.realisasiTw, a, n))))}`;
}

/** "=…" realisasi of the whole year: the aggregate of the four quarters. */
export function rumusIkuRealisasiTahunan(ref: RefBarisIku): string {
  return rumusIkuRealisasiSdTw(ref, 4);
}

/**
 * "=…" realisasi over the Renstra years so far: last years' figure with this year's, aggregated as
 * the row says (summed for kumulatif, the latest for nilai akhir, the mean for rata-rata).
 */
export function rumusIkuRealisasiRenstra(ref: RefBarisIku, realisasiTahunan: string): string {
  const dua: Empat = [ref.realisasiRenstraLalu, realisasiTahunan, realisasiTahunan, realisasiTahunan];
  return `=${cabang(ref.agregasi, AGREGASI, teksAgregasi, (a) => tanpaSama(rumusExcelRealisasi(dua, a, 2)))}`;
}

function capaianUmum(ref: RefBarisIku, target: string, realisasi: string, rentang: boolean, batas: number | undefined): string {
  const varian = (kata: string): string => {
    const dasar = aturanDariTeks(kata) as AturanCapaian;
    const aturan: AturanCapaian = batas === undefined ? dasar : { ...dasar, batas };
    const skalar = tanpaSama(rumusExcelCapaian(aturan, target, realisasi));
    if (!rentang) return skalar;
    const r = tanpaSama(rumusExcelCapaian(aturan, { bawah: ref.target, atas: ref.targetAtas }, realisasi));
    return `IF(ISNUMBER(${ref.targetAtas}),${r},${skalar})`;
  };
  return `=${cabang(ref.polaritas, TEKS_POLARITAS, (k) => k, varian)}`;
}

/**
 * "=…" capaian (0–100 scale) of `realisasi` against `target` under the row's Polaritas; against the
 * range [Target Tahunan, Target Tahunan s.d.] when the latter holds a number; "" when not computable
 * or when Polaritas holds no known word. `batas`: the workbook's cap, if any.
 */
export function rumusIkuCapaian(ref: RefBarisIku, target: string, realisasi: string, batas?: number): string {
  return capaianUmum(ref, target, realisasi, true, batas);
}

/** "=…" capaian Renstra: the Renstra realisasi against the Renstra end target (no range). */
export function rumusIkuCapaianRenstra(ref: RefBarisIku, realisasiRenstra: string, batas?: number): string {
  return capaianUmum(ref, ref.targetRenstra, realisasiRenstra, false, batas);
}

/** "=…" predikat of a capaian cell on the workbook's scale. */
export function rumusIkuPredikat(skala: SkalaPredikat, capaian: string): string {
  return rumusExcelPredikat(skala, capaian);
}
