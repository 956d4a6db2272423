/**
 * Follow-ups (tindak lanjut) of an evaluation and their path through the office, as the seeds
 * describe it (Kalipare "Evaluasi Data Kinerja", steps 2–7): the follow-up goes to the Kasi
 * concerned → the Kasi makes the changes and returns them to Sub. Evapor → the Sekcam checks them →
 * the Camat takes note → Sub. Evapor archives.
 *
 * Decision: only these four forward steps are allowed, one at a time, and nothing moves back. The
 * seeds give no return path, and a status that could go back would make the dated trail read
 * differently from the flow signed off in the SOP. When the Sekcam does not accept the changes, the
 * remaining work is a new follow-up (with its own deadline), not a step back of this one.
 */
import { bandingkanTanggal, periksaTanggal, selisihHari, type TanggalKalender } from "./kalender";

export type StatusTindakLanjut =
  | "diserahkan-ke-kasi"
  | "diperbaiki"
  | "diperiksa-sekcam"
  | "diketahui-camat"
  | "diarsipkan";

/** The statuses in the order of the flow. */
export const URUTAN_STATUS: readonly StatusTindakLanjut[] = [
  "diserahkan-ke-kasi",
  "diperbaiki",
  "diperiksa-sekcam",
  "diketahui-camat",
  "diarsipkan",
];

/** How the status is written in the workbook's tindak-lanjut list (a document, so Indonesian). */
export const LABEL_STATUS: Readonly<Record<StatusTindakLanjut, string>> = {
  "diserahkan-ke-kasi": "Diserahkan ke Kasi",
  diperbaiki: "Diperbaiki",
  "diperiksa-sekcam": "Diperiksa Sekcam",
  "diketahui-camat": "Diketahui Camat",
  diarsipkan: "Diarsipkan",
};

export interface RiwayatStatus {
  status: StatusTindakLanjut;
  tanggal: TanggalKalender;
}

export interface TindakLanjut {
  id: string;
  rekomendasi: string;
  /** The indicator the recommendation is about; "" for a general one (e.g. on data collection). */
  indikator: string;
  /** The Kasi responsible, as written ("Kasi Pem"). */
  penanggungJawab: string;
  batasWaktu: TanggalKalender;
  status: StatusTindakLanjut;
  /** Every status reached with its date, oldest first; the last entry is `status`. */
  riwayat: readonly RiwayatStatus[];
}

export type HasilLanjutkan =
  | { kind: "ok"; tindakLanjut: TindakLanjut }
  | { kind: "transisi-ditolak"; dari: StatusTindakLanjut; ke: StatusTindakLanjut }
  | { kind: "tanggal-mundur"; tanggalSebelumnya: TanggalKalender; tanggal: TanggalKalender }
  | { kind: "tanggal-tidak-valid"; tanggal: TanggalKalender };

/** The next status of the flow; `null` once archived. */
export function statusBerikutnya(status: StatusTindakLanjut): StatusTindakLanjut | null {
  return URUTAN_STATUS[URUTAN_STATUS.indexOf(status) + 1] ?? null;
}

/** True exactly for the four forward steps of the flow. */
export function bolehBeralih(dari: StatusTindakLanjut, ke: StatusTindakLanjut): boolean {
  return statusBerikutnya(dari) === ke;
}

/** Reads a status label back from the sheet (case and spacing ignored); `null` if unknown. */
export function statusDariLabel(teks: string): StatusTindakLanjut | null {
  const s = teks.trim().replace(/\s+/g, " ").toLowerCase();
  return URUTAN_STATUS.find((st) => LABEL_STATUS[st].toLowerCase() === s || st === s) ?? null;
}

/** A follow-up as the evaluation hands it to the Kasi on `tanggal`. */
export function tindakLanjutBaru(
  isi: Pick<TindakLanjut, "id" | "rekomendasi" | "indikator" | "penanggungJawab" | "batasWaktu">,
  tanggal: TanggalKalender,
): TindakLanjut {
  return { ...isi, status: "diserahkan-ke-kasi", riwayat: [{ status: "diserahkan-ke-kasi", tanggal }] };
}

/** The date a status was reached; `null` if it has not been. */
export function tanggalStatus(tl: TindakLanjut, status: StatusTindakLanjut): TanggalKalender | null {
  return tl.riwayat.find((r) => r.status === status)?.tanggal ?? null;
}

/**
 * Moves a follow-up to `ke` on `tanggal`. Several steps may happen on one day (the seeds give them
 * 10–15 minutes each), but a step dated before the previous one is rejected.
 */
export function lanjutkan(tl: TindakLanjut, ke: StatusTindakLanjut, tanggal: TanggalKalender): HasilLanjutkan {
  if (!bolehBeralih(tl.status, ke)) return { kind: "transisi-ditolak", dari: tl.status, ke };
  if (periksaTanggal(tanggal).kind !== "ok") return { kind: "tanggal-tidak-valid", tanggal };
  const sebelumnya = tl.riwayat[tl.riwayat.length - 1]?.tanggal;
  if (sebelumnya && bandingkanTanggal(tanggal, sebelumnya) < 0) {
    return { kind: "tanggal-mundur", tanggalSebelumnya: sebelumnya, tanggal };
  }
  return {
    kind: "ok",
    tindakLanjut: { ...tl, status: ke, riwayat: [...tl.riwayat, { status: ke, tanggal }] },
  };
}

/**
 * A follow-up is settled once the Camat has taken note of it: that closes the seeds' review, and
 * archiving is Sub. Evapor's filing afterwards, not something the Kasi can be late with.
 */
export function tindakLanjutSelesai(tl: TindakLanjut): boolean {
  return tl.status === "diketahui-camat" || tl.status === "diarsipkan";
}

/**
 * Overdue: not settled and `hariIni` is after the deadline. The deadline day itself still counts
 * as on time (a deadline of 31 March means "by 31 March").
 */
export function terlambat(tl: TindakLanjut, hariIni: TanggalKalender): boolean {
  return !tindakLanjutSelesai(tl) && bandingkanTanggal(hariIni, tl.batasWaktu) > 0;
}

/** Days past the deadline of an overdue follow-up; 0 when it is not overdue. */
export function hariTerlambat(tl: TindakLanjut, hariIni: TanggalKalender): number {
  return terlambat(tl, hariIni) ? selisihHari(tl.batasWaktu, hariIni) : 0;
}
