/** Helpers for writing the library's SOPs compactly: one call per step, ids "L1", "L2", … */
import { identitasKosong, langkahBaru, type BidangLangkah, type IdentitasSop, type JenisLangkah, type Langkah, type Sop } from "../model";

export interface EntriPustaka {
  /** Stable id ("kalipare-evaluasi-data-kinerja"). */
  id: string;
  /** Name shown in the library list. */
  judul: string;
  /** Where the text comes from and how it was transcribed. */
  sumber: string;
  sop: Sop;
}

export interface BarisLangkah {
  kegiatan: string;
  pelaksana: number[];
  jenis?: JenisLangkah;
  kelengkapan: string;
  waktu: string;
  output: string;
  keterangan?: string;
  /** Decision targets by step number (1-based); `null` = the next step. */
  ya?: number | null;
  tidak?: number | null;
  perluDiperiksa?: BidangLangkah[];
}

/** Steps in order; the first is "mulai", the last "selesai", others "proses" unless given. */
export function susunLangkah(baris: readonly BarisLangkah[]): Langkah[] {
  const id = (n: number | null | undefined): string | null => (n === null || n === undefined ? null : `L${n}`);
  return baris.map((b, i) => {
    const jenis = b.jenis ?? (i === 0 ? "mulai" : i === baris.length - 1 ? "selesai" : "proses");
    return langkahBaru(`L${i + 1}`, {
      kegiatan: b.kegiatan,
      pelaksana: b.pelaksana,
      jenis,
      ...(jenis === "keputusan" ? { cabang: { ya: id(b.ya), tidak: id(b.tidak) } } : {}),
      kelengkapan: b.kelengkapan,
      waktu: b.waktu,
      output: b.output,
      keterangan: b.keterangan ?? "",
      perluDiperiksa: b.perluDiperiksa ?? [],
    });
  });
}

export function identitas(isi: Partial<IdentitasSop>): IdentitasSop {
  return { ...identitasKosong(), ...isi };
}

/** The Kalipare documents share their approval (seeds 000 and 004). */
export const PENGESAHAN_KALIPARE = {
  jabatan: "CAMAT KALIPARE",
  nama: "NEPO MARIS, S'Pd, MM",
  pangkat: "PEMBINA",
  nip: "19631116 199010 2 002",
} as const;

export const INSTANSI_KALIPARE = ["PEMERINTAH KABUPATEN MALANG", "KANTOR KECAMATAN KALIPARE"] as const;

export const DASAR_HUKUM_KALIPARE = [
  "Peraturan Presiden nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
  "Permenpan & Reformasi Birokrasi nomor 53 Tahun 2014 tentang petunjuk Perjanjian Kinerja, Pelaporan Kinerja dan Tata cara Review atas Laporan Kinerja Instansi Pemerintah.",
] as const;

export const KUALIFIKASI_KALIPARE = [
  "Memiliki kemampuan analisa data berdasar IKU",
  "Memiliki kemampuan mengevaluasi kinerja instansi",
  "Mampu mengoperasikan komputer",
] as const;
