import { columnLetters } from "../emulator/address";
import { displayText } from "../emulator/number-format";
import type { CellBox, CellSnapshot, SheetSnapshot } from "../emulator/model";

/** Points to CSS pixels (1 pt = 4/3 px). */
export const px = (pt: number): number => (pt * 4) / 3;

export interface GridCell {
  row: number;
  col: number;
  text: string;
  /** Rows and columns the cell spans on screen (hidden ones are not counted). */
  rowSpan: number;
  colSpan: number;
  cell?: CellSnapshot;
  numeric: boolean;
  /** Height of the rows it spans: the preview clips to it, so shapes stay where Excel puts them. */
  heightPt: number;
  /** Text that Excel lets run over the empty cells to its right: the width it may use. */
  overflowPt?: number;
}

export interface GridModel {
  columns: { index: number; letter: string; widthPt: number }[];
  rows: { index: number; heightPt: number; cells: GridCell[] }[];
  /** Rows and columns of the used area that were left out by the limits. */
  rowsLeftOut: number;
  colsLeftOut: number;
}

export const GRID_LIMITS = { rows: 500, cols: 60 };

const key = (r: number, c: number) => `${r},${c}`;

/** Where the preview's drawing ends: the used area, shapes and charts, plus a small margin. */
function extent(sheet: SheetSnapshot): { rows: number; cols: number } {
  let rows = 0, cols = 0;
  for (const c of sheet.cells) { rows = Math.max(rows, c.row + 1); cols = Math.max(cols, c.col + 1); }
  for (const m of sheet.merges) { rows = Math.max(rows, m.row + m.rowCount); cols = Math.max(cols, m.col + m.colCount); }
  for (const s of [...sheet.shapes, ...sheet.charts]) {
    rows = Math.max(rows, indexAt(s.top + s.height, (r) => sheet.rowHeights[r] ?? sheet.standardHeight));
    cols = Math.max(cols, indexAt(s.left + s.width, (c) => sheet.columnWidths[c] ?? sheet.standardWidth));
  }
  return { rows: rows + 5, cols: cols + 2 };
}

/** The index of the row (or column) that holds the given offset in points. */
function indexAt(pt: number, size: (i: number) => number): number {
  let at = 0, i = 0;
  while (at < pt && i < 100_000) at += size(i++);
  return i;
}

/** What the preview draws: the used area plus a margin, hidden rows and columns left out, merges as spans. */
export function gridModel(sheet: SheetSnapshot, limits = GRID_LIMITS): GridModel {
  const byKey = new Map(sheet.cells.map((c) => [key(c.row, c.col), c]));
  const want = extent(sheet);
  const hiddenRows = new Set(sheet.hiddenRows), hiddenCols = new Set(sheet.hiddenColumns);
  const rowIdx = range(Math.min(limits.rows, want.rows)).filter((r) => !hiddenRows.has(r));
  const colIdx = range(Math.min(limits.cols, want.cols)).filter((c) => !hiddenCols.has(c));
  const rowPos = new Map(rowIdx.map((r, i) => [r, i])), colPos = new Map(colIdx.map((c, i) => [c, i]));
  const heightOf = (r: number) => (hiddenRows.has(r) ? 0 : sheet.rowHeights[r] ?? sheet.standardHeight);
  const widthOf = (c: number) => (hiddenCols.has(c) ? 0 : sheet.columnWidths[c] ?? sheet.standardWidth);

  // A merge is drawn from its first visible cell, spanning the visible rows and columns it covers.
  const anchors = new Map<string, { merge: CellBox; rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const rows = rowIdx.filter((r) => r >= m.row && r < m.row + m.rowCount);
    const cols = colIdx.filter((c) => c >= m.col && c < m.col + m.colCount);
    if (rows.length === 0 || cols.length === 0) continue;
    anchors.set(key(rows[0], cols[0]), { merge: m, rowSpan: rows.length, colSpan: cols.length });
    for (const r of rows) for (const c of cols) if (r !== rows[0] || c !== cols[0]) covered.add(key(r, c));
  }
  const inMerge = new Set<string>();
  for (const m of sheet.merges) for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) inMerge.add(key(r, c));
  const isEmpty = (r: number, c: number) => !inMerge.has(key(r, c)) && (byKey.get(key(r, c))?.computed ?? null) === null;

  const columns = colIdx.map((c) => ({ index: c, letter: columnLetters(c), widthPt: widthOf(c) }));
  const rows = rowIdx.map((r) => ({
    index: r,
    heightPt: heightOf(r),
    cells: colIdx.flatMap((c): GridCell[] => {
      if (covered.has(key(r, c))) return [];
      const anchor = anchors.get(key(r, c));
      const cell = byKey.get(anchor ? key(anchor.merge.row, anchor.merge.col) : key(r, c));
      const rowSpan = anchor?.rowSpan ?? 1, colSpan = anchor?.colSpan ?? 1;
      const computed = cell?.computed ?? null;
      const value = computed === null ? "" : typeof computed === "object" ? computed.error : computed;
      const text = displayText(value, cell?.numberFormat ?? "General");
      let heightPt = 0;
      const at = rowPos.get(r) ?? 0;
      for (let k = at; k < at + rowSpan; k++) heightPt += heightOf(rowIdx[k]);
      const grid: GridCell = { row: r, col: c, text, rowSpan, colSpan, cell, numeric: typeof value === "number", heightPt };
      if (!anchor && typeof value === "string" && text !== "" && !cell?.style.wrapText && overflows(cell)) {
        let width = widthOf(c);
        for (let k = (colPos.get(c) ?? 0) + 1; k < colIdx.length && isEmpty(r, colIdx[k]); k++) width += widthOf(colIdx[k]);
        if (width > widthOf(c)) grid.overflowPt = width;
      }
      return [grid];
    }),
  }));
  return { columns, rows, rowsLeftOut: Math.max(0, want.rows - limits.rows), colsLeftOut: Math.max(0, want.cols - limits.cols) };
}

/** Excel runs left-aligned text (General text is left-aligned) into empty cells to its right. */
function overflows(cell: CellSnapshot | undefined): boolean {
  const h = cell?.style.horizontalAlignment;
  return h === undefined || h === "General" || h === "Left";
}

function range(n: number): number[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => i);
}
