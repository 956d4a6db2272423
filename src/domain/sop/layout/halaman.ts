/**
 * Pages of the procedure table: N steps per page (DESIGN.md: 5–8 fit a landscape page; N is the
 * most that fit under the repeated header, see ukuran.ts), and the rows each page occupies.
 * A page gets a connector row at its foot when the flow or a decision branch leaves it, and one at
 * its top when the flow or a branch from another page arrives (Permenpan RB 35/2012: off-page
 * connectors at the bottom of one page and the top of the next).
 */
import type { Sop } from "../model";
import type { Tepi } from "./alur";
import type { BarisTata, JenisBaris } from "./model";
import { CADANGAN_TINGGI, type HalamanKertas } from "./ukuran";

export interface TinggiBaris { kepalaGrup: number; kepalaNama: number; nomorKolom: number; langkah: number; konektor: number }

export const tinggiKepala = (t: TinggiBaris): number => t.kepalaGrup + t.kepalaNama + t.nomorKolom;

/** Most steps a page holds with both connector rows. */
export function maksLangkahPerHalaman(kertas: HalamanKertas, t: TinggiBaris): number {
  const ruang = kertas.tinggiCetak - CADANGAN_TINGGI - tinggiKepala(t) - 2 * t.konektor;
  return Math.max(1, Math.floor(ruang / t.langkah));
}

/**
 * Decision branches that leave their page. Each target step reached from another page gets one
 * masuk connector on its own page (`masuk`, one letter); each source page gets one keluar
 * connector per such target (`keluar`), carrying the same letter.
 */
export interface CabangKeluar { id: string; halaman: number; ke: number; tepi: Tepi[] }
export interface CabangMasuk { id: string; halaman: number; ke: number }

export interface RencanaHalaman {
  /** Page index of each step. */
  halamanLangkah: number[];
  jumlahHalaman: number;
  /** Per page: the main flow continues onto the next page. */
  alurLanjut: boolean[];
  keluar: CabangKeluar[];
  masuk: CabangMasuk[];
}

export const idKeluar = (halaman: number, ke: number): string => `${halaman}:${ke}`;
export const idMasuk = (ke: number): string => `${ke}`;

export function rencanaHalaman(jumlahLangkah: number, perHalaman: number, tepi: readonly Tepi[]): RencanaHalaman {
  const halamanLangkah = Array.from({ length: jumlahLangkah }, (_, i) => Math.floor(i / perHalaman));
  const jumlahHalaman = Math.ceil(jumlahLangkah / perHalaman);
  const alurLanjut = Array.from({ length: jumlahHalaman }, () => false);
  const keluar = new Map<string, CabangKeluar>(), masuk = new Map<string, CabangMasuk>();
  for (const t of tepi) {
    const hd = halamanLangkah[t.dari], hk = halamanLangkah[t.ke];
    if (hd === hk) continue;
    if (t.keluar === "bawah") { alurLanjut[hd] = true; continue; }
    const id = idKeluar(hd, t.ke);
    const k = keluar.get(id) ?? { id, halaman: hd, ke: t.ke, tepi: [] };
    k.tepi.push(t);
    keluar.set(id, k);
    if (!masuk.has(idMasuk(t.ke))) masuk.set(idMasuk(t.ke), { id: idMasuk(t.ke), halaman: hk, ke: t.ke });
  }
  const urutKe = (a: { ke: number }, b: { ke: number }) => a.ke - b.ke;
  return { halamanLangkah, jumlahHalaman, alurLanjut, keluar: [...keluar.values()], masuk: [...masuk.values()].sort(urutKe) };
}

export interface SusunanBaris {
  baris: BarisTata[];
  kepala: BarisTata[];
  perHalaman: BarisTata[][];
  /** The row of each step. */
  barisLangkah: BarisTata[];
  atas: (BarisTata | undefined)[];
  bawah: (BarisTata | undefined)[];
}

export function susunBaris(sop: Sop, r: RencanaHalaman, t: TinggiBaris, asalY: number): SusunanBaris {
  const baris: BarisTata[] = [];
  let y = asalY;
  const tambah = (jenis: JenisBaris, tinggi: number, langkah?: number): BarisTata => {
    const b: BarisTata = { indeks: baris.length, jenis, y, tinggi };
    if (langkah !== undefined) { b.langkahId = sop.langkah[langkah].id; b.nomor = langkah + 1; }
    baris.push(b);
    y += tinggi;
    return b;
  };
  const kepala = [tambah("kepala-grup", t.kepalaGrup), tambah("kepala-nama", t.kepalaNama), tambah("nomor-kolom", t.nomorKolom)];
  const perHalaman: BarisTata[][] = [], barisLangkah: BarisTata[] = [];
  const atas: (BarisTata | undefined)[] = [], bawah: (BarisTata | undefined)[] = [];
  for (let p = 0; p < r.jumlahHalaman; p++) {
    const awal = baris.length;
    const adaAtas = (p > 0 && r.alurLanjut[p - 1]) || r.masuk.some((g) => g.halaman === p);
    atas.push(adaAtas ? tambah("konektor-atas", t.konektor) : undefined);
    r.halamanLangkah.forEach((h, i) => { if (h === p) barisLangkah[i] = tambah("langkah", t.langkah, i); });
    const adaBawah = r.alurLanjut[p] || r.keluar.some((g) => g.halaman === p);
    bawah.push(adaBawah ? tambah("konektor-bawah", t.konektor) : undefined);
    perHalaman.push(baris.slice(awal));
  }
  return { baris, kepala, perHalaman, barisLangkah, atas, bawah };
}
