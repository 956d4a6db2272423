/**
 * What the Evaluasi section asks of Excel, typed after src/excel/evaluasi/sisipkan-evaluasi.ts and
 * sisipkan-berita-acara.ts (another engineer's files); the page passes the real functions in, so
 * this section is testable with any implementation.
 */
import type { Triwulan } from "../../domain/evaluasi/triwulan";
import type { Pengaturan } from "../../domain/pengaturan/model";

export type HasilSisipkanEvaluasi =
  | { kind: "ok"; namaLembar: string; jumlahIndikator: number; diperbarui: boolean }
  | { kind: "lembar-iku-tidak-ada"; namaLembar: string }
  | { kind: "iku-kosong"; namaLembar: string };

export type HasilSisipkanBeritaAcara =
  | { kind: "ok"; namaLembar: string }
  | { kind: "evaluasi-tidak-ada"; namaLembar: string }
  | { kind: "sudah-ada"; namaLembar: string };

export interface MasukanBeritaAcara {
  tahun: number;
  tw: Triwulan;
  tanggal: Date;
  tempat: string;
  nomor: string;
  tim: { nama: string; jabatan: string; nip?: string }[];
  ketuaTim: { nama: string; nip?: string };
  tindakLanjut: readonly string[];
  pengaturan: Pengaturan;
}

export interface AksiEvaluasi {
  /** `lembarAda`: the pane believes the quarter's sheet exists (a hint that saves a sync when right). */
  sisipkanEvaluasiTw(context: Excel.RequestContext, opsi: { tahun: number; tw: Triwulan; pengaturan: Pengaturan; lembarAda?: boolean }): Promise<HasilSisipkanEvaluasi>;
  sisipkanBeritaAcara(context: Excel.RequestContext, masukan: MasukanBeritaAcara, opsi?: { ganti?: boolean }): Promise<HasilSisipkanBeritaAcara>;
}

/** A result of either button, or the settings missing. */
export type HasilAksiEvaluasi =
  | { aksi: "evaluasi"; hasil: HasilSisipkanEvaluasi }
  | { aksi: "berita-acara"; hasil: HasilSisipkanBeritaAcara }
  | { aksi: "pengaturan"; kind: "belum-ada" | "rusak" | "ganda" };

/** A recommendation as the evaluation sheet holds it (its Excel row, indicator, text). */
export interface Rekomendasi { baris: number; indikator: string; rekomendasi: string }

export type HasilAmbilRekomendasi =
  | { kind: "ok"; namaLembar: string; rekomendasi: Rekomendasi[] }
  | { kind: "lembar-tidak-ada"; namaLembar: string };

/** Reads the recommendations of "Evaluasi TW n <tahun>" (src/excel/evaluasi/tindak-lanjut-rekomendasi.ts). */
export type AmbilRekomendasi = (context: Excel.RequestContext, tahun: number, tw: Triwulan) => Promise<HasilAmbilRekomendasi>;
