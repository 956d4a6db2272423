/**
 * The native formulas of one indicator row for the inserted capaian columns: they reference the
 * user's own cells, so the workbook keeps computing without the add-in (DESIGN.md, "Excel facts"),
 * and they compute what hitungIndikator computes under the row's fixed rule.
 *
 * Two things the formula cannot read from a cell are fixed from the read values: a target range
 * typed as text ("85–90": its bounds become constants; re-insert after changing it), and the
 * percent scale — a cell holding 0.85 shown as "85%" is 85 for Evapor but 0.85 for a formula.
 * Ratios do not care when all of a row's cells share the scale; range constants are scaled to it.
 * A row mixing both scales gets no formulas and says why.
 */
import { rumusExcelCapaian, rumusExcelPredikat, rumusExcelRealisasi, rumusExcelTargetSampaiTw, type RefTarget } from "../capaian/rumus-excel";
import { targetSampaiTw, type Agregasi } from "../capaian/agregasi";
import { formatId } from "../capaian/angka";
import { rumusTeks } from "../capaian/rumus-teks";
import { DAFTAR_TW, type Triwulan } from "../evaluasi/triwulan";
import type { SkalaPredikat } from "../kinerja/predikat";
import { hurufKolom } from "./alamat";
import type { AturanIndikator, BidangAngka, IndikatorTerbaca } from "./terbaca";

export type IsiKolom = string | number;

export interface BarisRumus {
  isi: IsiKolom[];
  /** Number formats of the six cells; target/realisasi follow the sheet's percent scale. */
  format: readonly string[];
}

const KOSONG = '""';

/**
 * Number formats of the six columns: the rule as text, numbers as the sheet has them, capaian with
 * two decimals. Header and skipped rows share them, so a column is usually one format (one value
 * in the write request instead of one per cell).
 */
export const FORMAT_KOLOM: readonly string[] = ["@", "General", "General", "0.00", "General", "0.00"];
const FORMAT_PERSEN: readonly string[] = ["@", "0.00%", "0.00%", "0.00", "General", "0.00"];
const AGREGASI_TEKS = { kumulatif: "jumlah triwulan", "nilai-akhir": "nilai triwulan terakhir", "rata-rata": "rata-rata triwulan" } as const satisfies Record<Agregasi, string>;

const angkaEn = (n: number): string => String(n).toUpperCase();

/** A 4-tuple of refs whose first `n` are the given ones (rumusExcel* slice to the quarter). */
function tuple(refs: readonly string[]): readonly [string, string, string, string] {
  const r = refs[0];
  return [refs[0] ?? r, refs[1] ?? r, refs[2] ?? r, refs[3] ?? r];
}

