/**
 * layoutFlowchart: the SOP AP procedure table with its flowchart (Permenpan RB 35/2012) laid out
 * in points for a landscape A4 or F4 page — columns, rows, pages, symbols, arrows, connectors,
 * labels. Pure: the sheet writer sets the sizes and places the shapes from this alone.
 * Coordinates and conventions: see model.ts; the numbers behind the sizes: ukuran.ts.
 */
import type { Sop } from "../model";
import { tepiAlur } from "./alur";
import { maksLangkahPerHalaman, rencanaHalaman, susunBaris, type TinggiBaris } from "./halaman";
import { susunKolom } from "./kolom";
import { pasangKonektor } from "./konektor";
import type { GrupKepala, HalamanTata, TataFlowchart, Titik } from "./model";
import { susunPanah } from "./panah";
import { letakSimbol } from "./simbol";
import { tinggiKepalaNama, tinggiLangkah } from "./tinggi";
import { halamanKertas, LEBAR_KOLOM, TINGGI_BARIS, type Kertas } from "./ukuran";

export interface OpsiLayout {
  kertas: Kertas;
  /** Steps per page; clamped to 1 … the most that fit. Default: the most that fit. */
  langkahPerHalaman?: number;
  /** Sheet position (points) of the table's top-left corner. Default (0, 0). */
  asal?: Titik;
}

export function layoutFlowchart(sop: Sop, opsi: OpsiLayout): TataFlowchart {
  const asal = opsi.asal ?? { x: 0, y: 0 };
  const kertas = halamanKertas(opsi.kertas);
  const kolom = susunKolom(sop.pelaksana, opsi.kertas, asal.x);
  const kolomPelaksana = kolom.filter((k) => k.pelaksana !== undefined);
  const iPel = kolom.indexOf(kolomPelaksana[0]);
  const grupKepala: GrupKepala[] = [
    { judul: "PELAKSANA", kolomAwal: iPel, kolomAkhir: iPel + kolomPelaksana.length - 1 },
    { judul: "MUTU BAKU", kolomAwal: iPel + kolomPelaksana.length, kolomAkhir: iPel + kolomPelaksana.length + 2 },
  ];
  const tinggi: TinggiBaris = {
    kepalaGrup: TINGGI_BARIS.kepalaGrup,
    kepalaNama: tinggiKepalaNama(kolom),
    nomorKolom: TINGGI_BARIS.nomorKolom,
    langkah: tinggiLangkah(sop, kolom),
    konektor: TINGGI_BARIS.konektor,
  };
  const maks = maksLangkahPerHalaman(kertas, tinggi);
  const diminta = opsi.langkahPerHalaman;
  const perHalaman = diminta === undefined || !Number.isFinite(diminta) ? maks : Math.min(maks, Math.max(1, Math.floor(diminta)));
  const tepi = tepiAlur(sop);
  const rencana = rencanaHalaman(sop.langkah.length, perHalaman, tepi);
  const susunan = susunBaris(sop, rencana, tinggi, asal.y);
  const simbol = sop.langkah.map((l, i) => letakSimbol(l, susunan.barisLangkah[i], kolomPelaksana));
  const akhirPel = kolomPelaksana[kolomPelaksana.length - 1];
  const jalur = { x: akhirPel.x + akhirPel.lebar - LEBAR_KOLOM.jalur, lebar: LEBAR_KOLOM.jalur };
  const kon = pasangKonektor(rencana, susunan, simbol, {
    kiri: kolomPelaksana[0].x, kanan: akhirPel.x + akhirPel.lebar, kiriLuas: kolom[1].x,
  });
  const { panah, label } = susunPanah(tepi, rencana, susunan, simbol, kon, jalur);
  const tinggiKepala = susunan.kepala.reduce((s, b) => s + b.tinggi, 0);
  const halaman: HalamanTata[] = susunan.perHalaman.map((baris, p) => ({
    nomor: p + 1,
    baris,
    simbol: simbol.filter((_, i) => rencana.halamanLangkah[i] === p),
    konektor: kon.semua.filter((k) => k.halaman === p).map(({ halaman: _h, ...k }) => k),
    panah: panah.filter((a) => a.halaman === p).map(({ halaman: _h, ...a }) => a),
    label: label.filter((a) => a.halaman === p).map(({ halaman: _h, ...a }) => a),
    tinggiCetak: tinggiKepala + baris.reduce((s, b) => s + b.tinggi, 0),
  }));
  const terakhir = kolom[kolom.length - 1];
  return {
    halamanKertas: kertas, asal, kolom, grupKepala, lebar: terakhir.x + terakhir.lebar - asal.x,
    barisTinggi: tinggi, baris: susunan.baris, kepala: susunan.kepala, halaman,
    langkahPerHalaman: perHalaman, maksLangkahPerHalaman: maks, jalur,
  };
}

export { susunKolom, maksKolomPelaksana, type KolomTata, type KunciKolom } from "./kolom";
export { halamanKertas, MAKS_BARIS_TEKS, type Kertas, type HalamanKertas } from "./ukuran";
export type * from "./model";
