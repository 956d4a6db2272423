import { columnLetters } from "../emulator/address";
import { displayText } from "../emulator/number-format";
import type { CellSnapshot, SheetSnapshot } from "../emulator/model";

/** Points to CSS pixels (1 pt = 4/3 px). */
export const px = (pt: number): number => (pt * 4) / 3;

export interface GridCell {
  row: number;
  col: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  cell?: CellSnapshot;
  numeric: boolean;
  /** Height of the rows it spans: the preview clips to it, so shapes stay where Excel puts them. */
  heightPt: number;
}

export interface GridModel {
  columns: { index: number; letter: string; widthPt: number }[];
  rows: { index: number; heightPt: number; cells: GridCell[] }[];
}

/** What the preview draws: the used area plus a margin, merges resolved into spans. */
export function gridModel(sheet: SheetSnapshot, limits = { rows: 300, cols: 40 }): GridModel {
  const byKey = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  let maxRow = 0, maxCol = 0;
  for (const c of sheet.cells) { maxRow = Math.max(maxRow, c.row); maxCol = Math.max(maxCol, c.col); }
  for (const s of sheet.shapes) {
    maxRow = Math.max(maxRow, rowAt(sheet, s.top + s.height));
    maxCol = Math.max(maxCol, colAt(sheet, s.left + s.width));
  }
  const rowCount = Math.min(limits.rows, maxRow + 6);
  const colCount = Math.min(limits.cols, maxCol + 3);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rowCount, colSpan: m.colCount });
    for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const columns = Array.from({ length: colCount }, (_, i) => ({ index: i, letter: columnLetters(i), widthPt: sheet.columnWidths[i] ?? sheet.standardWidth }));
  const rows = Array.from({ length: rowCount }, (_, r) => ({
    index: r,
    heightPt: sheet.rowHeights[r] ?? sheet.standardHeight,
    cells: columns.flatMap(({ index: c }) => {
      const key = `${r},${c}`;
      if (covered.has(key)) return [];
      const cell = byKey.get(key);
      const span = spans.get(key) ?? { rowSpan: 1, colSpan: 1 };
      const computed = cell?.computed ?? null;
      const value = computed === null ? "" : typeof computed === "object" ? computed.error : computed;
      let heightPt = 0;
      for (let k = r; k < r + span.rowSpan; k++) heightPt += sheet.rowHeights[k] ?? sheet.standardHeight;
      return [{ row: r, col: c, text: displayText(value, cell?.numberFormat ?? "General"), ...span, cell, numeric: typeof value === "number", heightPt }];
    }),
  }));
  return { columns, rows };
}

function rowAt(sheet: SheetSnapshot, pt: number): number {
  let y = 0, r = 0;
  while (y < pt && r < 5000) { y += sheet.rowHeights[r] ?? sheet.standardHeight; r++; }
  return r;
}

function colAt(sheet: SheetSnapshot, pt: number): number {
  let x = 0, c = 0;
  while (x < pt && c < 500) { x += sheet.columnWidths[c] ?? sheet.standardWidth; c++; }
  return c;
}
