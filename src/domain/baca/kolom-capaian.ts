/**
 * "Tulis kolom capaian": the plan of the columns Evapor adds right of the sheet's used range, with
 * native formulas over the user's own cells (DESIGN.md, "Excel facts": the workbook goes to the
 * Sekcam, who may not have the add-in). Evapor never overwrites: the block must be empty.
 */
import type { Triwulan } from "../evaluasi/triwulan";
import { labelTw } from "../evaluasi/triwulan";
import type { SkalaPredikat } from "../kinerja/predikat";
import { hurufKolom } from "./alamat";
import type { LembarMentah, PetaLembar } from "./model";
import { FORMAT_KOLOM, rumusBaris, selTeksAngka, skalaBaris, type IsiKolom } from "./rumus-baris";
import type { AturanIndikator, IndikatorTerbaca } from "./terbaca";

export type RencanaKolomCapaian =
  | { kind: "ok"; alamat: string; formulas: IsiKolom[][]; numberFormat: string[][]; kolomPertama: number; judul: string[] }
  | { kind: "terisi"; alamat: string[] }
  | { kind: "tanpa-indikator" };

/** The headings of the inserted columns for a quarter (also how a later read recognises them). */
export const JUDUL_ATURAN = "Aturan capaian";

export function judulKolomCapaian(tw: Triwulan): string[] {
  const l = labelTw(tw);
  return [JUDUL_ATURAN, `Target s.d. ${l}`, `Realisasi s.d. ${l}`, `Capaian ${l} (%)`, `Predikat ${l}`, "Capaian Tahunan (%)"];
}

/** True for a heading Evapor wrote itself: a later read must not take it for the user's data. */
export function judulEvapor(judul: string): boolean {
  return ([1, 2, 3, 4] as const).some((tw) => judulKolomCapaian(tw).includes(judul));
}

const alamat = (baris: number, kolom: number) => `${hurufKolom(kolom)}${baris + 1}`;

export function rencanaKolomCapaian(
  lembar: LembarMentah,
  peta: PetaLembar,
  indikator: readonly IndikatorTerbaca[],
  aturan: ReadonlyMap<number, AturanIndikator>,
  tw: Triwulan,
  skala: SkalaPredikat,
): RencanaKolomCapaian {
  if (indikator.length === 0) return { kind: "tanpa-indikator" };
  const judul = judulKolomCapaian(tw);
  const lebar = Math.max(0, ...lembar.values.map((r) => r.length));
  const kolomPertama = lembar.kolom0 + lebar;
  // The headings go in the header's last row; a map without header rows puts them above the first indicator.
  const barisJudul = peta.barisHeader.length > 0 ? Math.max(...peta.barisHeader) : Math.max(0, Math.min(...indikator.map((i) => i.baris)) - 1);
  const barisAkhir = Math.max(lembar.baris0 + lembar.values.length - 1, ...indikator.map((i) => i.baris));
  const terisi: string[] = [];
  for (let b = barisJudul; b <= barisAkhir; b++) {
    for (let k = kolomPertama; k < kolomPertama + judul.length; k++) {
      const v = lembar.values[b - lembar.baris0]?.[k - lembar.kolom0];
      if (v !== undefined && v !== null && v !== "") terisi.push(alamat(b, k));
    }
  }
  if (terisi.length > 0) return { kind: "terisi", alamat: terisi };
  const nilaiSel = (a1: string): unknown => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (m === null) return undefined;
    const k = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return lembar.values[Number(m[2]) - 1 - lembar.baris0]?.[k - lembar.kolom0];
  };
  const perBaris = new Map(indikator.map((i) => [i.baris, i]));
  const kosong = (): string[] => judul.map(() => "");
  const formulas: IsiKolom[][] = [];
  const numberFormat: string[][] = [];
  for (let b = barisJudul; b <= barisAkhir; b++) {
    const ind = perBaris.get(b);
    if (b === barisJudul) {
      formulas.push([...judul]);
      numberFormat.push([...FORMAT_KOLOM]);
    } else if (ind === undefined) {
      formulas.push(kosong());
      numberFormat.push([...FORMAT_KOLOM]);
    } else {
      const r = rumusBaris({ ind, aturan: aturan.get(b) ?? ind.aturanTebakan, tw, skala, kolomPertama, skalaPersen: skalaBaris(ind, nilaiSel), teksAngka: selTeksAngka(ind, nilaiSel) });
      formulas.push(r.isi);
      numberFormat.push([...r.format]);
    }
  }
  const blok = `${alamat(barisJudul, kolomPertama)}:${alamat(barisAkhir, kolomPertama + judul.length - 1)}`;
  return { kind: "ok", alamat: blok, formulas, numberFormat, kolomPertama, judul };
}
