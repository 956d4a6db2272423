/**
 * Reading numbers as staff type them (DESIGN.md, "Numbers as staff type them"): every cell is
 * classified as a number (with its unit), empty, or invalid. Nothing invalid silently becomes 0.
 */
import { pisahkanAngka } from "./angka-teks";

export type LocaleAngka = "id" | "en";

export interface OpsiAngka {
  /** How to read an ambiguous `1.234` / `1,234`; "id" (default): dot = thousands, comma = decimal. */
  locale?: LocaleAngka;
  /** The cell's Excel number format, e.g. "0%": a number shown with % is a fraction (0.85 → 85). */
  numberFormat?: string;
}

export type AlasanTidakValid = "teks" | "galat-excel" | "logika" | "tak-hingga" | "tipe";

export type HasilAngka =
  | {
      kind: "angka";
      /** Percent values are on the 0–100 scale, like Persen. */
      nilai: number;
      satuan?: string;
      persen?: boolean;
      /** Set when the separators could be read two ways; `alternatif` is the other reading. */
      ambigu?: { alternatif: number };
    }
  | { kind: "kosong"; penanda?: string }
  | { kind: "tidak-valid"; alasan: AlasanTidakValid; teks: string };

// Excel's error values; a formula that failed is not a number (and not 0).
const GALAT_EXCEL = new Set([
  "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!",
]);

// Placeholders staff type for "not reported yet": read as empty (DESIGN.md: missing realisasi is
// empty, never 0). "n/a" is not among them: it may mean "not applicable", so the user is asked.
const PENANDA_KOSONG = new Set(["-", "–", "—", "--", "belum ada", "belum", "belum dilaporkan"]);

/** True when an Excel number format shows the value as a percentage (a "%" outside quotes). */
function formatPersen(numberFormat: string | undefined): boolean {
  if (numberFormat === undefined) return false;
  return /%/.test(numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/** Classifies one raw cell value (as read from `range.values`). */
export function parseCellNumber(raw: unknown, options: OpsiAngka = {}): HasilAngka {
  if (raw === null || raw === undefined) return { kind: "kosong" };
  if (typeof raw === "boolean") return { kind: "tidak-valid", alasan: "logika", teks: raw ? "TRUE" : "FALSE" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "tidak-valid", alasan: "tak-hingga", teks: String(raw) };
    if (formatPersen(options.numberFormat)) return { kind: "angka", nilai: bulatkan(raw * 100), persen: true };
    return { kind: "angka", nilai: raw };
  }
  if (typeof raw !== "string") return { kind: "tidak-valid", alasan: "tipe", teks: typeof raw };
  const teks = raw.replace(/[\u00A0\u2007\u202F\t\r\n]/g, " ").replace(/ +/g, " ").trim();
  if (teks === "") return { kind: "kosong" };
  if (PENANDA_KOSONG.has(teks.toLowerCase())) return { kind: "kosong", penanda: teks };
  if (GALAT_EXCEL.has(teks.toUpperCase())) return { kind: "tidak-valid", alasan: "galat-excel", teks };
  const hasil = pisahkanAngka(teks, options.locale ?? "id");
  return hasil ?? { kind: "tidak-valid", alasan: "teks", teks };
}

/** Removes binary noise from ×100 (0.85 × 100 = 85.00000000000001) without changing real digits. */
function bulatkan(x: number): number {
  return Number.parseFloat(x.toPrecision(15));
}

/** The Indonesian message for a cell, naming it ("Sel Data!F12: 'n/a' bukan angka"); null when all is well. */
export function pesanAngka(hasil: HasilAngka, alamat: string): string | null {
  switch (hasil.kind) {
    case "angka":
      if (hasil.ambigu === undefined) return null;
      return `Sel ${alamat}: dibaca sebagai ${formatId(hasil.nilai)}, bisa juga ${formatId(hasil.ambigu.alternatif)}; periksa pemisah ribuan dan desimal`;
    case "kosong":
      return hasil.penanda === undefined
        ? `Sel ${alamat} kosong (belum dilaporkan)`
        : `Sel ${alamat}: '${hasil.penanda}' dibaca sebagai kosong (belum dilaporkan)`;
    case "tidak-valid":
      switch (hasil.alasan) {
        case "galat-excel":
          return `Sel ${alamat}: '${hasil.teks}' adalah galat rumus Excel, bukan angka`;
        case "logika":
          return `Sel ${alamat}: nilai logika ${hasil.teks} bukan angka`;
        case "tak-hingga":
        case "teks":
        case "tipe":
          return `Sel ${alamat}: '${hasil.teks}' bukan angka`;
        default:
          return hasil.alasan satisfies never;
      }
    default:
      return hasil satisfies never;
  }
}

/** A number written the Indonesian way (comma decimal, no grouping) for messages. */
export function formatId(n: number): string {
  return String(n).replace(".", ",");
}
