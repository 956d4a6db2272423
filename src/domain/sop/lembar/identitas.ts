/**
 * The identity block of an SOP AP document (Permenpan RB 35/2012, Bab III, unsur identitas) on the
 * first page: the institution lines at the left beside a table of Nomor SOP, Tanggal Pembuatan,
 * Tanggal Revisi, Tanggal Efektif, Disahkan oleh (jabatan, nama, pangkat, NIP) and Nama SOP; then
 * the two-column part Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
 * Peringatan | Pencatatan dan Pendataan, each list numbered 1, 2, … .
 */
import type { IdentitasSop } from "../model";
import { hurufPerBaris, jumlahBarisTeks } from "../layout/teks";
import { lebarRentang, type KolomLembar } from "./kolom";
import { tulisPenanda, type KunciDaftar, type KunciIdentitas } from "./penanda";
import { naikPiksel, rentang, type Susunan } from "./susun";

const TINGGI_MIN = 15;
const tinggiTeks = (teks: string, lebar: number): number =>
  naikPiksel(Math.max(TINGGI_MIN, jumlahBarisTeks(teks, hurufPerBaris(lebar)) * 12 + 4.5));

export const BARIS_IDENTITAS: readonly { kunci: KunciIdentitas; label: string }[] = [
  { kunci: "nomor", label: "Nomor SOP" },
  { kunci: "tanggalPembuatan", label: "Tanggal Pembuatan" },
  { kunci: "tanggalRevisi", label: "Tanggal Revisi" },
  { kunci: "tanggalEfektif", label: "Tanggal Efektif" },
  { kunci: "disahkan.jabatan", label: "Disahkan oleh" },
  { kunci: "disahkan.nama", label: "" },
  { kunci: "disahkan.pangkat", label: "" },
  { kunci: "disahkan.nip", label: "" },
  { kunci: "nama", label: "Nama SOP" },
];

export const PASANGAN_DAFTAR: readonly { kiri: KunciDaftar; kanan: KunciDaftar; judulKiri: string; judulKanan: string }[] = [
  { kiri: "dasarHukum", kanan: "kualifikasiPelaksana", judulKiri: "DASAR HUKUM", judulKanan: "KUALIFIKASI PELAKSANA" },
  { kiri: "keterkaitan", kanan: "peralatanPerlengkapan", judulKiri: "KETERKAITAN", judulKanan: "PERALATAN / PERLENGKAPAN" },
  { kiri: "peringatan", kanan: "pencatatanPendataan", judulKiri: "PERINGATAN", judulKanan: "PENCATATAN DAN PENDATAAN" },
];

/** "NIP. " is printed before the number; the reader strips it again. */
export const AWALAN_NIP = "NIP. ";

export function nilaiIdentitas(id: IdentitasSop, kunci: KunciIdentitas): string {
  switch (kunci) {
    case "nomor": return id.nomor;
    case "tanggalPembuatan": return id.tanggalPembuatan;
    case "tanggalRevisi": return id.tanggalRevisi;
    case "tanggalEfektif": return id.tanggalEfektif;
    case "disahkan.jabatan": return id.disahkanOleh.jabatan;
    case "disahkan.nama": return id.disahkanOleh.nama;
    case "disahkan.pangkat": return id.disahkanOleh.pangkat;
    case "disahkan.nip": return AWALAN_NIP + id.disahkanOleh.nip;
    case "nama": return id.nama;
    default: return kunci satisfies never;
  }
}

const TEKS = { bungkus: true, rataVertikal: "tengah", formatAngka: "@" } as const;
/** Numbers as numbers shown "1." (typed "1." Excel would read as the number 1 anyway). */
const NOMOR = { rataHorizontal: "kanan", rataVertikal: "tengah", formatAngka: '0"."' } as const;
const KEPALA = { tebal: true, rataHorizontal: "tengah", rataVertikal: "tengah", bungkus: true, isi: "#D9D9D9" } as const;

/** Writes the block from row `awal`; returns the first row after it. */
export function tulisIdentitas(s: Susunan, k: KolomLembar, id: IdentitasSop, instansi: readonly string[], awal: number): number {
  const lebarNilai = lebarRentang(k, k.kelengkapan, k.keterangan);
  const n = BARIS_IDENTITAS.length;
  s.gabungIsi(rentang(awal, k.no, k.kegiatan, n), instansi.join("\n"),
    { tebal: true, ukuranHuruf: 11, rataHorizontal: "tengah", rataVertikal: "tengah", bungkus: true, formatAngka: "@" });
  BARIS_IDENTITAS.forEach((b, i) => {
    const r = awal + i;
    if (b.kunci === "disahkan.jabatan") s.gabungIsi(rentang(r, k.pelAwal, k.pelAkhir, 4), b.label, { ...TEKS, tebal: true });
    else if (b.label !== "") s.gabungIsi(rentang(r, k.pelAwal, k.pelAkhir), b.label, { ...TEKS, tebal: true });
    const nilai = nilaiIdentitas(id, b.kunci);
    s.gabungIsi(rentang(r, k.kelengkapan, k.keterangan), nilai, { ...TEKS, tebal: b.kunci === "nama" || b.kunci === "disahkan.jabatan" });
    s.isi(r, k.tanda, tulisPenanda({ kind: "identitas", kunci: b.kunci }));
    s.aturTinggi(r, tinggiTeks(nilai, lebarNilai));
  });
  let r = awal + n;
  const kiriTeks = Math.max(k.kegiatan, k.pelAkhir - 1);
  const lebarKiri = lebarRentang(k, k.kegiatan, kiriTeks);
  for (const p of PASANGAN_DAFTAR) {
    s.gabungIsi(rentang(r, k.no, kiriTeks), p.judulKiri, KEPALA);
    s.gabungIsi(rentang(r, k.pelAkhir, k.keterangan), p.judulKanan, KEPALA);
    s.isi(r, k.tanda, tulisPenanda({ kind: "daftar", kiri: p.kiri, kanan: p.kanan }));
    s.aturTinggi(r, TINGGI_MIN);
    r++;
    const kiri = id[p.kiri], kanan = id[p.kanan];
    const jumlah = Math.max(1, kiri.length, kanan.length);
    for (let i = 0; i < jumlah; i++) {
      const a = kiri[i] ?? "", b = kanan[i] ?? "";
      s.isi(r, k.no, i < kiri.length ? i + 1 : null);
      s.gabungIsi(rentang(r, k.kegiatan, kiriTeks), a, TEKS);
      s.isi(r, k.pelAkhir, i < kanan.length ? i + 1 : null);
      s.gabungIsi(rentang(r, k.kelengkapan, k.keterangan), b, TEKS);
      s.beriGaya(rentang(r, k.no, k.no), NOMOR);
      s.beriGaya(rentang(r, k.pelAkhir, k.pelAkhir), NOMOR);
      s.isi(r, k.tanda, tulisPenanda({ kind: "isi-daftar" }));
      s.aturTinggi(r, Math.max(tinggiTeks(a, lebarKiri), tinggiTeks(b, lebarNilai)));
      r++;
    }
  }
  s.beriGaya(rentang(awal, k.no, k.keterangan, r - awal), { bingkai: { jenis: "semua", garis: "tipis" } });
  return r;
}
