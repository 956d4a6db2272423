/**
 * The procedure table of an SOP AP (Permenpan RB 35/2012, Bab III, unsur prosedur) and its
 * flowchart, from layoutFlowchart: header NO | KEGIATAN | PELAKSANA (one column per role) |
 * MUTU BAKU (KELENGKAPAN, WAKTU, OUTPUT) | KETERANGAN, the row of column numbers, one row per step
 * with the row heights of the layout, connector rows at page breaks, and the total of WAKTU.
 * The layout was made with its origin at the table's sheet position, so its points are sheet
 * points: shapes and lines are placed from it without reading any geometry back.
 */
import type { Bentuk, GarisPenghubung, RencanaLembar } from "../../lembar/rencana";
import type { Sop } from "../model";
import type { TataFlowchart } from "../layout";
import { formatTotalWaktu, totalWaktu } from "../waktu";
import { HURUF } from "../layout/ukuran";
import type { KolomLembar } from "./kolom";
import { tulisPenanda } from "./penanda";
import { rentang, type Susunan } from "./susun";

const KEPALA = { tebal: true, ukuranHuruf: 8, rataHorizontal: "tengah", rataVertikal: "tengah", bungkus: true, isi: "#D9D9D9" } as const;
export const TINGGI_BARIS_JUMLAH = 18;
export const TEKS_JUMLAH = "JUMLAH WAKTU";

/** Writes the table from row `awal` (the layout's row 0); returns the row of the total. */
export function tulisProsedur(s: Susunan, k: KolomLembar, sop: Sop, tata: TataFlowchart, awal: number): number {
  const r0 = awal, r1 = awal + 1, r2 = awal + 2;
  s.gabungIsi(rentang(r0, k.no, k.no, 2), "NO", KEPALA);
  s.gabungIsi(rentang(r0, k.kegiatan, k.kegiatan, 2), "KEGIATAN", KEPALA);
  s.gabungIsi(rentang(r0, k.pelAwal, k.pelAkhir), "PELAKSANA", KEPALA);
  s.gabungIsi(rentang(r0, k.kelengkapan, k.output), "MUTU BAKU", KEPALA);
  s.gabungIsi(rentang(r0, k.keterangan, k.keterangan, 2), "KETERANGAN", KEPALA);
  for (let c = k.pelAwal; c <= k.pelAkhir; c++) s.isi(r1, c, sop.pelaksana[c - k.pelAwal] ?? "");
  s.isi(r1, k.kelengkapan, "KELENGKAPAN");
  s.isi(r1, k.waktu, "WAKTU");
  s.isi(r1, k.output, "OUTPUT");
  s.beriGaya(rentang(r1, k.pelAwal, k.output), { ...KEPALA, formatAngka: "@" });
  s.isi(r1, k.tanda, tulisPenanda({ kind: "kepala-nama" }));
  for (let c = k.no; c <= k.keterangan; c++) s.isi(r2, c, c + 1);
  s.beriGaya(rentang(r2, k.no, k.keterangan), { ...KEPALA, tebal: false, ukuranHuruf: 7 });
  const perId = new Map(sop.langkah.map((l) => [l.id, l]));
  for (const b of tata.baris) {
    const r = awal + b.indeks;
    s.aturTinggi(r, b.tinggi);
    const l = b.langkahId === undefined ? undefined : perId.get(b.langkahId);
    if (b.jenis !== "langkah" || !l || b.nomor === undefined) continue;
    s.isi(r, k.no, b.nomor);
    s.isi(r, k.kegiatan, l.kegiatan);
    s.isi(r, k.kelengkapan, l.kelengkapan);
    s.isi(r, k.waktu, l.waktu);
    s.isi(r, k.output, l.output);
    s.isi(r, k.keterangan, l.keterangan);
    const data = { id: l.id, jenis: l.jenis, pelaksana: l.pelaksana, periksa: l.perluDiperiksa, ...(l.cabang ? { cabang: l.cabang } : {}) };
    s.isi(r, k.tanda, tulisPenanda({ kind: "langkah", data }));
  }
  const akhir = tata.baris[tata.baris.length - 1];
  const rJumlah = awal + akhir.indeks + 1;
  const isiAwal = awal + tata.kepala.length;
  if (rJumlah > isiAwal) {
    s.beriGaya(rentang(isiAwal, k.no, k.no, rJumlah - isiAwal), { rataHorizontal: "tengah", rataVertikal: "atas" });
    s.beriGaya(rentang(isiAwal, k.kegiatan, k.kegiatan, rJumlah - isiAwal), { rataVertikal: "atas", bungkus: true, formatAngka: "@" });
    s.beriGaya(rentang(isiAwal, k.kelengkapan, k.keterangan, rJumlah - isiAwal), { rataVertikal: "atas", bungkus: true, formatAngka: "@" });
    s.beriGaya(rentang(isiAwal, k.waktu, k.waktu, rJumlah - isiAwal), { rataHorizontal: "tengah" });
  }
  s.gabungIsi(rentang(rJumlah, k.no, k.kelengkapan), TEKS_JUMLAH, { tebal: true, rataHorizontal: "kanan", rataVertikal: "tengah" });
  s.isi(rJumlah, k.waktu, formatTotalWaktu(totalWaktu(sop.langkah)));
  s.beriGaya(rentang(rJumlah, k.waktu, k.waktu), { tebal: true, rataHorizontal: "tengah", rataVertikal: "tengah", bungkus: true, formatAngka: "@" });
  s.aturTinggi(rJumlah, TINGGI_BARIS_JUMLAH);
  s.beriGaya(rentang(r0, k.no, k.keterangan, rJumlah - r0 + 1), { bingkai: { jenis: "semua", garis: "tipis" } });
  return rJumlah;
}

