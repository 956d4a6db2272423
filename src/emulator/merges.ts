import type { Book } from "./book";
import { intersects } from "./boxes";
import { cellsIn } from "./cells";
import { invalidOperation } from "./errors";
import type { CellBox } from "./model";
import type { SheetState } from "./state";

/**
 * range.merge(across): Excel keeps only the upper-left value of each merged area and empties the
 * other cells; merging over a table is refused. Merges the new area overlaps are replaced.
 */
export function mergeBox(book: Book, sheet: SheetState, box: CellBox, across: boolean): void {
  book.guard(sheet, "formatCells");
  if (sheet.tables.some((t) => intersects(t.box, box))) throw invalidOperation("cells inside a table cannot be merged");
  const parts = across ? Array.from({ length: box.rowCount }, (_, r) => ({ ...box, row: box.row + r, rowCount: 1 })) : [box];
  sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
  for (const p of parts) {
    if (p.rowCount * p.colCount < 2) continue;
    sheet.merges.push(p);
    for (const [r, c, cell] of cellsIn(sheet, p)) {
      if ((r === p.row && c === p.col) || (cell.value === null && cell.formula === undefined)) continue;
      cell.value = null;
      cell.formula = undefined;
      book.engine.setRow(sheet.id, r, c, [{ value: null }]);
    }
  }
}

export function unmergeBox(book: Book, sheet: SheetState, box: CellBox): void {
  book.guard(sheet, "formatCells");
  sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
}

/** The merged areas that overlap a box, whole. */
export function mergedAreas(sheet: SheetState, box: CellBox): CellBox[] {
  return sheet.merges.filter((m) => intersects(m, box));
}
