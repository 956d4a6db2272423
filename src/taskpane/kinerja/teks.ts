/**
 * Strings of the Kinerja page: Bahasa Indonesia first (literal types: `{name}` placeholders are
 * checked where `t` is called), English typed against the same keys. Merged into the catalogs by
 * ../i18n/id.ts and ../i18n/en.ts. Keys start with "kinerja.".
 */
export const teksKinerjaId = {
  "kinerja.judul-bagian": "Kinerja",
} as const;

export const teksKinerjaEn: Record<keyof typeof teksKinerjaId, string> = {
  "kinerja.judul-bagian": "Kinerja",
};
