import { SKALA_PERMENDAGRI_86_2017, validateSkala, type SkalaPredikat, type SkalaError } from "../kinerja/predikat";

/** Paper used by the office: A4, or F4 (Excel's "Folio", 8.5 × 13 in) — DESIGN.md, SOP AP. */
export type UkuranKertas = "A4" | "F4";

export interface Pejabat {
  nama: string;
  /** NIP as typed; `normalisasiNip` gives the 18 digits. */
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

export type MasalahPengaturan =
  | { field: BidangPengaturan; kind: "wajib-diisi" }
  | { field: "camat.nip" | "sekcam.nip"; kind: "nip-tidak-valid"; digit: number }
  | { field: "tahun"; kind: "tahun-di-luar-rentang" }
  | { field: "skala"; kind: "skala-tidak-valid"; masalah: SkalaError[] };

/** A NIP (Nomor Induk Pegawai, BKN) has 18 digits; people type it with spaces ("19700101 199003 1 001"). */
export function normalisasiNip(nip: string): string {
  return nip.replace(/[\s.-]/g, "");
}

export function validatePengaturan(p: Pengaturan): MasalahPengaturan[] {
  const masalah: MasalahPengaturan[] = [];
  const wajib: [BidangPengaturan, string][] = [
    ["instansi.kabupaten", p.instansi.kabupaten],
    ["instansi.kecamatan", p.instansi.kecamatan],
    ["camat.nama", p.camat.nama],
    ["sekcam.nama", p.sekcam.nama],
  ];
  for (const [field, value] of wajib) if (value.trim() === "") masalah.push({ field, kind: "wajib-diisi" });
  for (const field of ["camat.nip", "sekcam.nip"] as const) {
    const nip = normalisasiNip(field === "camat.nip" ? p.camat.nip : p.sekcam.nip);
    if (nip !== "" && !/^\d{18}$/.test(nip)) masalah.push({ field, kind: "nip-tidak-valid", digit: nip.replace(/\D/g, "").length });
  }
  if (!Number.isInteger(p.tahun) || p.tahun < 2000 || p.tahun > 2100) masalah.push({ field: "tahun", kind: "tahun-di-luar-rentang" });
  const skala = validateSkala(p.skala);
  if (skala.length > 0) masalah.push({ field: "skala", kind: "skala-tidak-valid", masalah: skala });
  return masalah;
}
