/**
 * The opening of a Berita Acara spells its date in words so that it cannot be altered afterwards
 * (DESIGN.md, Evaluation and review): "Pada hari ini Senin tanggal dua puluh dua bulan Januari
 * tahun dua ribu dua puluh empat".
 */
import { namaHari, NAMA_BULAN, periksaTanggal, type AlasanTanggalTidakValid, type NamaBulan, type NamaHari, type TanggalKalender } from "./kalender";
import { parseTanggal } from "./tanggal";
import { terbilang } from "./terbilang";

export interface TanggalTerbilang {
  /** "Senin" */
  hari: NamaHari;
  /** The day of the month in words: "dua puluh dua". */
  tanggal: string;
  /** "Januari" */
  bulan: NamaBulan;
  /** The year in words: "dua ribu dua puluh empat". */
  tahun: string;
  /** The whole sentence, without a closing comma or period (the caller continues it). */
  kalimat: string;
}

export type HasilTanggalTerbilang =
  | ({ kind: "ok" } & TanggalTerbilang)
  | { kind: "tidak-valid"; alasan: AlasanTanggalTidakValid };

/** Words for a number already checked to be a small whole number (a day or a year). */
function kata(n: number): string {
  const hasil = terbilang(n);
  switch (hasil.kind) {
    case "ok":
      return hasil.teks;
    case "bukan-bilangan-bulat":
    case "di-luar-jangkauan":
      // Unreachable after periksaTanggal; keep the digits rather than lose the value.
      return String(n);
    default:
      return hasil satisfies never;
  }
}

/**
 * Takes `{ tahun, bulan, hari }` or a date text (ISO "2024-01-22", "22 Januari 2024",
 * "22/01/2024" — see `parseTanggal`). The day of the week is computed, never read from the clock.
 */
export function tanggalTerbilang(masukan: TanggalKalender | string): HasilTanggalTerbilang {
  const hasil = typeof masukan === "string" ? parseTanggal(masukan) : periksaTanggal(masukan);
  if (hasil.kind === "tidak-valid") return hasil;
  const t = hasil.tanggal;
  const hari = namaHari(t);
  const tanggal = kata(t.hari);
  const bulan = NAMA_BULAN[t.bulan - 1];
  const tahun = kata(t.tahun);
  return {
    kind: "ok",
    hari,
    tanggal,
    bulan,
    tahun,
    kalimat: `Pada hari ini ${hari} tanggal ${tanggal} bulan ${bulan} tahun ${tahun}`,
  };
}
