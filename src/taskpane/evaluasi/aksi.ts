import type { AksiEvaluasi, AmbilRekomendasi } from "./aksi-tipe";
import { sisipkanEvaluasiTw } from "../../excel/evaluasi/sisipkan-evaluasi";
import { sisipkanBeritaAcara } from "../../excel/evaluasi/sisipkan-berita-acara";
import { ambilRekomendasi } from "../../excel/evaluasi/tindak-lanjut-rekomendasi";

/** The real insert functions (src/excel/evaluasi/sisipkan-evaluasi.ts, sisipkan-berita-acara.ts). */
export const AKSI_EVALUASI: AksiEvaluasi | null = { sisipkanEvaluasiTw, sisipkanBeritaAcara };

/** `ambilRekomendasi` of src/excel/evaluasi/tindak-lanjut-rekomendasi.ts. */
export const AMBIL_REKOMENDASI: AmbilRekomendasi | null = ambilRekomendasi;