const TEKS_TERMINATOR = { mulai: "Mulai", selesai: "Selesai" } as const;

/** Shapes, lines and Ya / Tidak labels of every page, in sheet points. */
export function gambarFlowchart(sop: Sop, tata: TataFlowchart): Pick<RencanaLembar, "bentuk" | "garis" | "label"> {
  const jenisLangkah = new Map(sop.langkah.map((l) => [l.id, l.jenis]));
  const bentuk: Bentuk[] = [], garis: GarisPenghubung[] = [];
  const label: NonNullable<RencanaLembar["label"]>[number][] = [];
  for (const h of tata.halaman) {
    for (const sm of h.simbol) {
      const j = jenisLangkah.get(sm.langkahId);
      const teks = j === "mulai" || j === "selesai" ? TEKS_TERMINATOR[j] : undefined;
      bentuk.push({ id: sm.id, jenis: sm.bentuk, x: sm.x, y: sm.y, lebar: sm.lebar, tinggi: sm.tinggi,
        ...(teks ? { teks, ukuranHuruf: 7 } : {}), isi: "#FFFFFF", warnaGaris: "#000000" });
    }
    for (const kn of h.konektor) {
      bentuk.push({ id: kn.id, jenis: "konektor-halaman", x: kn.x, y: kn.y, lebar: kn.lebar, tinggi: kn.tinggi,
        teks: kn.huruf, ukuranHuruf: 7, isi: "#FFFFFF", warnaGaris: "#000000" });
    }
    for (const p of h.panah) garis.push({ id: p.id, titik: p.titik, dari: p.dari, ke: p.ke, panah: true });
    // The layout sized each label for HURUF.label's font (src/domain/sop/layout/panah.ts).
    for (const l of h.label) label.push({ teks: l.teks, x: l.x, y: l.y, lebar: l.lebar, tinggi: l.tinggi, ukuranHuruf: HURUF.label.ukuran });
  }
  return { bentuk, garis, label };
}