const indeksKolom = (a1: string): number => [...a1.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Adjacent quarter cells as one range ("E5:H5") for SUM and COUNT, which skip blanks and text in a
 * range exactly as in a list: a shorter request for big sheets. nilai-akhir needs each cell.
 */
function rentangBila(refs: string[], agregasi: Agregasi): string[] {
  if (agregasi === "nilai-akhir" || refs.length < 2) return refs;
  const kolom = refs.map(indeksKolom);
  return kolom.every((k, i) => i === 0 || k === kolom[i - 1] + 1) ? [`${refs[0]}:${refs[refs.length - 1]}`] : refs;
}

/** The number Evapor read for a field of the row (a range target has none). */
function nilaiInd(ind: IndikatorTerbaca, b: BidangAngka): number | null {
  if (b === "target") return typeof ind.target === "number" ? ind.target : null;
  const m = /^(target|realisasi)-tw([1-4])$/.exec(b);
  if (m === null) return null;
  return (m[1] === "target" ? ind.targetTw?.[Number(m[2]) - 1] : ind.realisasiTw[Number(m[2]) - 1]) ?? null;
}

/** 1 when the row's numbers are as typed, 100 when stored as fractions under a % format; null when mixed. */
export function skalaBaris(ind: IndikatorTerbaca, nilaiSel: (alamat: string) => unknown): 1 | 100 | null {
  const skala = new Set<number>();
  for (const [bidang, alamat] of Object.entries(ind.sel) as [BidangAngka, string][]) {
    const raw = nilaiSel(alamat);
    const v = nilaiInd(ind, bidang);
    // 0 reads the same on both scales, so it says nothing.
    if (typeof raw !== "number" || v === null || raw === 0) continue;
    skala.add(Math.abs(v - raw) <= 1e-9 * Math.max(1, Math.abs(raw)) ? 1 : 100);
  }
  if (skala.size > 1) return null;
  return skala.has(100) ? 100 : 1;
}

/**
 * Cells of the row whose number is stored as text ("82,5"): Evapor reads them, but SUM and ISNUMBER
 * in the inserted formulas skip them, so the rule text names them for whoever opens the workbook.
 */
export function selTeksAngka(ind: IndikatorTerbaca, nilaiSel: (alamat: string) => unknown): string[] {
  return (Object.entries(ind.sel) as [BidangAngka, string][])
    // Only cells Evapor read a number from; a typed target range has none (its bounds are
    // written into the formula), a placeholder "-" is empty for both.
    .filter(([bidang, alamat]) => typeof nilaiSel(alamat) === "string" && nilaiInd(ind, bidang) !== null)
    .map(([, alamat]) => alamat);
}

export interface MasukanBaris {
  ind: IndikatorTerbaca;
  aturan: AturanIndikator;
  tw: Triwulan;
  skala: SkalaPredikat;
  /** 0-based sheet column of the first inserted column. */
  kolomPertama: number;
  skalaPersen: 1 | 100 | null;
  /** Cells holding a number as text (selTeksAngka). */
  teksAngka?: readonly string[];
}

export function rumusBaris({ ind, aturan, tw, skala, kolomPertama, skalaPersen, teksAngka = [] }: MasukanBaris): BarisRumus {
  const n = ind.baris + 1;
  const sel = (b: BidangAngka) => ind.sel[b];
  const target = targetSampaiTw(ind.targetTw, ind.target, aturan.agregasi, tw);
  const catatan = teksAngka.length === 0 ? "" : `; sel ${teksAngka.join(", ")} berisi teks, bukan angka: rumus melewatinya`;
  const teks = `${rumusTeks(aturan.aturan, target)}; realisasi s.d. triwulan: ${AGREGASI_TEKS[aturan.agregasi]}${catatan}`;
  const format = skalaPersen === 100 ? FORMAT_PERSEN : FORMAT_KOLOM;
  if (skalaPersen === null) {
    return { isi: [`Tidak ditulis: sel baris ${n} bercampur antara persen sebagai pecahan (0,85) dan angka (85); samakan formatnya`, "", "", "", "", ""], format };
  }
  const ref = (offset: number) => `${hurufKolom(kolomPertama + offset)}${n}`;
  const tahunan = sel("target") ?? KOSONG;
  const konstanta = (t: { bawah: number; atas: number }): RefTarget => ({ bawah: angkaEn(t.bawah / skalaPersen), atas: angkaEn(t.atas / skalaPersen) });

  // Target s.d. TW n: a typed range stays the range; otherwise the cells, as targetSampaiTw picks them.
  let isiTarget: IsiKolom;
  let refTarget: RefTarget;
  if (target !== null && typeof target !== "number") {
    isiTarget = `'${formatId(target.bawah)}–${formatId(target.atas)}`;
    refTarget = konstanta(target);
  } else {
    isiTarget = rumusTarget(ind, aturan.agregasi, tw, tahunan);
    refTarget = ref(1);
  }
  const twAda = (sampai: Triwulan) => DAFTAR_TW.filter((k) => k <= sampai).flatMap((k) => sel(`realisasi-tw${k}`) ?? []);
  const realisasi = (sampai: Triwulan): string | null => {
    const refs = rentangBila(twAda(sampai), aturan.agregasi);
    return refs.length === 0 ? null : rumusExcelRealisasi(tuple(refs), aturan.agregasi, refs.length as Triwulan);
  };
  const realisasiTw = realisasi(tw);
  const capaianTw = realisasiTw === null ? "" : rumusExcelCapaian(aturan.aturan, refTarget, ref(2));
  const realisasiTahun = realisasi(4);
  let capaianTahun = "";
  if (realisasiTahun !== null && sel("target") !== undefined) {
    // An empty target cell keeps its reference: the formula computes once the user fills it.
    const t = ind.target === null || typeof ind.target === "number" ? tahunan : konstanta(ind.target);
    capaianTahun = rumusExcelCapaian(aturan.aturan, t, realisasiTahun.slice(1));
  }
  return { isi: [teks, isiTarget, realisasiTw ?? "", capaianTw, capaianTw === "" ? "" : rumusExcelPredikat(skala, ref(3)), capaianTahun], format };
}

/** Target s.d. TW n from the cells: TW targets where the sheet has them, else the year's target. */
function rumusTarget(ind: IndikatorTerbaca, agregasi: Agregasi, tw: Triwulan, tahunan: string): string {
  const cadangan = `=IF(ISNUMBER(${tahunan}),${tahunan},${KOSONG})`;
  switch (agregasi) {
    case "kumulatif": {
      const refs = DAFTAR_TW.filter((k) => k <= tw).map((k) => ind.sel[`target-tw${k}`]);
      if (refs.some((r) => r === undefined)) return cadangan;
      return rumusExcelTargetSampaiTw(tuple(refs as string[]), tahunan, agregasi, tw);
    }
    case "nilai-akhir":
    case "rata-rata": {
      const c = ind.sel[`target-tw${tw}`];
      return c === undefined ? cadangan : rumusExcelTargetSampaiTw(tuple([c, c, c, c]), tahunan, agregasi, tw);
    }
    default:
      return agregasi satisfies never;
  }
}
