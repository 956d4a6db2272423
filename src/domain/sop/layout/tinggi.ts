/**
 * Row heights: the role-name header row grows with the longest role name (up to
 * MAKS_BARIS_KEPALA lines); every step row gets one height, the larger of the symbol's need and
 * the longest text's need (up to MAKS_BARIS_TEKS lines; validateSop warns beyond). One height for
 * all steps keeps the flowchart regular and makes "N steps per page" a fixed promise.
 */
import type { Sop } from "../model";
import type { KolomTata, KunciKolom } from "./kolom";
import { hurufPerBaris, jumlahBarisTeks } from "./teks";
import { HURUF, MAKS_BARIS_KEPALA, MAKS_BARIS_TEKS, TINGGI_BARIS } from "./ukuran";

export function tinggiKepalaNama(kolom: readonly KolomTata[]): number {
  let baris = 1;
  for (const k of kolom) {
    baris = Math.max(baris, jumlahBarisTeks(k.judul.toUpperCase(), hurufPerBaris(k.lebar, "kepala")));
  }
  return Math.min(baris, MAKS_BARIS_KEPALA) * HURUF.kepala.tinggiBaris + TINGGI_BARIS.padKepalaNama;
}

const BIDANG: readonly ("kegiatan" | "kelengkapan" | "waktu" | "output" | "keterangan")[] =
  ["kegiatan", "kelengkapan", "waktu", "output", "keterangan"];

export function tinggiLangkah(sop: Sop, kolom: readonly KolomTata[]): number {
  let baris = 0;
  for (const b of BIDANG) {
    const k = kolom.find((c) => c.kunci === (b satisfies KunciKolom));
    if (!k) continue;
    const hpb = hurufPerBaris(k.lebar);
    for (const l of sop.langkah) baris = Math.max(baris, jumlahBarisTeks(l[b], hpb));
  }
  const perluTeks = Math.min(baris, MAKS_BARIS_TEKS) * HURUF.isi.tinggiBaris + TINGGI_BARIS.padLangkah;
  return Math.max(TINGGI_BARIS.langkahMin, perluTeks);
}
