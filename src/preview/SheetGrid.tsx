import type { CSSProperties } from "react";
import type { CellStyle, SheetSnapshot } from "../emulator/model";
import { gridModel, px } from "./grid-model";
import { ShapeLayer } from "./ShapeLayer";

const HEAD_W = 36;
const HEAD_H = 20;

function border(b: CellStyle["borders"], edge: "top" | "bottom" | "left" | "right"): string | undefined {
  const x = b?.[edge];
  if (!x) return undefined;
  const width = x.weight === "Thick" ? 3 : x.weight === "Medium" ? 2 : 1;
  return `${width}px ${x.style === "Dash" ? "dashed" : x.style === "Dot" ? "dotted" : x.style === "Double" ? "double" : "solid"} ${x.color}`;
}

function cellStyle(s: CellStyle, numeric: boolean, showGrid: boolean): CSSProperties {
  const grid = showGrid ? "1px solid #E1E1E1" : undefined;
  const h = s.horizontalAlignment;
  return {
    fontWeight: s.bold ? 700 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    textDecoration: s.underline ? "underline" : undefined,
    fontSize: s.fontSize ? px(s.fontSize) : undefined,
    color: s.fontColor,
    background: s.fill,
    textAlign: h === "Center" || h === "CenterAcrossSelection" ? "center" : h === "Right" ? "right" : h === "Left" ? "left" : numeric ? "right" : "left",
    verticalAlign: s.verticalAlignment === "Top" ? "top" : s.verticalAlignment === "Center" ? "middle" : "bottom",
    whiteSpace: s.wrapText ? "normal" : "nowrap",
    borderTop: border(s.borders, "top") ?? grid,
    borderBottom: border(s.borders, "bottom") ?? grid,
    borderLeft: border(s.borders, "left") ?? grid,
    borderRight: border(s.borders, "right") ?? grid,
    paddingLeft: s.indentLevel ? s.indentLevel * 9 : 2,
  };
}

/** The sheet as Excel would show it: widths, heights, merges, formats, and shapes on top. */
export function SheetGrid(props: { sheet: SheetSnapshot }) {
  const model = gridModel(props.sheet);
  const width = HEAD_W + model.columns.reduce((s, c) => s + px(c.widthPt), 0);
  const height = HEAD_H + model.rows.reduce((s, r) => s + px(r.heightPt), 0);
  return (
    <div style={{ position: "relative", width, height }}>
      <table role="grid" aria-label={props.sheet.name} style={{ borderCollapse: "collapse", tableLayout: "fixed", width, fontSize: 14.67, fontFamily: "Calibri, Carlito, sans-serif" }}>
        <colgroup>
          <col style={{ width: HEAD_W }} />
          {model.columns.map((c) => <col key={c.index} style={{ width: px(c.widthPt) }} />)}
        </colgroup>
        <thead>
          <tr style={{ height: HEAD_H }}>
            <th style={{ background: "#F3F3F3" }} />
            {model.columns.map((c) => <th key={c.index} scope="col" style={{ background: "#F3F3F3", fontWeight: 400, fontSize: 12, border: "1px solid #D0D0D0" }}>{c.letter}</th>)}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.index} style={{ height: px(r.heightPt) }}>
              <th scope="row" style={{ background: "#F3F3F3", fontWeight: 400, fontSize: 12, border: "1px solid #D0D0D0" }}>{r.index + 1}</th>
              {r.cells.map((c) => (
                <td key={c.col} role="gridcell" rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined} colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                  style={{ ...cellStyle(c.cell?.style ?? {}, c.numeric, props.sheet.showGridlines), overflow: "hidden", padding: "0 2px", maxHeight: px(r.heightPt) }}
                  title={c.cell?.formula}>
                  <div style={{ maxHeight: px(c.heightPt) - 1, overflow: "hidden" }}>{c.text}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.sheet.shapes.length > 0 && <ShapeLayer shapes={props.sheet.shapes} offsetX={HEAD_W} offsetY={HEAD_H} width={width} height={height} />}
    </div>
  );
}
