/**
 * The legend printed under the IKU table, so the sheet explains itself on paper: the capaian rule of
 * each Polaritas word (the readable formulas of rumusTeks, DESIGN.md "Capaian"), the Agregasi words
 * (DESIGN.md "Quarterly aggregation") and the predikat bands of the workbook's scale.
 */
import { rumusTeks } from "../capaian/rumus-teks";
import { formatId } from "../capaian/angka";
import type { SkalaPredikat } from "../kinerja/predikat";
import type { BlokIsi, GayaKotak, KotakSel } from "../lembar/rencana";
import { tinggiTeks } from "../evaluasi/lembar/teks-cetak";
import { warnaHurufDi } from "./warna";

/** Columns a band's colour spans: its text must sit on the colour, white text beside it would vanish. */
const KOLOM_PITA = 3;

/** "Sangat Tinggi: ≥ 91", "Tinggi: 76 s.d. < 91", …, "Sangat Rendah: < 51". */
export function teksPita(skala: SkalaPredikat): string[] {
  return skala.pita.map((p, i) => {
    const atas = i > 0 ? skala.pita[i - 1].batasBawah : null;
    if (p.batasBawah === null) {
      const terendah = skala.pita[i - 1]?.batasBawah;
      return terendah === undefined || terendah === null ? p.nama : `${p.nama}: capaian < ${formatId(terendah)}%`;
    }
    return atas === null ? `${p.nama}: capaian ≥ ${formatId(p.batasBawah)}%` : `${p.nama}: ${formatId(p.batasBawah)}% ≤ capaian < ${formatId(atas)}%`;
  });
}

/**
 * The legend from row `mulai`. Each rule line is merged over the columns of `lebarKolom` (their
 * widths) and wrapped, with a row height to fit, so no text runs past a page edge; each predikat
 * band is merged over the first three columns with its colour under all its text.
 */
export function barisKeterangan(skala: SkalaPredikat, mulai: number, lebarKolom: readonly number[]): {
  blok: BlokIsi[]; gaya: GayaKotak[]; gabung: KotakSel[]; tinggiBaris: { baris: number; tinggi: number }[]; jumlahBaris: number;
} {
  const aturan = [
    "Keterangan (R = realisasi, T = target; kolom berwarna hijau muda dihitung dengan rumus, jangan diketik):",
    `Polaritas positif: ${rumusTeks({ polaritas: "positif" }, 1)}`,
    `Polaritas negatif: ${rumusTeks({ polaritas: "negatif", rumusNegatif: "selisih" }, 1)}`,
    `Polaritas negatif (rasio): ${rumusTeks({ polaritas: "negatif", rumusNegatif: "rasio" }, 1)}`,
    `Polaritas stabil: ${rumusTeks({ polaritas: "stabil" }, 1)}`,
    "Target rentang (kolom Target Tahunan s.d. diisi): Capaian = 100% jika L ≤ R ≤ U, L = Target Tahunan, U = Target Tahunan s.d.; di luar rentang dihitung terhadap batas terdekat.",
    "Target 0: polaritas positif tidak dapat dihitung; polaritas negatif 100% jika R = 0, selain itu 0%.",
    "Agregasi kumulatif: jumlah triwulan yang terisi; nilai akhir: triwulan terakhir yang terisi; rata-rata: rata-rata triwulan yang terisi. Triwulan kosong tidak dihitung 0.",
    "Target s.d. TW: kumulatif = jumlah target TW I s.d. TW berjalan (jika semua terisi); lainnya = target TW berjalan; jika kosong, Target Tahunan.",
    `Predikat (${skala.nama}):`,
  ];
  const pita = teksPita(skala);
  const isi = [...aturan, ...pita].map((t) => [t]);
  const lebarAturan = lebarKolom.reduce((a, b) => a + b, 0);
  const kotakAturan = (i: number): KotakSel => ({ baris: mulai + i, kolom: 0, jumlahBaris: 1, jumlahKolom: lebarKolom.length });
  const kotakPita = (i: number): KotakSel => ({ baris: mulai + aturan.length + i, kolom: 0, jumlahBaris: 1, jumlahKolom: KOLOM_PITA });
  const gaya: GayaKotak[] = [
    { kotak: { baris: mulai, kolom: 0, jumlahBaris: aturan.length, jumlahKolom: lebarKolom.length }, gaya: { bungkus: true, rataVertikal: "atas" } },
    { kotak: kotakAturan(0), gaya: { tebal: true } },
    { kotak: kotakAturan(aturan.length - 1), gaya: { tebal: true } },
    ...skala.pita.map((p, i) => ({ kotak: kotakPita(i), gaya: { isi: p.warna, warnaHuruf: warnaHurufDi(p.warna) } })),
  ];
  return {
    blok: [{ baris: mulai, kolom: 0, isi }],
    gaya,
    gabung: [...aturan.map((_, i) => kotakAturan(i)), ...pita.map((_, i) => kotakPita(i))],
    // Excel does not grow a merged row for wrapped text: the height is set (teks-cetak.ts).
    tinggiBaris: aturan.map((t, i) => ({ baris: mulai + i, tinggi: Math.max(15, tinggiTeks(t, lebarAturan)) })),
    jumlahBaris: isi.length,
  };
}
