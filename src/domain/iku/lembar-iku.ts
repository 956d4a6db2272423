/**
 * "Buat lembar IKU": the plan of the standard IKU sheet of one year (layout: ./tata-letak.ts). Input
 * columns hold values; computed columns hold the generic formulas of ./rumus.ts, which branch on the
 * row's Polaritas and Agregasi words, so the sheet keeps computing without the add-in (DESIGN.md,
 * "Capaian": Evapor never changes a formula silently).
 */
import type { Triwulan } from "../evaluasi/triwulan";
import type { SkalaPredikat } from "../kinerja/predikat";
import type { UkuranKertas } from "../pengaturan/model";
import type { FormatBersyarat, GayaKotak, IsiSel, RencanaLembar, ValidasiSel } from "../lembar/rencana";
import {
  BARIS_HEADER, BARIS_INSTANSI, BARIS_JUDUL, BARIS_TW, DATA_MULAI, KOLOM_IKU, SEL_TW,
  hurufKolomIku, namaLembarIku, TEKS_AGREGASI, TEKS_POLARITAS, namaTabelIku, teksAgregasi, teksPolaritas,
  type IndikatorIku, type KunciKolomIku,
} from "./tata-letak";
import {
  refBarisIku, rumusIkuCapaian, rumusIkuCapaianRenstra, rumusIkuPredikat, rumusIkuRealisasiRenstra,
  rumusIkuRealisasiSdTw, rumusIkuRealisasiTahunan, rumusIkuTargetSdTw,
} from "./rumus";
import { barisKeterangan } from "./keterangan";
import { warnaHurufDi } from "./warna";
import { JUDUL_KOLOM_IKU, tataHalamanIku } from "./cetak-iku";
import { tinggiTeks } from "../evaluasi/lembar/teks-cetak";

export interface MasukanLembarIku {
  tahun: number;
  instansi: string;
  skala: SkalaPredikat;
  kertas: UkuranKertas;
  tw: Triwulan;
  indikator: readonly IndikatorIku[];
  /** Empty rows (formulas ready) after the indicators; default 10 when the list is empty, else 0. */
  barisKosong?: number;
}

export const WARNA_HEADER = "#D9E1F2";
/** Computed columns get another fill so users see which cells are formulas. */
export const WARNA_DIHITUNG = "#E2EFDA";
const JUMLAH_KOLOM = KOLOM_IKU.length;
const kolom = (k: KunciKolomIku): number => KOLOM_IKU.findIndex((x) => x.kunci === k);

/** Numeric input columns: validated as decimals. */
export const KOLOM_ANGKA: readonly KunciKolomIku[] = [
  "target", "target-atas", "target-tw1", "target-tw2", "target-tw3", "target-tw4",
  "realisasi-tw1", "realisasi-tw2", "realisasi-tw3", "realisasi-tw4", "target-renstra", "realisasi-renstra-lalu",
];
/** Realisasi can be negative (a growth rate): the validation only keeps text out. */
const MIN_ANGKA = -1e12;
const KOLOM_CAPAIAN: readonly KunciKolomIku[] = ["capaian-sd-tw", "capaian-tahunan", "capaian-renstra"];
const KOLOM_NILAI_HITUNG: readonly KunciKolomIku[] = ["target-sd-tw", "realisasi-sd-tw", "realisasi-tahunan", "realisasi-renstra"];
const KOLOM_TEKS: readonly KunciKolomIku[] = ["sasaran", "indikator", "satuan", "penanggung-jawab", "sumber-data"];

function lebar(k: KunciKolomIku): number {
  switch (k) {
    case "no": return 28;
    case "sasaran": return 150;
    case "indikator": return 190;
    case "satuan": return 55;
    case "polaritas": return 80;
    case "agregasi": return 70;
    case "penanggung-jawab": case "sumber-data": return 110;
    case "predikat": return 80;
    default: return 66;
  }
}

/** The computed cells of Excel row `baris`, in KOLOM_IKU order of the computed keys. */
function rumusBaris(baris: number, skala: SkalaPredikat): Partial<Record<KunciKolomIku, string>> {
  const ref = refBarisIku(baris);
  const tw = `$${SEL_TW.replace(/(\d+)/, "$$$1")}`;
  return {
    "target-sd-tw": rumusIkuTargetSdTw(ref, tw),
    "realisasi-sd-tw": rumusIkuRealisasiSdTw(ref, tw),
    "capaian-sd-tw": rumusIkuCapaian(ref, ref.targetSdTw, ref.realisasiSdTw),
    predikat: rumusIkuPredikat(skala, ref.capaianSdTw),
    "realisasi-tahunan": rumusIkuRealisasiTahunan(ref),
    "capaian-tahunan": rumusIkuCapaian(ref, ref.target, ref.realisasiTahunan),
    "realisasi-renstra": rumusIkuRealisasiRenstra(ref, ref.realisasiTahunan),
    "capaian-renstra": rumusIkuCapaianRenstra(ref, ref.realisasiRenstra),
  };
}

