import type ExcelJS from "exceljs";
import type { BorderEdge, BorderStyle, CellStyle } from "../model";
import { hexOf } from "./units";

/** The file's border style → Excel API line style and weight (as Excel reports them). */
const BORDERS: Record<string, [style: string, weight: string]> = {
  hair: ["Continuous", "Hairline"], thin: ["Continuous", "Thin"], medium: ["Continuous", "Medium"], thick: ["Continuous", "Thick"],
  dotted: ["Dot", "Thin"], dashed: ["Dash", "Thin"], mediumDashed: ["Dash", "Medium"],
  dashDot: ["DashDot", "Thin"], mediumDashDot: ["DashDot", "Medium"], dashDotDot: ["DashDotDot", "Thin"],
  mediumDashDotDot: ["DashDotDot", "Medium"], slantDashDot: ["SlantDashDot", "Medium"], double: ["Double", "Thick"],
};

const HORIZONTAL: Record<string, string> = {
  left: "Left", center: "Center", right: "Right", justify: "Justify", fill: "Fill", distributed: "Distributed", centerContinuous: "CenterAcrossSelection",
};
const VERTICAL: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" };

function borderOf(b: Partial<ExcelJS.Border> | undefined): BorderStyle | undefined {
  const mapped = b?.style ? BORDERS[b.style] : undefined;
  if (!mapped) return undefined;
  // Theme and indexed colours are not resolved: black is what they nearly always are on borders.
  return { style: mapped[0], weight: mapped[1], color: hexOf(b?.color?.argb) ?? "#000000" };
}

/** Font, fill, alignment and borders of a cell; theme colours are left out. */
export function styleFromCell(cell: ExcelJS.Cell): CellStyle {
  const s: CellStyle = {};
  const font = cell.font ?? {};
  if (font.bold) s.bold = true;
  if (font.italic) s.italic = true;
  if (font.underline) s.underline = true;
  if (font.name && font.name !== "Calibri") s.fontName = font.name;
  if (font.size && font.size !== 11) s.fontSize = font.size;
  const fontColor = hexOf(font.color?.argb);
  if (fontColor && fontColor !== "#000000") s.fontColor = fontColor;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = hexOf(fill.fgColor?.argb);
    if (color) s.fill = color;
  }
  const a = cell.alignment ?? {};
  if (a.horizontal && HORIZONTAL[a.horizontal]) s.horizontalAlignment = HORIZONTAL[a.horizontal];
  // Bottom is Excel's default: the snapshot leaves defaults out.
  if (a.vertical && a.vertical !== "bottom" && VERTICAL[a.vertical]) s.verticalAlignment = VERTICAL[a.vertical];
  if (a.wrapText) s.wrapText = true;
  if (a.indent) s.indentLevel = a.indent;
  const borders: Partial<Record<BorderEdge, BorderStyle>> = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const b = borderOf(cell.border?.[edge]);
    if (b) borders[edge] = b;
  }
  if (Object.keys(borders).length > 0) s.borders = borders;
  return s;
}
