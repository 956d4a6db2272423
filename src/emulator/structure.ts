import { MAX_COLUMNS, MAX_ROWS } from "./address";
import type { Book, GuardedAction } from "./book";
import { intersects } from "./boxes";
import { invalidArgument, invalidOperation } from "./errors";
import type { CellBox } from "./model";
import type { CellState, SheetState } from "./state";

type Axis = "row" | "col";
const COUNT = { row: "rowCount", col: "colCount" } as const;
const OTHER: Record<Axis, Axis> = { row: "col", col: "row" };

/** A 1-D span after inserting (n > 0) or deleting (n < 0) lines at `at`; null when deleted whole. */
function adjust(start: number, count: number, at: number, n: number): [number, number] | null {
  const end = start + count;
  if (n > 0) return start >= at ? [start + n, count] : at < end ? [start, count + n] : [start, count];
  const delEnd = at - n;
  const s = start < at ? start : Math.max(at, start + n);
  const e = end <= at ? end : end <= delEnd ? at : end + n;
  return e > s ? [s, e - s] : null;
}

function moveBox(box: CellBox, axis: Axis, at: number, n: number): CellBox | null {
  const r = adjust(box[axis], box[COUNT[axis]], at, n);
  return r ? { ...box, [axis]: r[0], [COUNT[axis]]: r[1] } : null;
}

/**
 * range.insert / range.delete. Whole rows or columns shift everything, as Excel does, and
 * HyperFormula rewrites the formulas that refer to them. A partial range shifts the cells of its
 * band (the columns under it for Down/Up, the rows beside it for Right/Left); there HyperFormula
 * adjusts references to moved cells, but rules, merges and tables only follow when they lie
 * wholly inside the band (a merge or table crossing its edge makes the call fail, as in Excel).
 */
export function shiftCells(book: Book, sheet: SheetState, box: CellBox, shift: string, insert: boolean): void {
  const wholeRows = box.colCount === MAX_COLUMNS;
  const wholeCols = box.rowCount === MAX_ROWS;
  const s = shift.toLowerCase();
  const axis: Axis = wholeRows ? "row" : wholeCols ? "col" : s === "down" || s === "up" ? "row" : "col";
  if (!wholeRows && !wholeCols && !(insert ? ["down", "right"] : ["up", "left"]).includes(s)) throw invalidArgument(`shift ${shift}`);
  const at = box[axis];
  const count = box[COUNT[axis]];
  const n = insert ? count : -count;
  const band: CellBox | null = wholeRows || wholeCols ? null : { ...box, [axis]: at, [COUNT[axis]]: (axis === "row" ? MAX_ROWS : MAX_COLUMNS) - at };
  book.guard(sheet, `${insert ? "insert" : "delete"}${axis === "row" ? "Rows" : "Columns"}` as GuardedAction);
  const inBand = (b: CellBox) => !band || (b[OTHER[axis]] >= band[OTHER[axis]] && b[OTHER[axis]] + b[COUNT[OTHER[axis]]] <= band[OTHER[axis]] + band[COUNT[OTHER[axis]]]);
  for (const b of [...sheet.merges, ...sheet.tables.map((t) => t.box)]) {
    if (band && intersects(b, band) && !inBand(b)) throw invalidOperation("the shift would split a merged area or a table");
  }
  moveEngine(book, sheet, axis, at, n, band);
  moveCells(sheet, axis, at, n, band);
  const boxes = <T extends { box: CellBox }>(items: T[]) =>
    items.flatMap((item) => {
      if (!inBand(item.box)) return [item];
      const next = moveBox(item.box, axis, at, n);
      return next ? [{ ...item, box: next }] : [];
    });
  sheet.merges = sheet.merges.flatMap((m) => (inBand(m) ? (moveBox(m, axis, at, n) ?? []) : [m]));
  sheet.dataValidations = boxes(sheet.dataValidations);
  sheet.conditionalFormats = boxes(sheet.conditionalFormats);
  for (const t of sheet.tables) if (inBand(t.box)) t.box = moveBox(t.box, axis, at, n) ?? t.box;
  sheet.tables = sheet.tables.filter((t) => !(inBand(t.box) && moveBox(t.box, axis, at, n) === null));
  sheet.comments = sheet.comments.flatMap((c) => {
    if (band && !intersects({ row: c.row, col: c.col, rowCount: 1, colCount: 1 }, band)) return [c];
    const moved = adjust(c[axis], 1, at, n);
    return moved ? [{ ...c, [axis]: moved[0] }] : [];
  });
  if (!band) shiftLines(sheet, axis, at, n);
  book.refreshFormulas();
}

function moveEngine(book: Book, sheet: SheetState, axis: Axis, at: number, n: number, band: CellBox | null): void {
  if (!band) {
    if (axis === "row" && n > 0) book.engine.insertRows(sheet.id, at, n);
    else if (axis === "row") book.engine.removeRows(sheet.id, at, -n);
    else if (n > 0) book.engine.insertColumns(sheet.id, at, n);
    else book.engine.removeColumns(sheet.id, at, -n);
    return;
  }
  book.engine.moveBand(sheet.id, band, axis, n);
}

function moveCells(sheet: SheetState, axis: Axis, at: number, n: number, band: CellBox | null): void {
  const moved: [number, number, CellState][] = [];
  for (const [r, line] of sheet.cells) {
    for (const [c, cell] of line) {
      const pos = { row: r, col: c };
      const inside = !band || intersects({ ...pos, rowCount: 1, colCount: 1 }, band);
      if (!inside || pos[axis] < at) continue;
      line.delete(c);
      const next = adjust(pos[axis], 1, at, n);
      if (next) moved.push(axis === "row" ? [next[0], c, cell] : [r, next[0], cell]);
    }
    if (line.size === 0) sheet.cells.delete(r);
  }
  for (const [r, c, cell] of moved) {
    let line = sheet.cells.get(r);
    if (!line) sheet.cells.set(r, (line = new Map<number, CellState>()));
    line.set(c, cell);
  }
}

/** Row heights, hidden rows, page breaks (or the column equivalents) and shapes below move too. */
function shiftLines(sheet: SheetState, axis: Axis, at: number, n: number): void {
  const sizes = axis === "row" ? sheet.rowHeights : sheet.columnWidths;
  const hidden = axis === "row" ? sheet.hiddenRows : sheet.hiddenColumns;
  const remap = <T>(entries: [number, T][]) => entries.flatMap(([i, v]) => { const m = adjust(i, 1, at, n); return m ? [[m[0], v] as [number, T]] : []; });
  const newSizes = remap([...sizes]);
  sizes.clear();
  for (const [i, v] of newSizes) sizes.set(i, v);
  const newHidden = remap([...hidden].map((i) => [i, true] as [number, boolean]));
  hidden.clear();
  for (const [i] of newHidden) hidden.add(i);
  const breaks = axis === "row" ? sheet.pageLayout.rowPageBreaks : (sheet.pageLayout.columnPageBreaks ?? []);
  const moved = remap(breaks.map((b) => [b, true] as [number, boolean])).map(([b]) => b);
  if (axis === "row") sheet.pageLayout.rowPageBreaks = moved;
  else if (sheet.pageLayout.columnPageBreaks) sheet.pageLayout.columnPageBreaks = moved;
  if (axis === "row") {
    sheet.frozenRows = adjust(0, sheet.frozenRows, at, n)?.[1] ?? 0;
  } else sheet.frozenColumns = adjust(0, sheet.frozenColumns, at, n)?.[1] ?? 0;
}
