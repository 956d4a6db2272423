/** Checks a follow-up as a user typed it in the task pane, before it goes into the workbook. */
import { TAHUN_MAX, TAHUN_MIN } from "../pengaturan/model";
import { bandingkanTanggal, type AlasanTanggalTidakValid, type TanggalKalender } from "./kalender";
import { parseTanggal } from "./tanggal";
import { tindakLanjutBaru, type TindakLanjut } from "./tindak-lanjut";

export interface MasukanTindakLanjut {
  rekomendasi: string;
  /** May stay empty: a recommendation can be about the office's data work, not one indicator. */
  indikator: string;
  penanggungJawab: string;
  /** Typed dates: "31/03/2024", "31 Maret 2024", "2024-03-31" (see `parseTanggal`). */
  batasWaktu: string;
  tanggalDiserahkan: string;
}

type BidangTeks = "rekomendasi" | "indikator" | "penanggungJawab";
type BidangTanggal = "batasWaktu" | "tanggalDiserahkan";
/** The fields of the follow-up form, as `field` of a problem. */
export type BidangTindakLanjut = keyof MasukanTindakLanjut;

export type MasalahTindakLanjut =
  | { field: Exclude<BidangTeks, "indikator"> | BidangTanggal; kind: "wajib-diisi" }
  | { field: BidangTeks; kind: "terlalu-panjang"; maks: number }
  | { field: BidangTanggal; kind: "tanggal-tidak-valid"; alasan: AlasanTanggalTidakValid }
  | { field: BidangTanggal; kind: "tahun-di-luar-rentang"; min: number; max: number }
  | { field: "batasWaktu"; kind: "sebelum-diserahkan" };

export type HasilMasukanTindakLanjut =
  | { kind: "ok"; tindakLanjut: TindakLanjut }
  | { kind: "tidak-valid"; masalah: MasalahTindakLanjut[] };

/** An Excel cell holds at most 32 767 characters; longer text would be cut when written. */
export const MAKS_PANJANG_TEKS = 32767;

/**
 * Every problem, in the order of the form; or the new follow-up (status Diserahkan ke Kasi on
 * `tanggalDiserahkan`) with its texts trimmed. Years must lie in the workbook years
 * (TAHUN_MIN–TAHUN_MAX) so that "31/03/0224" is caught as a typo.
 */
export function bacaMasukanTindakLanjut(id: string, m: MasukanTindakLanjut): HasilMasukanTindakLanjut {
  const masalah: MasalahTindakLanjut[] = [];
  const teks = (field: BidangTeks, nilai: string): string => {
    const s = nilai.trim();
    if (s === "" && field !== "indikator") masalah.push({ field, kind: "wajib-diisi" });
    if (s.length > MAKS_PANJANG_TEKS) masalah.push({ field, kind: "terlalu-panjang", maks: MAKS_PANJANG_TEKS });
    return s;
  };
  const tanggal = (field: BidangTanggal, nilai: string): TanggalKalender | null => {
    const hasil = parseTanggal(nilai);
    if (hasil.kind === "tidak-valid") {
      masalah.push(hasil.alasan === "kosong" ? { field, kind: "wajib-diisi" } : { field, kind: "tanggal-tidak-valid", alasan: hasil.alasan });
      return null;
    }
    if (hasil.tanggal.tahun < TAHUN_MIN || hasil.tanggal.tahun > TAHUN_MAX) {
      masalah.push({ field, kind: "tahun-di-luar-rentang", min: TAHUN_MIN, max: TAHUN_MAX });
      return null;
    }
    return hasil.tanggal;
  };

  const rekomendasi = teks("rekomendasi", m.rekomendasi);
  const indikator = teks("indikator", m.indikator);
  const penanggungJawab = teks("penanggungJawab", m.penanggungJawab);
  const batasWaktu = tanggal("batasWaktu", m.batasWaktu);
  const diserahkan = tanggal("tanggalDiserahkan", m.tanggalDiserahkan);
  if (batasWaktu && diserahkan && bandingkanTanggal(batasWaktu, diserahkan) < 0) {
    masalah.push({ field: "batasWaktu", kind: "sebelum-diserahkan" });
  }
  if (masalah.length > 0 || !batasWaktu || !diserahkan) return { kind: "tidak-valid", masalah };
  return {
    kind: "ok",
    tindakLanjut: tindakLanjutBaru({ id, rekomendasi, indikator, penanggungJawab, batasWaktu }, diserahkan),
  };
}
