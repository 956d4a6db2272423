import type { Book } from "./book";
import { cellsIn } from "./cells";
import type { CellBox, CellStyle } from "./model";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { ensureCell, getCell, type CellState, type SheetState } from "./state";

/** Where a range proxy points at sync time. */
export interface Located {
  sheet: SheetState;
  box: CellBox;
}
export type Locate = () => Located;

/** A box of whole rows or columns: formats reach only the cells that exist (no column styles in the model). */
export const isWholeLines = (box: CellBox): boolean => box.rowCount === MAX_ROWS || box.colCount === MAX_COLUMNS;

/** Applies a style change to every cell of the box, as Excel formats each cell. */
export function styleCells(book: Book, at: Located, change: (style: CellStyle, row: number, col: number) => void): void {
  const { sheet, box } = at;
  book.guard(sheet, "formatCells");
  if (isWholeLines(box)) {
    for (const [r, c, cell] of cellsIn(sheet, box)) change(cell.style, r, c);
    return;
  }
  for (let r = box.row; r < box.row + box.rowCount; r++) {
    for (let c = box.col; c < box.col + box.colCount; c++) change(ensureCell(sheet, r, c).style, r, c);
  }
}

/**
 * A format property of a range as Excel reports it: the cells' common value, or null when they
 * differ (Excel docs, "Blank and null values"). Empty cells count with their default.
 */
export function uniform<T>(at: Located, read: (cell: CellState | undefined) => T): T | null {
  const { sheet, box } = at;
  const total = box.rowCount * box.colCount;
  let first: { v: T } | undefined;
  const same = (v: T) => {
    if (!first) first = { v };
    return JSON.stringify(first.v) === JSON.stringify(v);
  };
  if (total <= 10_000) {
    for (let r = box.row; r < box.row + box.rowCount; r++) {
      for (let c = box.col; c < box.col + box.colCount; c++) if (!same(read(getCell(sheet, r, c)))) return null;
    }
  } else {
    let count = 0;
    for (const [, , cell] of cellsIn(sheet, box)) {
      count += 1;
      if (!same(read(cell))) return null;
    }
    if (count < total && !same(read(undefined))) return null;
  }
  return first ? first.v : null;
}

/** Whether all, none or some (null) of the rows or columns of a box are hidden. */
export function hiddenState(indexes: Set<number>, start: number, count: number): boolean | null {
  let hidden = 0;
  for (const i of indexes) if (i >= start && i < start + count) hidden += 1;
  return hidden === 0 ? false : hidden === count ? true : null;
}
