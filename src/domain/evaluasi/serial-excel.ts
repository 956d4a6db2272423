/**
 * Excel stores a date cell as a serial number; reading a deadline back from a sheet gives 45313,
 * not "22 Januari 2024". 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 29 February
 * 1900 that never existed (kept by Excel for Lotus 1-2-3 compatibility), so from serial 61 on the
 * count starts at 1899-12-30. The 1904 system (old Mac workbooks, `Workbook.use1904DateSystem`)
 * counts from 1904-01-01 = 0.
 */
import { dariNomorHari, nomorHari, type HasilTanggal, type TanggalKalender } from "./kalender";

const DASAR_1900 = nomorHari({ tahun: 1899, bulan: 12, hari: 30 });
const DASAR_1904 = nomorHari({ tahun: 1904, bulan: 1, hari: 1 });
/** 31 December 9999, the last day Excel shows. */
const SERIAL_MAX_1900 = 2958465;

/** The day of a serial; a time of day (the fraction) is dropped. */
export function tanggalDariSerial(serial: number, sistem1904 = false): HasilTanggal {
  if (!Number.isFinite(serial)) return { kind: "tidak-valid", alasan: "format" };
  const n = Math.floor(serial);
  if (sistem1904) {
    if (n < 0 || n > SERIAL_MAX_1900 - 1462) return { kind: "tidak-valid", alasan: "tahun" };
    return { kind: "ok", tanggal: dariNomorHari(DASAR_1904 + n) };
  }
  if (n < 1 || n > SERIAL_MAX_1900) return { kind: "tidak-valid", alasan: "tahun" };
  if (n === 60) return { kind: "tidak-valid", alasan: "tanggal" };
  return { kind: "ok", tanggal: dariNomorHari(DASAR_1900 + (n < 60 ? n + 1 : n)) };
}

/** The serial to write into a date cell; `null` before the first day of the date system. */
export function serialDariTanggal(t: TanggalKalender, sistem1904 = false): number | null {
  const hari = nomorHari(t);
  if (sistem1904) return hari >= DASAR_1904 ? hari - DASAR_1904 : null;
  const n = hari - DASAR_1900;
  if (n >= 61) return n;
  // 1 January – 28 February 1900 sit one below the count because of the fictitious 29 February.
  return n - 1 >= 1 ? n - 1 : null;
}
