import type { CSSProperties } from "react";
import type { BorderEdge, CellStyle } from "../emulator/model";
import { px } from "./grid-model";

/** Excel's light grid lines, drawn where a cell has no border of its own. */
const GRID_LINE = "1px solid #E1E1E1";

function border(b: CellStyle["borders"], edge: BorderEdge): string | undefined {
  const x = b?.[edge];
  if (!x) return undefined;
  const width = x.weight === "Thick" ? 3 : x.weight === "Medium" ? 2 : 1;
  const line = x.style === "Double" ? "double" : x.style === "Dot" ? "dotted" : x.style.startsWith("Dash") || x.style === "SlantDashDot" ? "dashed" : "solid";
  // A double line needs 3 px to show both strokes.
  return `${x.style === "Double" ? 3 : width}px ${line} ${x.color}`;
}

const ALIGN: Record<string, CSSProperties["textAlign"]> = {
  Left: "left", Center: "center", CenterAcrossSelection: "center", Right: "right", Justify: "justify", Distributed: "justify", Fill: "left",
};

/** CSS for a cell as Excel draws it: font, fill, alignment (numbers right, text left under General), wrap, borders. */
export function cellStyle(s: CellStyle, numeric: boolean, showGrid: boolean): CSSProperties {
  const grid = showGrid ? GRID_LINE : undefined;
  const h = s.horizontalAlignment;
  return {
    fontFamily: s.fontName ? `"${s.fontName}", Calibri, Carlito, Arial, sans-serif` : undefined,
    fontWeight: s.bold ? 700 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    textDecoration: s.underline ? "underline" : undefined,
    fontSize: s.fontSize ? px(s.fontSize) : undefined,
    color: s.fontColor,
    background: s.fill,
    textAlign: (h ? ALIGN[h] : undefined) ?? (numeric ? "right" : "left"),
    verticalAlign: s.verticalAlignment === "Top" ? "top" : s.verticalAlignment === "Center" ? "middle" : "bottom",
    // Excel breaks lines only in wrapped cells, and keeps typed line breaks there.
    whiteSpace: s.wrapText ? "pre-wrap" : "pre",
    borderTop: border(s.borders, "top") ?? grid,
    borderBottom: border(s.borders, "bottom") ?? grid,
    borderLeft: border(s.borders, "left") ?? grid,
    borderRight: border(s.borders, "right") ?? grid,
    // One indent level is three spaces (ECMA-376 §18.8.1), about 10 px in Calibri 11.
    paddingLeft: s.indentLevel ? 2 + s.indentLevel * 10 : 2,
    paddingRight: 2,
  };
}
