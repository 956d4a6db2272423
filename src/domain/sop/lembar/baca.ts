/**
 * "Baca SOP dari lembar": an SOP sheet written by rencanaLembarSop back into a Sop, from the
 * sheet's cell values alone. Texts come from the visible cells, so what a user edited in Excel is
 * read; structure (row roles, step ids, jenis, pelaksana, Ya / Tidak targets, perluDiperiksa)
 * comes from the marker column (penanda.ts). Rows without a marker (inserted by a user) are not
 * read. Values are as Excel returns them: numbers become their text ("0").
 */
import type { IdentitasSop, Langkah, Sop } from "../model";
import { identitasKosong } from "../model";
import { AWALAN_NIP } from "./identitas";
import { kolomLembar } from "./kolom";
import { bacaPenanda, TANDA_LEMBAR, type KunciDaftar, type KunciIdentitas } from "./penanda";

export type NilaiSel = string | number | boolean | null | undefined;

export type HasilBacaSop = { kind: "ok"; sop: Sop } | { kind: "bukan-lembar-sop" };

const teks = (v: NilaiSel): string => (v === null || v === undefined ? "" : String(v));

function cariTanda(nilai: readonly (readonly NilaiSel[])[]): { baris: number; kolom: number } | null {
  for (let r = 0; r < nilai.length; r++) {
    const c = nilai[r].findIndex((v) => typeof v === "string" && v.startsWith(TANDA_LEMBAR));
    if (c >= 0) return { baris: r, kolom: c };
  }
  return null;
}

function aturIdentitas(id: IdentitasSop, kunci: KunciIdentitas, v: string): void {
  switch (kunci) {
    case "nomor": id.nomor = v; return;
    case "tanggalPembuatan": id.tanggalPembuatan = v; return;
    case "tanggalRevisi": id.tanggalRevisi = v; return;
    case "tanggalEfektif": id.tanggalEfektif = v; return;
    case "disahkan.jabatan": id.disahkanOleh.jabatan = v; return;
    case "disahkan.nama": id.disahkanOleh.nama = v; return;
    case "disahkan.pangkat": id.disahkanOleh.pangkat = v; return;
    case "disahkan.nip": id.disahkanOleh.nip = v.startsWith(AWALAN_NIP) ? v.slice(AWALAN_NIP.length) : v.replace(/^NIP\.?\s*/i, ""); return;
    case "nama": id.nama = v; return;
    default: kunci satisfies never;
  }
}

/** `nilai`: the sheet's values from cell A1 (row 0 = Excel row 1). */
export function sopDariLembar(nilai: readonly (readonly NilaiSel[])[]): HasilBacaSop {
  const tanda = cariTanda(nilai);
  if (!tanda) return { kind: "bukan-lembar-sop" };
  const p0 = bacaPenanda(teks(nilai[tanda.baris][tanda.kolom]));
  if (p0.kind !== "lembar") return { kind: "bukan-lembar-sop" };
  const k = kolomLembar(p0.jumlahPelaksana);
  const base = tanda.kolom - k.tanda;
  if (base < 0) return { kind: "bukan-lembar-sop" };
  const sel = (r: number, c: number): string => teks(nilai[r]?.[base + c]);
  const identitas = identitasKosong();
  let pelaksana: string[] = [];
  const langkah: Langkah[] = [];
  let daftar: { kiri: KunciDaftar; kanan: KunciDaftar } | null = null;
  for (let r = tanda.baris; r < nilai.length; r++) {
    const p = bacaPenanda(sel(r, k.tanda));
    switch (p.kind) {
      case "lembar":
      case "baris-lain":
        break;
      case "identitas":
        aturIdentitas(identitas, p.kunci, sel(r, k.kelengkapan));
        if (p.kunci === "nomor") identitas.instansi = sel(r, k.no).split(/\r?\n/).filter((s) => s.trim() !== "");
        break;
      case "daftar":
        daftar = { kiri: p.kiri, kanan: p.kanan };
        break;
      case "isi-daftar": {
        if (!daftar) break;
        const a = sel(r, k.kegiatan), b = sel(r, k.kelengkapan);
        if (a !== "") identitas[daftar.kiri].push(a);
        if (b !== "") identitas[daftar.kanan].push(b);
        break;
      }
      case "kepala-nama":
        pelaksana = Array.from({ length: p0.jumlahPelaksana }, (_, i) => sel(r, k.pelAwal + i));
        break;
      case "langkah": {
        const d = p.data;
        const l: Langkah = {
          id: d.id, kegiatan: sel(r, k.kegiatan), pelaksana: d.pelaksana, jenis: d.jenis,
          kelengkapan: sel(r, k.kelengkapan), waktu: sel(r, k.waktu), output: sel(r, k.output),
          keterangan: sel(r, k.keterangan), perluDiperiksa: d.periksa,
        };
        if (d.cabang) l.cabang = d.cabang;
        langkah.push(l);
        break;
      }
      default: p satisfies never;
    }
  }
  return { kind: "ok", sop: { identitas, pelaksana, langkah } };
}
