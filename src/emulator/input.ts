import { invalidArgument } from "./errors";
import type { CellScalar } from "./model";

/** What writing one element of a `values`/`formulas` array does to its cell. */
export type CellInput =
  | { kind: "skip" }
  | { kind: "constant"; value: CellScalar; numberFormat?: string }
  | { kind: "formula"; formula: string };

/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Interprets one written element as Excel does: `null` leaves the cell unchanged and "" clears it
 * (Excel docs, "Blank and null values"); a string is read as if typed into the cell — "=…" is a
 * formula, "12", "1,234.5", "85%", "TRUE" and "2024-01-22" become a number, boolean or date, and
 * text starting with "+", "-" or "@" becomes a formula too (DESIGN.md). A leading apostrophe or a
 * text ("@") number format keeps the string as text. Number parsing follows en-US separators.
 */
export function parseInput(raw: unknown, currentFormat: string | undefined): CellInput {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`the value ${raw} is not a finite number`);
    return { kind: "constant", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "constant", value: raw };
  if (typeof raw !== "string") throw invalidArgument(`a value of type ${typeof raw} cannot be written to a cell`);
  if (raw === "") return { kind: "constant", value: null };
  if (raw.length > MAX_TEXT) throw invalidArgument(`the text is longer than ${MAX_TEXT} characters`);
  if (currentFormat === "@") return { kind: "constant", value: raw };
  if (raw.startsWith("'")) return { kind: "constant", value: raw.length > 1 ? raw.slice(1) : null };
  if (raw.startsWith("=") && raw.length > 1) return formula(raw);
  const typed = typedConstant(raw.trim(), currentFormat);
  if (typed) return typed;
  if (/^[+\-@]./s.test(raw) && raw.trim().length > 1) return formula(`=${raw[0] === "@" ? raw.slice(1) : raw}`);
  return { kind: "constant", value: raw };
}

function typedConstant(s: string, currentFormat: string | undefined): CellInput | null {
  const general = currentFormat === undefined || currentFormat === "General";
  if (/\d/.test(s) && NUMBER.test(s)) {
    const percent = s.endsWith("%");
    const n = Number(s.replace(/[,%]/g, "")) / (percent ? 100 : 1);
    if (!Number.isFinite(n)) return null;
    const decimals = percent && s.includes(".") ? "0.00%" : "0%";
    return { kind: "constant", value: n, ...(percent && general ? { numberFormat: decimals } : {}) };
  }
  if (/^(true|false)$/i.test(s)) return { kind: "constant", value: s.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { kind: "constant", value: serial, ...(general ? { numberFormat: "yyyy-mm-dd" } : {}) };
  }
  return null;
}

/** Excel's 1900 date system serial of a calendar date (1 = 1900-01-01, with Excel's 1900 leap day). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 1900) return null;
  const serial = Math.round(ms / 86_400_000) + 25_569;
  return serial < 61 ? serial - 1 : serial;
}

function formula(text: string): CellInput {
  if (text.length > MAX_FORMULA) throw invalidArgument(`the formula is longer than ${MAX_FORMULA} characters`);
  const problem = syntaxProblem(text);
  if (problem) throw invalidArgument(`the formula ${text} is not valid: ${problem}`);
  return { kind: "formula", formula: text };
}

/** What Excel refuses outright: unbalanced parentheses or quotes, or a dangling operator. */
function syntaxProblem(text: string): string | null {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of text.slice(1)) {
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth += 1;
    else if (ch === ")" && --depth < 0) return "a ) without its (";
  }
  if (quote) return `an unclosed ${quote}`;
  if (depth > 0) return "a ( without its )";
  if (/[+\-*/^&=<>,(]\s*$/.test(text.slice(1))) return "it ends with an operator";
  return null;
}
