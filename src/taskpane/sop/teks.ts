/**
 * Strings of the Sop page: Bahasa Indonesia first (literal types: `{name}` placeholders are
 * checked where `t` is called), English typed against the same keys. Merged into the catalogs by
 * ../i18n/id.ts and ../i18n/en.ts. Keys start with "sop.".
 */
export const teksSopId = {
  "sop.judul-bagian": "Sop",
} as const;

export const teksSopEn: Record<keyof typeof teksSopId, string> = {
  "sop.judul-bagian": "Sop",
};
