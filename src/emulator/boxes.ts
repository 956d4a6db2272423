import type { CellBox } from "./model";

export function intersects(a: CellBox, b: CellBox): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

export function contains(outer: CellBox, inner: CellBox): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rowCount <= outer.row + outer.rowCount && inner.col + inner.colCount <= outer.col + outer.colCount;
}

export function intersection(a: CellBox, b: CellBox): CellBox | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return {
    row, col,
    rowCount: Math.min(a.row + a.rowCount, b.row + b.rowCount) - row,
    colCount: Math.min(a.col + a.colCount, b.col + b.colCount) - col,
  };
}

/** What remains of `a` once `b` is cut out of it: up to four boxes (above, below, left, right). */
export function subtract(a: CellBox, b: CellBox): CellBox[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const out: CellBox[] = [];
  if (cut.row > a.row) out.push({ ...a, rowCount: cut.row - a.row });
  const below = a.row + a.rowCount - (cut.row + cut.rowCount);
  if (below > 0) out.push({ ...a, row: cut.row + cut.rowCount, rowCount: below });
  if (cut.col > a.col) out.push({ row: cut.row, rowCount: cut.rowCount, col: a.col, colCount: cut.col - a.col });
  const right = a.col + a.colCount - (cut.col + cut.colCount);
  if (right > 0) out.push({ row: cut.row, rowCount: cut.rowCount, col: cut.col + cut.colCount, colCount: right });
  return out;
}

/** Removes a box from every rule area that overlaps it, keeping the parts outside (Excel replaces rules cell by cell). */
export function carve<T extends { box: CellBox }>(items: T[], box: CellBox): T[] {
  return items.flatMap((item) => (intersects(item.box, box) ? subtract(item.box, box).map((part) => ({ ...item, box: part })) : [item]));
}
