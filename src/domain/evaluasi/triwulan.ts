/**
 * Quarters (triwulan) of the budget year, which in Indonesia is the calendar year (UU 17/2003
 * Pasal 4): TW I January–March, TW II April–June, TW III July–September, TW IV October–December.
 */
import type { TanggalKalender } from "./kalender";

/** Quarter number; the same values as the sheet reader's `TW`. */
export type Triwulan = 1 | 2 | 3 | 4;

export interface PeriodeTw {
  tahun: number;
  tw: Triwulan;
}

export const DAFTAR_TW: readonly Triwulan[] = [1, 2, 3, 4];

const ROMAWI = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const satisfies Record<Triwulan, string>;

/** Quarter of month 1–12; `null` for anything else. */
export function twDariBulan(bulan: number): Triwulan | null {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) return null;
  return (Math.floor((bulan - 1) / 3) + 1) as Triwulan;
}

/** The quarter a date falls in (the date is assumed checked; an impossible month gives TW I). */
export function periodeDariTanggal(t: TanggalKalender): PeriodeTw {
  return { tahun: t.tahun, tw: twDariBulan(t.bulan) ?? 1 };
}

/** First and last day of a quarter: TW I 2024 → 1 January … 31 March 2024. */
export function rentangTw(tahun: number, tw: Triwulan): { awal: TanggalKalender; akhir: TanggalKalender } {
  const bulanAwal = (tw - 1) * 3 + 1;
  // Quarter ends are fixed: 31 March, 30 June, 30 September, 31 December (no leap-year effect).
  const hariAkhir = tw === 1 || tw === 4 ? 31 : 30;
  return {
    awal: { tahun, bulan: bulanAwal, hari: 1 },
    akhir: { tahun, bulan: bulanAwal + 2, hari: hariAkhir },
  };
}

function sebelum(p: PeriodeTw): PeriodeTw {
  return p.tw === 1 ? { tahun: p.tahun - 1, tw: 4 } : { tahun: p.tahun, tw: (p.tw - 1) as Triwulan };
}

/**
 * The quarter before a quarter, or before the quarter of a date. The seeds' evaluation works on
 * "hasil pemantauan Kuartal lalu": evaluating on 15 April 2024 looks at TW I 2024; in January 2024
 * at TW IV 2023.
 */
export function twSebelumnya(dari: PeriodeTw | TanggalKalender): PeriodeTw {
  return sebelum("tw" in dari ? dari : periodeDariTanggal(dari));
}

export function twBerikutnya(p: PeriodeTw): PeriodeTw {
  return p.tw === 4 ? { tahun: p.tahun + 1, tw: 1 } : { tahun: p.tahun, tw: (p.tw + 1) as Triwulan };
}

/** Whether a date lies inside a quarter. */
export function dalamTw(t: TanggalKalender, p: PeriodeTw): boolean {
  return t.tahun === p.tahun && twDariBulan(t.bulan) === p.tw;
}

export function romawiTw(tw: Triwulan): string {
  return ROMAWI[tw];
}

/** "TW I", the column headings' form. */
export function labelTw(tw: Triwulan): string {
  return `TW ${ROMAWI[tw]}`;
}

/** "Triwulan I", the documents' form. */
export function labelTriwulan(tw: Triwulan): string {
  return `Triwulan ${ROMAWI[tw]}`;
}

/** "Triwulan I Tahun 2024", as a Berita Acara names its period. */
export function labelPeriodeTw(p: PeriodeTw): string {
  return `${labelTriwulan(p.tw)} Tahun ${p.tahun}`;
}
