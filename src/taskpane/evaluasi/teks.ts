/**
 * Strings of the Evaluasi page: Bahasa Indonesia first (literal types: `{name}` placeholders are
 * checked where `t` is called), English typed against the same keys. Merged into the catalogs by
 * ../i18n/id.ts and ../i18n/en.ts. Keys start with "evaluasi.".
 */
export const teksEvaluasiId = {
  "evaluasi.judul-bagian": "Evaluasi",
} as const;

export const teksEvaluasiEn: Record<keyof typeof teksEvaluasiId, string> = {
  "evaluasi.judul-bagian": "Evaluasi",
};
