import { SKALA_PERMENDAGRI_86_2017, validateSkala, type SkalaPredikat, type SkalaError } from "../kinerja/predikat";
import { periksaNip, type MasalahNip } from "./nip";

/** Paper used by the office: A4, or F4 (Excel's "Folio", 8.5 × 13 in) — DESIGN.md, SOP AP. */
export type UkuranKertas = "A4" | "F4";
export const UKURAN_KERTAS: readonly UkuranKertas[] = ["A4", "F4"];

export interface Pejabat {
  nama: string;
  /** NIP as typed ("19700101 199003 1 001"); `normalisasiNip` gives the 18 digits. */
  nip: string;
}

/** Workbook settings that travel with the file (stored in a custom XML part). */
export interface Pengaturan {
  instansi: { kabupaten: string; kecamatan: string; alamat: string };
  camat: Pejabat;
  sekcam: Pejabat;
  tahun: number;
  kertas: UkuranKertas;
  skala: SkalaPredikat;
}

/** The years a performance workbook can be about; wider would only let typos through. */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

/** Settings of a workbook that has none yet: empty names, A4, the Permendagri 86/2017 scale. */
export function pengaturanAwal(tahun: number): Pengaturan {
  return {
    instansi: { kabupaten: "", kecamatan: "", alamat: "" },
    camat: { nama: "", nip: "" },
    sekcam: { nama: "", nip: "" },
    tahun,
    kertas: "A4",
    skala: SKALA_PERMENDAGRI_86_2017,
  };
}

export type BidangPengaturan =
  | "instansi.kabupaten"
  | "instansi.kecamatan"
  | "instansi.alamat"
  | "camat.nama"
  | "camat.nip"
  | "sekcam.nama"
  | "sekcam.nip"
  | "tahun"
  | "kertas"
  | "skala";

export type BidangNip = "camat.nip" | "sekcam.nip";

export type MasalahPengaturan =
  | { field: BidangPengaturan; kind: "wajib-diisi" }
  | ({ field: BidangNip } & MasalahNip)
  | { field: "tahun"; kind: "tahun-di-luar-rentang"; min: number; max: number }
  | { field: "skala"; kind: "skala-tidak-valid"; masalah: SkalaError[] };

/**
 * Every problem of the form, in the order of the form. The names of the office and of both
 * signing officials are required (they head every SOP and Berita Acara); a NIP may wait, but
 * one that is typed must be a valid NIP.
 */
export function validatePengaturan(p: Pengaturan): MasalahPengaturan[] {
  const masalah: MasalahPengaturan[] = [];
  const wajib = (field: BidangPengaturan, value: string) => {
    if (value.trim() === "") masalah.push({ field, kind: "wajib-diisi" });
  };
  const nip = (field: BidangNip, value: string) => {
    const m = periksaNip(value);
    if (m) masalah.push({ field, ...m });
  };
  wajib("instansi.kabupaten", p.instansi.kabupaten);
  wajib("instansi.kecamatan", p.instansi.kecamatan);
  wajib("camat.nama", p.camat.nama);
  nip("camat.nip", p.camat.nip);
  wajib("sekcam.nama", p.sekcam.nama);
  nip("sekcam.nip", p.sekcam.nip);
  if (!Number.isInteger(p.tahun) || p.tahun < TAHUN_MIN || p.tahun > TAHUN_MAX) {
    masalah.push({ field: "tahun", kind: "tahun-di-luar-rentang", min: TAHUN_MIN, max: TAHUN_MAX });
  }
  const skala = validateSkala(p.skala);
  if (skala.length > 0) masalah.push({ field: "skala", kind: "skala-tidak-valid", masalah: skala });
  return masalah;
}
