/**
 * The legend printed under the IKU table, so the sheet explains itself on paper: the capaian rule of
 * each Polaritas word (the readable formulas of rumusTeks, DESIGN.md "Capaian"), the Agregasi words
 * (DESIGN.md "Quarterly aggregation") and the predikat bands of the workbook's scale.
 */
import { rumusTeks } from "../capaian/rumus-teks";
import { formatId } from "../capaian/angka";
import type { SkalaPredikat } from "../kinerja/predikat";
import type { BlokIsi, GayaKotak } from "../lembar/rencana";
import { warnaHurufDi } from "./warna";

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

export function barisKeterangan(skala: SkalaPredikat, mulai: number): { blok: BlokIsi[]; gaya: GayaKotak[]; jumlahBaris: number } {
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
  const gaya: GayaKotak[] = [
    { kotak: { baris: mulai, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { tebal: true } },
    { kotak: { baris: mulai + aturan.length - 1, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { tebal: true } },
    ...skala.pita.map((p, i) => ({
      kotak: { baris: mulai + aturan.length + i, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 },
      gaya: { isi: p.warna, warnaHuruf: warnaHurufDi(p.warna) },
    })),
  ];
  return { blok: [{ baris: mulai, kolom: 0, isi }], gaya, jumlahBaris: isi.length };
}
