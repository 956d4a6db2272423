/**
 * Calendar arithmetic on plain values. Dates come in as `{ tahun, bulan, hari }` and are never read
 * from the clock or from local-time `Date` methods, so a Berita Acara written in WIB, WITA or WIT
 * (or in a browser set to UTC) names the same day. Proleptic Gregorian calendar throughout.
 */

/** A calendar day: `bulan` 1–12, `hari` the day of the month (1–31). */
export interface TanggalKalender {
  tahun: number;
  bulan: number;
  hari: number;
}

/** Month names as official documents write them (Pedoman Umum Ejaan Bahasa Indonesia). */
export const NAMA_BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** Day names, Sunday first so that the index matches `Date.prototype.getUTCDay`. "Jumat" per KBBI. */
export const NAMA_HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

export type NamaBulan = (typeof NAMA_BULAN)[number];
export type NamaHari = (typeof NAMA_HARI)[number];

/** Four-digit years only: the ISO form Evapor stores has four digits, and year 0 does not exist. */
export const TAHUN_KALENDER_MIN = 1;
export const TAHUN_KALENDER_MAX = 9999;

export type AlasanTanggalTidakValid =
  | "kosong"
  | "format"
  | "tahun"
  | "bulan"
  | "tanggal"
  | "hari-tidak-cocok";

export type HasilTanggal =
  | { kind: "ok"; tanggal: TanggalKalender }
  | { kind: "tidak-valid"; alasan: AlasanTanggalTidakValid };

export function kabisat(tahun: number): boolean {
  return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
}

/** Days in a month (1–12) of a year; 0 for a month that does not exist. */
export function jumlahHariBulan(tahun: number, bulan: number): number {
  switch (bulan) {
    case 2:
      return kabisat(tahun) ? 29 : 28;
    case 4: case 6: case 9: case 11:
      return 30;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12:
      return 31;
    default:
      return 0;
  }
}

/** Checks a date given as numbers (31 Februari, month 13, a fractional day … are `tidak-valid`). */
export function periksaTanggal(t: TanggalKalender): HasilTanggal {
  const { tahun, bulan, hari } = t;
  if (!Number.isInteger(tahun) || tahun < TAHUN_KALENDER_MIN || tahun > TAHUN_KALENDER_MAX) {
    return { kind: "tidak-valid", alasan: "tahun" };
  }
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) return { kind: "tidak-valid", alasan: "bulan" };
  if (!Number.isInteger(hari) || hari < 1 || hari > jumlahHariBulan(tahun, bulan)) {
    return { kind: "tidak-valid", alasan: "tanggal" };
  }
  return { kind: "ok", tanggal: { tahun, bulan, hari } };
}

/**
 * Days since 1970-01-01 (negative before), after H. Hinnant's `days_from_civil`: exact for every
 * Gregorian date without floating point or time zones.
 */
export function nomorHari(t: TanggalKalender): number {
  const y = t.tahun - (t.bulan <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (t.bulan + 9) % 12; // March = 0: the leap day falls at the end of the cycle year
  const doy = Math.floor((153 * mp + 2) / 5) + t.hari - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `nomorHari` (Hinnant's `civil_from_days`). */
export function dariNomorHari(n: number): TanggalKalender {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const hari = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const bulan = mp < 10 ? mp + 3 : mp - 9;
  return { tahun: yoe + era * 400 + (bulan <= 2 ? 1 : 0), bulan, hari };
}

/** Day of the week, 0 = Minggu … 6 = Sabtu (1970-01-01 was a Thursday). */
export function hariDalamMinggu(t: TanggalKalender): number {
  return (((nomorHari(t) + 4) % 7) + 7) % 7;
}

export function namaHari(t: TanggalKalender): NamaHari {
  return NAMA_HARI[hariDalamMinggu(t)];
}

/** Name of month 1–12; `null` for anything else. */
export function namaBulan(bulan: number): NamaBulan | null {
  return Number.isInteger(bulan) && bulan >= 1 && bulan <= 12 ? NAMA_BULAN[bulan - 1] : null;
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function bandingkanTanggal(a: TanggalKalender, b: TanggalKalender): number {
  return nomorHari(a) - nomorHari(b);
}

/** Whole days from `dari` to `sampai` (negative when `sampai` is earlier). */
export function selisihHari(dari: TanggalKalender, sampai: TanggalKalender): number {
  return nomorHari(sampai) - nomorHari(dari);
}

/** The date `hari` whole days later (earlier when negative; a fraction is dropped). */
export function tambahHari(t: TanggalKalender, hari: number): TanggalKalender {
  return dariNomorHari(nomorHari(t) + Math.trunc(hari));
}