function nilaiIsian(ind: IndikatorIku, no: number): Partial<Record<KunciKolomIku, IsiSel>> {
  const t = ind.target;
  return {
    no, sasaran: ind.sasaran, indikator: ind.indikator, satuan: ind.satuan,
    polaritas: teksPolaritas(ind.aturan), agregasi: teksAgregasi(ind.agregasi),
    target: t === null ? null : typeof t === "number" ? t : t.bawah,
    "target-atas": t === null || typeof t === "number" ? null : t.atas,
    "target-tw1": ind.targetTw[0], "target-tw2": ind.targetTw[1], "target-tw3": ind.targetTw[2], "target-tw4": ind.targetTw[3],
    "realisasi-tw1": ind.realisasiTw[0], "realisasi-tw2": ind.realisasiTw[1],
    "realisasi-tw3": ind.realisasiTw[2], "realisasi-tw4": ind.realisasiTw[3],
    "target-renstra": ind.targetRenstra, "realisasi-renstra-lalu": ind.realisasiRenstraLalu,
    "penanggung-jawab": ind.penanggungJawab, "sumber-data": ind.sumberData,
  };
}

function baris(baris: number, ind: IndikatorIku | null, no: number, skala: SkalaPredikat): IsiSel[] {
  const isian = ind === null ? {} : nilaiIsian(ind, no);
  const rumus = rumusBaris(baris, skala);
  return KOLOM_IKU.map((k) => {
    const f = rumus[k.kunci];
    return f !== undefined ? { rumus: f } : isian[k.kunci] ?? null;
  });
}

