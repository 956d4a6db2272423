/**
 * Conversions between the snapshot's units (points, Excel API names) and the file's (ECMA-376).
 *
 * Column widths: the file stores `width` in characters of the default font's widest digit
 * *including* the 5 px cell padding (ECMA-376 Part 1, §18.3.1.13): pixels ≈ width × 7 for
 * Calibri 11 (7 px per digit). Excel's default column shows as 8.43 characters, is stored as
 * 9.140625 and is 64 px = 48 pt wide; so width = pt × 4/3 ÷ 7 = pt ÷ 5.25.
 */
const POINTS_PER_WIDTH_UNIT = 0.75 * 7;

// Excel truncates to 1/256 of a character (64 px → 9.140625).
export const widthFromPoints = (pt: number): number => Math.floor((pt / POINTS_PER_WIDTH_UNIT) * 256 + 1e-6) / 256;
export const pointsFromWidth = (width: number): number => Math.round(width * POINTS_PER_WIDTH_UNIT * 100) / 100;

/** "#1f4e79" → "FF1F4E79" (ExcelJS colours are ARGB). */
export const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** "FF1F4E79" → "#1F4E79"; theme and indexed colours (no argb) are left out. */
export const hexOf = (value: string | undefined): string | undefined =>
  value && /^[0-9A-Fa-f]{6,8}$/.test(value) ? `#${value.slice(-6).toUpperCase()}` : undefined;

/** OOXML paper codes (ST_PaperSize): 9 = A4, 14 = Folio 8.5 × 13 in (F4), 5 = Legal, 1 = Letter. */
export const PAPER_CODES: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13, Folio: 14 };

export function paperName(code: number | undefined): string {
  return Object.entries(PAPER_CODES).find(([, c]) => c === code)?.[0] ?? "Letter";
}

/**
 * Excel API comparison operators ("GreaterThanOrEqualTo" in data validation, "GreaterThanOrEqual"
 * in conditional formats) → the file's ("greaterThanOrEqual").
 */
export function fileOperator(apiOperator: string | undefined): FileOperator | undefined {
  if (!apiOperator) return undefined;
  const name = apiOperator.replace(/To$/, "");
  const op = name.charAt(0).toLowerCase() + name.slice(1);
  return (FILE_OPERATORS as readonly string[]).includes(op) ? (op as FileOperator) : undefined;
}

const FILE_OPERATORS = ["between", "notBetween", "equal", "notEqual", "greaterThan", "lessThan", "greaterThanOrEqual", "lessThanOrEqual"] as const;
export type FileOperator = (typeof FILE_OPERATORS)[number];

/** A formula as the file stores it: no leading "="; numbers as their text. */
export const fileFormula = (f: unknown): string => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : String(f));
