/**
 * "Sisipkan evaluasi TW n": the plan of the quarter's evaluation sheet (layout: ./tata-letak-evaluasi.ts).
 * Every number is a formula on the IKU sheet's cells with the quarter fixed, so later edits of the
 * IKU sheet flow through and the sheet works without the add-in (DESIGN.md, "Excel facts"). The
 * free-text columns (faktor pendukung, penghambat, rekomendasi) are the Tim's record of the
 * evaluation meeting (DESIGN.md, "Evaluation and review") and are carried over on re-insertion.
 *
 * Top to bottom: title rows, the summary block with the chart beside it (fixed row heights, so the
 * chart's position in points is known without reading geometry back), then the indicator table.
 */
import type { Triwulan } from "../triwulan";
import { labelPeriodeTw, labelTriwulan, rentangTw } from "../triwulan";
import { formatTanggal } from "../tanggal";
import type { Pengaturan } from "../../pengaturan/model";
import { teksInstansi } from "../../pengaturan/instansi";
import type { FormatBersyarat, GayaKotak, IsiSel, KotakSel, RencanaLembar } from "../../lembar/rencana";
import { alamatKotak } from "../../lembar/rencana";
import { namaLembarIku } from "../../iku/tata-letak";
import { refBarisIku, rumusIkuCapaian, rumusIkuPredikat, rumusIkuRealisasiSdTw, rumusIkuTargetSdTw, awalanLembar } from "../../iku/rumus";
import { warnaHurufDi } from "../../iku/warna";
import { tinggiTeks } from "./teks-cetak";
import {
  JUDUL_RINGKASAN, JUMLAH_KOLOM_CETAK, KOLOM_EVALUASI, KOLOM_NILAI_RINGKASAN, kolomEvaluasi, namaLembarEvaluasi,
  type CatatanEvaluasi, type KunciKolomEvaluasi,
} from "./tata-letak-evaluasi";

export interface MasukanLembarEvaluasi {
  tahun: number;
  tw: Triwulan;
  pengaturan: Pengaturan;
  /** The IKU sheet's indicator rows (barisIndikatorIku), in sheet order. */
  barisIku: readonly { baris: number; indikator: string }[];
  /** Free text of the sheet being replaced, by indicator text. */
  catatan?: ReadonlyMap<string, CatatanEvaluasi>;
}

export const TINGGI_JUDUL = 22;
export const TINGGI_BARIS_ATAS = 16;
/** Rows of the summary-and-chart block, at least (the chart needs the height). */
const BARIS_BLOK_MIN = 16;
const MULAI_RINGKASAN = 4;
const WARNA_HEADER = "#D9E1F2";
/**
 * The header row's height: enough lines for the longest wrapped heading ("Realisasi s.d. TW III"
 * takes three lines in its 66-point column). A fixed height that is too small cuts text off on paper.
 */
export function tinggiHeaderEvaluasi(tw: Triwulan): number {
  return Math.max(...KOLOM_EVALUASI.map((k) => tinggiTeks(k.judul(tw), k.lebar)));
}

/** 0-based rows of the parts of the sheet, which depend only on the number of predikat bands. */
export function tataBarisEvaluasi(jumlahPita: number): { ringkasan: number; jumlahRingkasan: number; tinggiBlok: number; header: number; data: number } {
  const jumlahRingkasan = jumlahPita + 3;
  const tinggiBlok = Math.max(BARIS_BLOK_MIN, jumlahRingkasan + 1);
  const header = MULAI_RINGKASAN + tinggiBlok + 1;
  return { ringkasan: MULAI_RINGKASAN, jumlahRingkasan, tinggiBlok, header, data: header + 1 };
}

const kol = kolomEvaluasi;
const huruf = (k: KunciKolomEvaluasi, baris: number): string => alamatKotak({ baris, kolom: kol(k), jumlahBaris: 1, jumlahKolom: 1 });
const atauKosong = (s: string | undefined): string | null => (s === undefined || s === "" ? null : s);
const teksRumus = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function barisData(m: MasukanLembarEvaluasi, i: number, baris: number): IsiSel[] {
  const { baris: r, indikator } = m.barisIku[i];
  const lembar = namaLembarIku(m.tahun);
  const ref = refBarisIku(r, lembar);
  const p = awalanLembar(lembar);
  const c = m.catatan?.get(indikator);
  const capaian = huruf("capaian", baris);
  const isi: Record<KunciKolomEvaluasi, IsiSel> = {
    no: i + 1,
    indikator: { rumus: `=${p}C${r}` },
    // ""& keeps an empty Satuan empty (a bare reference to an empty cell shows 0).
    satuan: { rumus: `=""&${p}D${r}` },
    target: { rumus: rumusIkuTargetSdTw(ref, m.tw) },
    realisasi: { rumus: rumusIkuRealisasiSdTw(ref, m.tw) },
    capaian: { rumus: rumusIkuCapaian(ref, huruf("target", baris), huruf("realisasi", baris)) },
    predikat: { rumus: rumusIkuPredikat(m.pengaturan.skala, capaian) },
    pendukung: atauKosong(c?.pendukung),
    penghambat: atauKosong(c?.penghambat),
    rekomendasi: atauKosong(c?.rekomendasi),
    jeda: null,
    "grafik-indikator": { rumus: `=${huruf("indikator", baris)}` },
    // #N/A leaves a gap in the chart where the capaian cannot be computed ("" would plot as 0).
    "grafik-capaian": { rumus: `=IF(ISNUMBER(${capaian}),${capaian},NA())` },
    "grafik-target": 100,
  };
  return KOLOM_EVALUASI.map((k) => isi[k.kunci]);
}

