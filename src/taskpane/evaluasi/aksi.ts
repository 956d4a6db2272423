import type { AksiEvaluasi, AmbilRekomendasi } from "./aksi-tipe";

/**
 * The real insert functions (src/excel/evaluasi/sisipkan-evaluasi.ts, sisipkan-berita-acara.ts).
 * `null` while those modules are not in the tree: the page then shows the tindak-lanjut section only.
 */
export const AKSI_EVALUASI: AksiEvaluasi | null = null;

/** `ambilRekomendasi` of src/excel/evaluasi/tindak-lanjut-rekomendasi.ts; `null` while the evaluation sheet layout is not in the tree. */
export const AMBIL_REKOMENDASI: AmbilRekomendasi | null = null;
