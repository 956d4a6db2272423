/**
 * Off-page connectors (Permenpan RB 35/2012): a pentagon pointing down, lettered A, B, …, the
 * same letter at the foot of the page the flow leaves (keluar) and at the top of the page where
 * it arrives (masuk). The main flow's pair sits in the column of the flow (under the page's last
 * step, over the next page's first step); a decision branch to another page gets its own pair,
 * placed in a free slot of the connector rows, from the right edge of the pelaksana area leftwards
 * (over the empty KEGIATAN cell of the connector row when many branches leave one page). A step
 * reached by branches from several pages has one masuk connector; each of those pages has a keluar
 * connector with the same letter. Letters are given page by page: the flow's pair first, then the
 * branches in step order.
 */
import { idMasuk, type RencanaHalaman, type SusunanBaris } from "./halaman";
import type { BarisTata, KonektorTata, SimbolTata } from "./model";
import { tengahX } from "./simbol";
import { SIMBOL } from "./ukuran";

/** 0 → A, 25 → Z, 26 → AA (as spreadsheet columns). */
export function hurufKonektor(n: number): string {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Where connectors may go: the pelaksana area, and when that is crowded also the (empty) KEGIATAN cell of the row. */
export interface AreaKonektor { kiri: number; kanan: number; kiriLuas: number }

function cobaSlot(kiri: number, kanan: number, jumlah: number, w: number, hindari?: number): number[] | null {
  const jarak = SIMBOL.jarakKonektor;
  const tengah: number[] = [];
  for (let c = kanan - jarak - w / 2; c - w / 2 >= kiri + jarak && tengah.length < jumlah; c -= w + jarak) {
    if (hindari !== undefined && Math.abs(c - hindari) < SIMBOL.konektorLebar / 2 + w / 2 + jarak) continue;
    tengah.push(c);
  }
  return tengah.length === jumlah ? tengah : null;
}

/** Centres of `jumlah` connector slots from the right, away from the flow connector at `hindari`. */
export function slotKonektor(area: AreaKonektor, jumlah: number, hindari?: number): { tengah: number[]; lebar: number } {
  for (const [kiri, wMin] of [[area.kiri, 12], [area.kiriLuas, 8]] as const) {
    for (let w: number = SIMBOL.konektorLebar; w >= wMin; w -= 2) {
      const tengah = cobaSlot(kiri, area.kanan, jumlah, w, hindari);
      if (tengah) return { tengah, lebar: w };
    }
  }
  // Beyond ~25 branch connectors in one row: share the width evenly (they may touch).
  const bagian = (area.kanan - area.kiriLuas) / jumlah;
  return { tengah: Array.from({ length: jumlah }, (_, i) => area.kanan - bagian * (i + 0.5)), lebar: Math.min(8, bagian) };
}

export interface KonektorHalaman extends KonektorTata { halaman: number }

export interface PasanganKonektor {
  semua: KonektorHalaman[];
  /** Per page p: the flow's connector at its foot / at its top. */
  alurKeluar: (KonektorTata | undefined)[];
  alurMasuk: (KonektorTata | undefined)[];
  /** By CabangKeluar id / CabangMasuk id. */
  cabangKeluar: Map<string, KonektorTata>;
  cabangMasuk: Map<string, KonektorTata>;
}

function pentagon(baris: BarisTata, tengah: number, lebar: number): { x: number; y: number; lebar: number; tinggi: number } {
  const tinggi = SIMBOL.konektorTinggi;
  const y = baris.jenis === "konektor-atas" ? baris.y + 2 : baris.y + baris.tinggi - 2 - tinggi;
  return { x: tengah - lebar / 2, y, lebar, tinggi };
}

interface Posisi { baris: BarisTata; tengah: number; lebar: number; halaman: number }

function aturPosisi(r: RencanaHalaman, s: SusunanBaris, simbol: readonly SimbolTata[], area: AreaKonektor): Map<string, Posisi> {
  const posisi = new Map<string, Posisi>();
  const isiBaris = (baris: BarisTata, p: number, alur: string, alurX: number | undefined, kunci: string[]) => {
    if (alurX !== undefined) posisi.set(alur, { baris, tengah: alurX, lebar: SIMBOL.konektorLebar, halaman: p });
    const sl = slotKonektor(area, kunci.length, alurX);
    kunci.forEach((k, i) => posisi.set(k, { baris, tengah: sl.tengah[i], lebar: sl.lebar, halaman: p }));
  };
  for (let p = 0; p < r.jumlahHalaman; p++) {
    const langkahP = r.halamanLangkah.flatMap((h, i) => (h === p ? [i] : []));
    const bawah = s.bawah[p], atas = s.atas[p];
    if (bawah) {
      const alurX = r.alurLanjut[p] ? tengahX(simbol[langkahP[langkahP.length - 1]]) : undefined;
      isiBaris(bawah, p, `alur-keluar:${p}`, alurX, r.keluar.filter((g) => g.halaman === p).map((g) => `keluar:${g.id}`));
    }
    if (atas) {
      const alurX = p > 0 && r.alurLanjut[p - 1] ? tengahX(simbol[langkahP[0]]) : undefined;
      isiBaris(atas, p, `alur-masuk:${p}`, alurX, r.masuk.filter((g) => g.halaman === p).map((g) => `masuk:${g.id}`));
    }
  }
  return posisi;
}

export function pasangKonektor(
  r: RencanaHalaman, s: SusunanBaris, simbol: readonly SimbolTata[], area: AreaKonektor,
): PasanganKonektor {
  const hasil: PasanganKonektor = { semua: [], alurKeluar: [], alurMasuk: [], cabangKeluar: new Map(), cabangMasuk: new Map() };
  const posisi = aturPosisi(r, s, simbol, area);
  const buat = (kunci: string, huruf: string, arah: "keluar" | "masuk", jenis: "alur" | "cabang"): KonektorTata | undefined => {
    const pos = posisi.get(kunci);
    if (!pos) return undefined; // cannot happen: susunBaris made a row for every connector
    const k: KonektorHalaman = {
      id: `konektor:${huruf}:${arah}:${pos.halaman + 1}`, huruf, arah, jenis, baris: pos.baris.indeks, halaman: pos.halaman,
      ...pentagon(pos.baris, pos.tengah, pos.lebar),
    };
    hasil.semua.push(k);
    return k;
  };
  let n = 0;
  const hurufMasuk = new Map<string, string>();
  for (let p = 0; p < r.jumlahHalaman; p++) {
    if (r.alurLanjut[p]) {
      const h = hurufKonektor(n++);
      hasil.alurKeluar[p] = buat(`alur-keluar:${p}`, h, "keluar", "alur");
      hasil.alurMasuk[p + 1] = buat(`alur-masuk:${p + 1}`, h, "masuk", "alur");
    }
    for (const g of r.keluar.filter((x) => x.halaman === p)) {
      const idM = idMasuk(g.ke);
      let h = hurufMasuk.get(idM);
      if (h === undefined) {
        h = hurufKonektor(n++);
        hurufMasuk.set(idM, h);
        const m = buat(`masuk:${idM}`, h, "masuk", "cabang");
        if (m) hasil.cabangMasuk.set(idM, m);
      }
      const k = buat(`keluar:${g.id}`, h, "keluar", "cabang");
      if (k) hasil.cabangKeluar.set(g.id, k);
    }
  }
  return hasil;
}