export function rencanaLembarIku(masukan: MasukanLembarIku): RencanaLembar {
  const { tahun, skala, indikator } = masukan;
  const kosong = Math.max(0, masukan.barisKosong ?? (indikator.length === 0 ? 10 : 0));
  // An Excel table needs at least one data row.
  const jumlahData = Math.max(1, indikator.length + kosong);
  const r0 = DATA_MULAI - 1;
  const h0 = BARIS_HEADER - 1;
  const data = Array.from({ length: jumlahData }, (_, i) => baris(DATA_MULAI + i, indikator[i] ?? null, i + 1, skala));
  const semua = (k: KunciKolomIku) => ({ baris: r0, kolom: kolom(k), jumlahBaris: jumlahData, jumlahKolom: 1 });
  const twKolom = SEL_TW.charCodeAt(0) - 65;

  const gaya: GayaKotak[] = [
    { kotak: { baris: BARIS_JUDUL - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: JUMLAH_KOLOM }, gaya: { tebal: true, ukuranHuruf: 14, rataHorizontal: "tengah" } },
    { kotak: { baris: BARIS_INSTANSI - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: JUMLAH_KOLOM }, gaya: { tebal: true, rataHorizontal: "tengah" } },
    { kotak: { baris: BARIS_TW - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: twKolom }, gaya: { tebal: true } },
    { kotak: { baris: BARIS_TW - 1, kolom: twKolom, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { tebal: true, isi: "#FFF2CC", rataHorizontal: "tengah", formatAngka: "0", bingkai: { jenis: "luar", garis: "tipis" } } },
    { kotak: { baris: h0, kolom: 0, jumlahBaris: 1, jumlahKolom: JUMLAH_KOLOM }, gaya: { tebal: true, bungkus: true, isi: WARNA_HEADER, rataHorizontal: "tengah", rataVertikal: "tengah" } },
    ...KOLOM_IKU.flatMap((k, c) => (k.dihitung ? [{ kotak: { baris: h0, kolom: c, jumlahBaris: 1 + jumlahData, jumlahKolom: 1 }, gaya: { isi: WARNA_DIHITUNG } }] : [])),
    { kotak: { baris: r0, kolom: 0, jumlahBaris: jumlahData, jumlahKolom: JUMLAH_KOLOM }, gaya: { rataVertikal: "atas", bingkai: { jenis: "semua", garis: "tipis" } } },
    ...KOLOM_TEKS.map((k) => ({ kotak: semua(k), gaya: { bungkus: true, formatAngka: "@" } })),
    // "General" shows 82.5 as 82.5 and 100 as 100 in the user's own separators; "#,##0.##" would print "100.".
    ...[...KOLOM_ANGKA, ...KOLOM_NILAI_HITUNG].map((k) => ({ kotak: semua(k), gaya: { formatAngka: "General", rataHorizontal: "kanan" as const } })),
    ...KOLOM_CAPAIAN.map((k) => ({ kotak: semua(k), gaya: { formatAngka: "0.00", rataHorizontal: "kanan" as const } })),
    { kotak: semua("no"), gaya: { formatAngka: "0", rataHorizontal: "tengah" } },
  ];

  const validasi: ValidasiSel[] = [
    { kind: "bilangan-bulat", kotak: { baris: BARIS_TW - 1, kolom: twKolom, jumlahBaris: 1, jumlahKolom: 1 }, min: 1, maks: 4, pesan: "Isi triwulan berjalan 1, 2, 3 atau 4. Kolom s.d. TW dihitung sampai triwulan ini." },
    { kind: "daftar", kotak: semua("polaritas"), pilihan: TEKS_POLARITAS, pesan: "Pilih aturan capaian: positif, negatif, negatif (rasio) atau stabil." },
    { kind: "daftar", kotak: semua("agregasi"), pilihan: TEKS_AGREGASI, pesan: "Pilih cara menggabungkan triwulan: kumulatif, nilai akhir atau rata-rata." },
    ...KOLOM_ANGKA.map((k): ValidasiSel => ({ kind: "desimal", kotak: semua(k), min: MIN_ANGKA, pesan: "Isi dengan angka (boleh desimal), atau kosongkan jika belum ada data." })),
  ];

  // One colour per band on the Capaian s.d. TW and Predikat cells, keyed on the Predikat cell.
  const sel = `$${hurufKolomIku("predikat")}${DATA_MULAI}`;
  const formatBersyarat: FormatBersyarat[] = skala.pita.map((p) => ({
    kotak: { baris: r0, kolom: kolom("capaian-sd-tw"), jumlahBaris: jumlahData, jumlahKolom: kolom("predikat") - kolom("capaian-sd-tw") + 1 },
    rumus: `=${sel}="${p.nama.replace(/"/g, '""')}"`,
    isi: p.warna,
    warnaHuruf: warnaHurufDi(p.warna),
  }));

  // Title, office and legend live in the columns repeated on every printed page (No, Sasaran,
  // Indikator): each of the three pages then carries them whole, not cut at a page edge.
  const kolomJudul = KOLOM_IKU.slice(JUDUL_KOLOM_IKU.dari, JUDUL_KOLOM_IKU.sampai + 1).map((k) => lebar(k.kunci));
  const ket = barisKeterangan(skala, r0 + jumlahData + 1, kolomJudul);
  const namaKolom = KOLOM_IKU.map((k) => k.judul);
  const lebarJudul = JUDUL_KOLOM_IKU.sampai - JUDUL_KOLOM_IKU.dari + 1;
  const pad = (a: IsiSel[]): IsiSel[] => [...a, ...Array<IsiSel>(JUMLAH_KOLOM - a.length).fill(null)];

  return {
    nama: namaLembarIku(tahun),
    lebarKolom: KOLOM_IKU.map((k) => lebar(k.kunci)),
    // Tall enough for the longest wrapped heading ("Realisasi Renstra s.d. Tahun Lalu").
    tinggiBaris: [{ baris: h0, tinggi: Math.max(45, ...KOLOM_IKU.map((k) => tinggiTeks(k.judul, lebar(k.kunci)))) }, ...ket.tinggiBaris],
    blok: [
      { baris: 0, kolom: 0, isi: [
        pad([`INDIKATOR KINERJA UTAMA (IKU) TAHUN ${tahun}`]),
        pad([masukan.instansi]),
        pad(["Triwulan berjalan", null, null, masukan.tw]),
        pad([]),
        namaKolom,
      ] },
      { baris: r0, kolom: 0, isi: data },
      ...ket.blok,
    ],
    gabung: [
      { baris: BARIS_JUDUL - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: lebarJudul },
      { baris: BARIS_INSTANSI - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: lebarJudul },
      ...ket.gabung,
    ],
    gaya: [...gaya, ...ket.gaya],
    validasi,
    formatBersyarat,
    // Sasaran and Indikator wrap in their columns: Excel fits each data row to its text.
    pasTinggi: [{ baris: r0, kolom: 0, jumlahBaris: jumlahData, jumlahKolom: JUMLAH_KOLOM }],
    tabel: { nama: namaTabelIku(tahun), kotak: { baris: h0, kolom: 0, jumlahBaris: 1 + jumlahData, jumlahKolom: JUMLAH_KOLOM } },
    bekukan: { baris: BARIS_HEADER, kolom: kolom("indikator") + 1 },
    halaman: tataHalamanIku(masukan.kertas, KOLOM_IKU.map((k) => lebar(k.kunci)), { judul: h0 }, `IKU ${tahun} — Halaman &P`),
  };
}
