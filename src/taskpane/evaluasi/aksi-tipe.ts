/**
 * What the Evaluasi section asks of Excel: the shapes of src/excel/evaluasi/sisipkan-evaluasi.ts and
 * sisipkan-berita-acara.ts; the page passes the real functions in, so this section is testable with
 * any implementation.
 */
import type { Triwulan } from "../../domain/evaluasi/triwulan";
import type { Pengaturan } from "../../domain/pengaturan/model";
import type { HasilSisipkanEvaluasi } from "../../excel/evaluasi/sisipkan-evaluasi";
import type { HasilSisipkanBeritaAcara, MasukanBeritaAcara } from "../../excel/evaluasi/sisipkan-berita-acara";

export type { HasilSisipkanBeritaAcara, HasilSisipkanEvaluasi, MasukanBeritaAcara };

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
