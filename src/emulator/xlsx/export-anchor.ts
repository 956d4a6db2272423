import type { SheetSnapshot } from "../model";
import { emu, type Box } from "./export-xml";

/**
 * Anchors a drawing object to the cells under it (xdr:twoCellAnchor, ECMA-376 Part 1, §20.5.2.33),
 * computed from the snapshot's column widths and row heights: the object then sits in the same
 * cells in Excel and LibreOffice even where their pixel rounding of widths, or a row LibreOffice
 * grows to fit its text, differs from the points the snapshot keeps, and it moves with its cells.
 * Without editAs the object moves and sizes with the cells, so connector lines stay on the
 * shapes they join.
 */
const MAX_COLUMN = 16383;
const MAX_ROW = 1048575;

interface Marker {
  index: number;
  /** EMU from the cell's left or top edge. */
  offset: number;
}

function locate(pos: number, size: (i: number) => number, max: number): Marker {
  let start = 0;
  for (let i = 0; i < max; i++) {
    const s = size(i);
    if (pos < start + s) return { index: i, offset: emu(pos - start) };
    start += s;
  }
  return { index: max, offset: emu(Math.max(0, pos - start)) };
}

export interface Grid {
  column(pos: number): Marker;
  row(pos: number): Marker;
}

export function gridOf(sheet: SheetSnapshot): Grid {
  const hiddenCols = new Set(sheet.hiddenColumns), hiddenRows = new Set(sheet.hiddenRows);
  const width = (c: number) => (hiddenCols.has(c) ? 0 : (sheet.columnWidths[c] ?? sheet.standardWidth));
  const height = (r: number) => (hiddenRows.has(r) ? 0 : (sheet.rowHeights[r] ?? sheet.standardHeight));
  return {
    column: (pos) => locate(pos, width, MAX_COLUMN),
    row: (pos) => locate(pos, height, MAX_ROW),
  };
}

const marker = (tag: string, col: Marker, row: Marker) =>
  `<xdr:${tag}><xdr:col>${col.index}</xdr:col><xdr:colOff>${col.offset}</xdr:colOff>` +
  `<xdr:row>${row.index}</xdr:row><xdr:rowOff>${row.offset}</xdr:rowOff></xdr:${tag}>`;

/** The anchor around one object's XML (xdr:sp, xdr:cxnSp or xdr:graphicFrame). */
export function anchor(grid: Grid, box: Box, object: string): string {
  const from = marker("from", grid.column(box.left), grid.row(box.top));
  const to = marker("to", grid.column(box.left + box.width), grid.row(box.top + box.height));
  return `<xdr:twoCellAnchor>${from}${to}${object}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/** a:xfrm of an object: its absolute position and size in EMU, with flips and rotation. */
export function xfrm(box: Box, opts: { flipH?: boolean; flipV?: boolean; rotation?: number; tag?: string } = {}): string {
  const tag = opts.tag ?? "a:xfrm";
  const rot = opts.rotation ? ` rot="${Math.round(opts.rotation * 60000)}"` : "";
  const flips = `${opts.flipH ? ` flipH="1"` : ""}${opts.flipV ? ` flipV="1"` : ""}`;
  return `<${tag}${rot}${flips}><a:off x="${emu(box.left)}" y="${emu(box.top)}"/>` +
    `<a:ext cx="${emu(box.width)}" cy="${emu(box.height)}"/></${tag}>`;
}
