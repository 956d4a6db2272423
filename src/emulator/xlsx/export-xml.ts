/**
 * Small helpers for the DrawingML parts the export writes by hand (ExcelJS cannot write shapes or
 * charts): escaping, units and the namespaces of ECMA-376 Part 1, §20 (DrawingML) and §21.
 */
export const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Text and attribute values: the five predefined entities, and no control characters XML 1.0 forbids. */
export function esc(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Points → EMU (English Metric Units): 914 400 per inch, 12 700 per point. */
export const emu = (pt: number): number => Math.round(pt * 12700);

/** "#1f4e79" → "1F4E79" for a:srgbClr; anything else is black. */
export const rgb = (color: string | undefined): string => {
  const hex = (color ?? "").replace("#", "");
  return /^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : "000000";
};

export const solidFill = (color: string): string => `<a:solidFill><a:srgbClr val="${rgb(color)}"/></a:solidFill>`;

/** Where a drawing object sits: a box in points from the sheet's top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