/** The summary lines: label and formula over the data rows (functions of Excel 2016 and LibreOffice alike). */
function ringkasan(m: MasukanLembarEvaluasi, d0: number, d1: number): { label: string; rumus: string; format: string }[] {
  const rentang = (k: KunciKolomEvaluasi): string => `${huruf(k, d0)}:${huruf(k, d1)}`;
  const cap = rentang("capaian");
  return [
    { label: "Jumlah indikator dievaluasi", rumus: `=ROWS(${rentang("indikator")})`, format: "0" },
    ...m.pengaturan.skala.pita.map((p) => ({ label: `Predikat ${p.nama}`, rumus: `=COUNTIF(${rentang("predikat")},${teksRumus(p.nama)})`, format: "0" })),
    { label: "Rata-rata capaian (%)", rumus: `=IF(COUNT(${cap})=0,"",AVERAGE(${cap}))`, format: "0.00" },
    // Realisasi s.d. TW is "" when no quarter is reported (never 0): every non-number is "no data".
    { label: `Belum ada realisasi s.d. ${labelTriwulan(m.tw)}`, rumus: `=ROWS(${rentang("realisasi")})-COUNT(${rentang("realisasi")})`, format: "0" },
  ];
}

export function rencanaLembarEvaluasi(m: MasukanLembarEvaluasi): RencanaLembar {
  const n = m.barisIku.length;
  const t = tataBarisEvaluasi(m.pengaturan.skala.pita.length);
  const d1 = t.data + Math.max(n, 1) - 1;
  const semua = KOLOM_EVALUASI.length;
  const cetak = JUMLAH_KOLOM_CETAK;
  const kotak = (baris: number, kolom: number, jumlahBaris = 1, jumlahKolom = 1): KotakSel => ({ baris, kolom, jumlahBaris, jumlahKolom });
  const kolomData = (k: KunciKolomEvaluasi, ikutHeader = false): KotakSel => kotak(ikutHeader ? t.header : t.data, kol(k), n + (ikutHeader ? 1 : 0), 1);
  // "s.d. TW n": the figures run from the start of the year (UU 17/2003: the budget year is the calendar year).
  const awal = rentangTw(m.tahun, 1).awal;
  const akhir = rentangTw(m.tahun, m.tw).akhir;
  const pad = (a: IsiSel[]): IsiSel[] => [...a, ...Array<IsiSel>(semua - a.length).fill(null)];
  const baris = ringkasan(m, t.data, d1);

  const lebar = KOLOM_EVALUASI.map((k) => k.lebar);
  const jumlahLebar = (dari: number, sampai: number): number => lebar.slice(dari, sampai).reduce((a, b) => a + b, 0);
  const xGrafik = jumlahLebar(0, KOLOM_NILAI_RINGKASAN + 1) + 12;
  const tinggiBaris = [
    { baris: 0, tinggi: TINGGI_JUDUL },
    ...Array.from({ length: t.ringkasan + t.tinggiBlok - 1 }, (_, i) => ({ baris: i + 1, tinggi: TINGGI_BARIS_ATAS })),
    { baris: t.header, tinggi: tinggiHeaderEvaluasi(m.tw) },
  ];

  const gaya: GayaKotak[] = [
    { kotak: kotak(0, 0, 1, cetak), gaya: { tebal: true, ukuranHuruf: 14, rataHorizontal: "tengah" } },
    { kotak: kotak(1, 0, 2, cetak), gaya: { tebal: true, rataHorizontal: "tengah" } },
    { kotak: kotak(t.ringkasan, 0), gaya: { tebal: true } },
    { kotak: kotak(t.ringkasan + 1, 0, t.jumlahRingkasan, KOLOM_NILAI_RINGKASAN + 1), gaya: { bingkai: { jenis: "semua", garis: "tipis" } } },
    ...baris.map((b, i) => ({ kotak: kotak(t.ringkasan + 1 + i, KOLOM_NILAI_RINGKASAN), gaya: { formatAngka: b.format, tebal: true, rataHorizontal: "kanan" as const } })),
    { kotak: kotak(t.header, 0, 1, semua), gaya: { tebal: true, bungkus: true, isi: WARNA_HEADER, rataHorizontal: "tengah", rataVertikal: "tengah" } },
    { kotak: kotak(t.header, 0, n + 1, cetak), gaya: { bingkai: { jenis: "semua", garis: "tipis" } } },
    { kotak: kotak(t.data, 0, n, semua), gaya: { rataVertikal: "atas" } },
    { kotak: kolomData("no"), gaya: { formatAngka: "0", rataHorizontal: "tengah" } },
    ...(["indikator", "pendukung", "penghambat", "rekomendasi"] as const).map((k) => ({ kotak: kolomData(k), gaya: { bungkus: true } })),
    // Typed text stays text ("-", "=…" are notes here, not formulas).
    ...(["pendukung", "penghambat", "rekomendasi"] as const).map((k) => ({ kotak: kolomData(k), gaya: { formatAngka: "@" } })),
    ...(["target", "realisasi"] as const).map((k) => ({ kotak: kolomData(k), gaya: { formatAngka: "General", rataHorizontal: "kanan" as const } })),
    { kotak: kolomData("capaian"), gaya: { formatAngka: "0.00", rataHorizontal: "kanan" } },
    { kotak: kolomData("grafik-capaian"), gaya: { formatAngka: "0.00" } },
    { kotak: kotak(t.header, kol("grafik-indikator"), n + 1, 3), gaya: { warnaHuruf: "#7F7F7F" } },
  ];

  const selPredikat = `$${huruf("predikat", t.data)}`;
  const formatBersyarat: FormatBersyarat[] = m.pengaturan.skala.pita.map((p) => ({
    kotak: kotak(t.data, kol("capaian"), n, 2),
    rumus: `=${selPredikat}=${teksRumus(p.nama)}`,
    isi: p.warna,
    warnaHuruf: warnaHurufDi(p.warna),
  }));

  const nama = namaLembarEvaluasi(m.tahun, m.tw);
  return {
    nama,
    lebarKolom: lebar,
    tinggiBaris,
    // Indicator names and the Tim's notes wrap: each indicator row is fitted to its text.
    pasTinggi: n > 0 ? [kotak(t.data, 0, n, semua)] : [],
    blok: [
      { baris: 0, kolom: 0, isi: [
        pad([`EVALUASI KINERJA ${labelPeriodeTw({ tahun: m.tahun, tw: m.tw }).toUpperCase()}`]),
        pad([teksInstansi(m.pengaturan)]),
        pad([`Periode ${formatTanggal(awal)} s.d. ${formatTanggal(akhir)} · sumber data: lembar ${namaLembarIku(m.tahun)}`]),
        pad([]),
        pad([JUDUL_RINGKASAN]),
        ...baris.map((b) => pad([b.label, null, { rumus: b.rumus }])),
      ] },
      { baris: t.header, kolom: 0, isi: [KOLOM_EVALUASI.map((k) => k.judul(m.tw))] },
      { baris: t.data, kolom: 0, isi: m.barisIku.map((_, i) => barisData(m, i, t.data + i)) },
    ],
    gabung: [
      kotak(0, 0, 1, cetak), kotak(1, 0, 1, cetak), kotak(2, 0, 1, cetak),
      ...baris.map((_, i) => kotak(t.ringkasan + 1 + i, 0, 1, KOLOM_NILAI_RINGKASAN)),
    ],
    gaya,
    formatBersyarat,
    grafik: n === 0 ? [] : [{
      id: "grafik-capaian",
      jenis: "kolom",
      judul: `Capaian Indikator s.d. ${labelTriwulan(m.tw)} Tahun ${m.tahun} (%)`,
      kategori: kolomData("grafik-indikator"),
      seri: [
        { nama: "Capaian (%)", nilai: kolomData("grafik-capaian") },
        { nama: "Target 100%", nilai: kolomData("grafik-target"), jenis: "garis" },
      ],
      x: xGrafik,
      y: TINGGI_JUDUL + (t.ringkasan - 1) * TINGGI_BARIS_ATAS,
      lebar: jumlahLebar(KOLOM_NILAI_RINGKASAN + 1, cetak) - 12,
      tinggi: t.tinggiBlok * TINGGI_BARIS_ATAS - 4,
    }],
    halaman: {
      orientasi: "lanskap",
      kertas: m.pengaturan.kertas,
      satuHalamanLebar: true,
      judulCetak: { dari: t.header, sampai: t.header },
      areaCetak: kotak(0, 0, d1 + 1, cetak),
      kaki: `${nama} — Halaman &P`,
    },
  };
}
