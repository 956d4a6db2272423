import { invalidArgument } from "./errors";

/**
 * Checks of values written through the API. Excel rejects a value of the wrong type or outside its
 * enumeration with InvalidArgument at sync; these run inside the queued operation, so they do too.
 */
export function str(v: unknown, what: string): string {
  if (typeof v !== "string") throw invalidArgument(`${what} must be a string, got ${typeof v}`);
  return v;
}

export function num(v: unknown, what: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`${what} must be a finite number`);
  if (v < min || v > max) throw invalidArgument(`${what} ${v} is outside ${min}–${max}`);
  return v;
}

export function bool(v: unknown, what: string): boolean {
  if (typeof v !== "boolean") throw invalidArgument(`${what} must be true or false`);
  return v;
}

export function oneOf(list: readonly string[], v: unknown, what: string): string {
  const s = str(v, what);
  const found = list.find((x) => x.toLowerCase() === s.toLowerCase());
  if (!found) throw invalidArgument(`${what} "${s}" is not one of Excel's values`);
  return found;
}

// Excel accepts "#RRGGBB" and the HTML colour names; these are the ones an office workbook uses.
const NAMED: Record<string, string> = {
  white: "#FFFFFF", black: "#000000", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  gray: "#808080", grey: "#808080", silver: "#C0C0C0", lightgray: "#D3D3D3", lightgrey: "#D3D3D3", darkgray: "#A9A9A9",
  orange: "#FFA500", purple: "#800080", navy: "#000080", maroon: "#800000", lime: "#00FF00", teal: "#008080",
  olive: "#808000", aqua: "#00FFFF", cyan: "#00FFFF", fuchsia: "#FF00FF", magenta: "#FF00FF", lightblue: "#ADD8E6",
  lightgreen: "#90EE90", lightyellow: "#FFFFE0", pink: "#FFC0CB", brown: "#A52A2A", gold: "#FFD700", darkblue: "#00008B",
  darkgreen: "#006400", darkred: "#8B0000",
};

/** "#RRGGBB", "RRGGBB" or an HTML colour name → "#RRGGBB"; anything else is InvalidArgument. */
export function color(v: unknown, what = "color"): string {
  const lower = str(v, what).trim().toLowerCase();
  if (NAMED[lower]) return NAMED[lower];
  const hex = lower.replace(/^#/, "");
  if (/^[0-9a-f]{3}$/.test(hex)) return `#${[...hex].map((c) => c + c).join("").toUpperCase()}`;
  if (!/^[0-9a-f]{6}$/.test(hex)) throw invalidArgument(`${what} "${String(v)}" is not a colour`);
  return `#${hex.toUpperCase()}`;
}
