import type { CSSProperties } from "react";
import type { SheetSnapshot } from "../emulator/model";
import { cellStyle } from "./cell-style";
import { gridModel, px, type GridCell } from "./grid-model";
import { ShapeLayer } from "./ShapeLayer";
import { TEKS } from "./teks";

const HEAD_W = 40;
const HEAD_H = 20;
const HEAD_BG = "#F3F3F3";
/** Headers stay in view while the sheet scrolls; box shadows, because collapsed borders do not stick. */
const HEAD: CSSProperties = { background: HEAD_BG, fontWeight: 400, fontSize: 12, color: "#444", boxShadow: "inset -1px -1px 0 #D0D0D0", padding: 0 };
const COL_HEAD: CSSProperties = { ...HEAD, position: "sticky", top: 0, zIndex: 3 };
const ROW_HEAD: CSSProperties = { ...HEAD, position: "sticky", left: 0, zIndex: 2 };
const CORNER: CSSProperties = { ...HEAD, position: "sticky", top: 0, left: 0, zIndex: 4 };
const FONT = "Calibri, Carlito, Arial, 'Liberation Sans', sans-serif";

function Cell(props: { c: GridCell; showGrid: boolean }) {
  const { c } = props;
  const overflow = c.overflowPt !== undefined;
  const style: CSSProperties = { ...cellStyle(c.cell?.style ?? {}, c.numeric, props.showGrid), overflow: overflow ? "visible" : "hidden", paddingTop: 0, paddingBottom: 0 };
  return (
    <td role="gridcell" rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined} colSpan={c.colSpan > 1 ? c.colSpan : undefined} style={style} title={c.cell?.formula}>
      <div style={{ maxHeight: Math.max(0, px(c.heightPt) - 1), overflow: "hidden", width: overflow ? px(c.overflowPt ?? 0) - 4 : undefined }}>{c.text}</div>
    </td>
  );
}

/** The sheet as Excel would show it: widths, heights, merges, formats, frozen panes, and shapes on top. */
export function SheetGrid(props: { sheet: SheetSnapshot }) {
  const { sheet } = props;
  const model = gridModel(sheet);
  const width = HEAD_W + model.columns.reduce((s, c) => s + px(c.widthPt), 0);
  const height = HEAD_H + model.rows.reduce((s, r) => s + px(r.heightPt), 0);
  // Excel marks frozen panes with a thin dark line after the last frozen row / column.
  const frozenY = sheet.frozenRows > 0 ? HEAD_H + model.rows.filter((r) => r.index < sheet.frozenRows).reduce((s, r) => s + px(r.heightPt), 0) : undefined;
  const frozenX = sheet.frozenColumns > 0 ? HEAD_W + model.columns.filter((c) => c.index < sheet.frozenColumns).reduce((s, c) => s + px(c.widthPt), 0) : undefined;
  return (
    <>
      <div style={{ position: "relative", width, height, background: "#fff" }}>
        <table role="grid" aria-label={sheet.name} style={{ borderCollapse: "collapse", tableLayout: "fixed", width, fontSize: px(11), fontFamily: FONT, lineHeight: 1.2 }}>
          <colgroup>
            <col style={{ width: HEAD_W }} />
            {model.columns.map((c) => <col key={c.index} style={{ width: px(c.widthPt) }} />)}
          </colgroup>
          <thead>
            <tr style={{ height: HEAD_H }}>
              <th aria-hidden="true" style={CORNER} />
              {model.columns.map((c) => <th key={c.index} scope="col" style={COL_HEAD}>{c.letter}</th>)}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r) => (
              <tr key={r.index} style={{ height: px(r.heightPt) }}>
                <th scope="row" style={ROW_HEAD}>{r.index + 1}</th>
                {r.cells.map((c) => <Cell key={c.col} c={c} showGrid={sheet.showGridlines} />)}
              </tr>
            ))}
          </tbody>
        </table>
        {frozenY !== undefined && <div aria-hidden="true" style={{ position: "absolute", left: 0, top: frozenY - 1, width, height: 1, background: "#8A8A8A", zIndex: 2 }} />}
        {frozenX !== undefined && <div aria-hidden="true" style={{ position: "absolute", top: 0, left: frozenX - 1, height, width: 1, background: "#8A8A8A", zIndex: 2 }} />}
        {(sheet.shapes.length > 0 || sheet.charts.length > 0) && (
          <ShapeLayer sheet={sheet} offsetX={HEAD_W} offsetY={HEAD_H} width={width} height={height} />
        )}
      </div>
      {(model.rowsLeftOut > 0 || model.colsLeftOut > 0) && (
        <p style={{ margin: 0, padding: "6px 8px", fontSize: 12, color: "#666" }}>{TEKS.dipotong(model.rowsLeftOut, model.colsLeftOut)}</p>
      )}
    </>
  );
}
