/** The labels of the SOP AP identity block (Permenpan RB 35/2012) as documents spell them. */
import type { IdentitasSop } from "../model";

export type KunciTunggal = "nomor" | "tanggalPembuatan" | "tanggalRevisi" | "tanggalEfektif" | "disahkanOleh" | "nama";
export type KunciDaftar =
  | "dasarHukum" | "kualifikasiPelaksana" | "keterkaitan" | "peralatanPerlengkapan" | "peringatan" | "pencatatanPendataan";
export type Kunci = KunciTunggal | KunciDaftar;

const LABEL: readonly (readonly [Kunci, RegExp])[] = [
  ["nomor", /^(nomor|no\.?)\s*sop\b/i],
  ["tanggalPembuatan", /^(tanggal|tgl\.?)\s*pembuatan\b/i],
  ["tanggalRevisi", /^(tanggal|tgl\.?)\s*revisi\b/i],
  ["tanggalEfektif", /^(tanggal|tgl\.?)\s*(efektif|berlaku)\b/i],
  ["disahkanOleh", /^disahkan\s*oleh\b/i],
  ["nama", /^nama\s*sop\b/i],
  ["dasarHukum", /^dasar\s*hukum\b/i],
  ["kualifikasiPelaksana", /^kualifikasi\s*pelaksana(an)?\b/i],
  ["keterkaitan", /^keterkaitan\b/i],
  ["peralatanPerlengkapan", /^(peralatan\s*\/\s*(perlengkapan|kelengkapan)|peralatan\s+dan\s+perlengkapan|perlengkapan)\b/i],
  ["peringatan", /^peringatan\b/i],
  ["pencatatanPendataan", /^pencatatan(\s*(dan|&)\s*pendataan)?\b/i],
];

export function kunciDaftar(k: Kunci): k is KunciDaftar {
  return (
    k === "dasarHukum" || k === "kualifikasiPelaksana" || k === "keterkaitan" ||
    k === "peralatanPerlengkapan" || k === "peringatan" || k === "pencatatanPendataan"
  );
}

export interface Label {
  kunci: Kunci;
  /** Text after the label in the same cell, without a leading ":". */
  sisa: string;
}

/** The label a cell starts with, if any. */
export function cariLabel(sel: string): Label | null {
  const t = sel.replace(/\*\*/g, "").trim();
  for (const [kunci, re] of LABEL) {
    const m = re.exec(t);
    if (m) return { kunci, sisa: t.slice(m[0].length).replace(/^\s*:?\s*/, "").trim() };
  }
  return null;
}

export function setTunggal(id: IdentitasSop, kunci: Exclude<KunciTunggal, "disahkanOleh">, nilai: string): void {
  switch (kunci) {
    case "nomor":
      id.nomor = nilai;
      return;
    case "tanggalPembuatan":
      id.tanggalPembuatan = nilai;
      return;
    case "tanggalRevisi":
      id.tanggalRevisi = nilai;
      return;
    case "tanggalEfektif":
      id.tanggalEfektif = nilai;
      return;
    case "nama":
      id.nama = nilai;
      return;
    default:
      kunci satisfies never;
  }
}
