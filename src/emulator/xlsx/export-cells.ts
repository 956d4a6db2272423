import type ExcelJS from "exceljs";
import type { BorderStyle, CellSnapshot, CellStyle } from "../model";
import { argb } from "./units";

/** Excel.BorderLineStyle + BorderWeight → the file's single border style name. */
function borderOf(b: BorderStyle | undefined): Partial<ExcelJS.Border> | undefined {
  if (!b) return undefined;
  const heavy = b.weight === "Thick" ? "thick" : b.weight === "Medium" ? "medium" : undefined;
  let style: ExcelJS.BorderStyle;
  switch (b.style) {
    case "Dash": style = heavy ? "mediumDashed" : "dashed"; break;
    case "DashDot": style = heavy ? "mediumDashDot" : "dashDot"; break;
    case "DashDotDot": style = heavy ? "mediumDashDotDot" : "dashDotDot"; break;
    case "Dot": style = "dotted"; break;
    case "Double": style = "double"; break;
    case "SlantDashDot": style = "slantDashDot"; break;
    default: style = heavy ?? (b.weight === "Hairline" ? "hair" : "thin");
  }
  return { style, color: { argb: argb(b.color) } };
}

const HORIZONTAL: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left", Center: "center", Right: "right", Justify: "justify", Fill: "fill", Distributed: "distributed",
  CenterAcrossSelection: "centerContinuous",
};
const VERTICAL: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top", Center: "middle", Bottom: "bottom", Justify: "justify", Distributed: "distributed",
};

/** The cell's font, fill, alignment and borders in ExcelJS's terms; absent parts stay Excel's defaults. */
export function styleOf(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.bold || s.italic || s.underline || s.fontColor || s.fontSize || s.fontName) {
    out.font = {
      name: s.fontName ?? "Calibri", size: s.fontSize ?? 11, bold: s.bold, italic: s.italic, underline: s.underline,
      color: s.fontColor ? { argb: argb(s.fontColor) } : undefined,
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const horizontal = s.horizontalAlignment ? HORIZONTAL[s.horizontalAlignment] : undefined;
  const vertical = s.verticalAlignment ? VERTICAL[s.verticalAlignment] : undefined;
  if (horizontal || vertical || s.wrapText || s.indentLevel) {
    out.alignment = { horizontal, vertical, wrapText: s.wrapText, indent: s.indentLevel };
  }
  const b = s.borders;
  if (b && (b.top || b.bottom || b.left || b.right)) {
    out.border = { top: borderOf(b.top), bottom: borderOf(b.bottom), left: borderOf(b.left), right: borderOf(b.right) };
  }
  return out;
}

/** What the file stores for a formula's cached result: ExcelJS writes `{ error }` as an error value. */
export function resultOf(c: CellSnapshot): ExcelJS.CellFormulaValue["result"] {
  const v = c.computed;
  if (v === null) return undefined;
  return typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
}

/** The cell's content for ExcelJS: its constant, or its formula (no leading "=") with the result Excel shows until it recalculates. */
export function contentOf(c: CellSnapshot | undefined): ExcelJS.CellValue {
  if (!c) return null;
  return c.formula !== undefined ? { formula: c.formula.replace(/^=/, ""), result: resultOf(c) } : c.value;
}

/** Content, number format and style of one cell. */
export function writeCell(ws: ExcelJS.Worksheet, c: CellSnapshot): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  if (c.formula !== undefined || c.value !== null) cell.value = contentOf(c);
  const style = styleOf(c.style);
  if (c.numberFormat !== "General") style.numFmt = c.numberFormat;
  if (Object.keys(style).length > 0) cell.style = style;
}
