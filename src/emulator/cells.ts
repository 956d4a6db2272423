import type { Book } from "./book";
import { invalidArgument } from "./errors";
import type { EngineContent } from "./formula-engine";
import { parseInput, type CellInput } from "./input";
import type { CellBox, ComputedValue } from "./model";
import { displayText } from "./number-format";
import { ensureCell, getCell, type CellState, type SheetState } from "./state";

/** The emulator refuses to materialize more cells than this in one write (Excel itself would take hours). */
const MAX_WRITE_CELLS = 2_000_000;

/**
 * A written value as a matrix of the range's shape: a 2-D array must match the range exactly
 * (InvalidArgument otherwise, as Excel); a single value applies to every cell, as Excel allows.
 */
export function shapeMatrix(input: unknown, box: CellBox, what: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) {
    if (box.rowCount * box.colCount > MAX_WRITE_CELLS) throw invalidArgument(`${what}: one value for ${box.rowCount}×${box.colCount} cells is more than the emulator writes`);
    return () => input;
  }
  const rows = input as unknown[];
  const bad = rows.length !== box.rowCount || rows.some((r) => !Array.isArray(r) || r.length !== box.colCount);
  if (bad) {
    const first = Array.isArray(rows[0]) ? String((rows[0] as unknown[]).length) : "?";
    throw invalidArgument(`${what}: the array is ${rows.length}×${first} but the range is ${box.rowCount}×${box.colCount}`);
  }
  return (r, c) => (rows[r] as unknown[])[c];
}

/**
 * Writes `values` or `formulas`: both take constants and "=…" formulas, read as typed input. The
 * whole array is checked before any cell changes, so a bad element leaves the range as it was.
 */
export function writeInputs(book: Book, sheet: SheetState, box: CellBox, input: unknown, what: string): void {
  const at = shapeMatrix(input, box, what);
  book.guard(sheet, "editCells", box);
  const parsed: CellInput[][] = [];
  for (let r = 0; r < box.rowCount; r++) {
    const line: CellInput[] = [];
    for (let c = 0; c < box.colCount; c++) line.push(parseInput(at(r, c), getCell(sheet, box.row + r, box.col + c)?.numberFormat));
    parsed.push(line);
  }
  parsed.forEach((line, r) => {
    let run: EngineContent[] = [];
    let runStart = 0;
    const flush = () => {
      if (run.length) book.engine.setRow(sheet.id, box.row + r, box.col + runStart, run);
      run = [];
    };
    line.forEach((p, c) => {
      if (p.kind === "skip") return flush();
      if (run.length === 0) runStart = c;
      const cell = ensureCell(sheet, box.row + r, box.col + c);
      if (p.kind === "formula") {
        cell.formula = p.formula;
        cell.value = null;
        run.push({ formula: p.formula });
      } else {
        cell.formula = undefined;
        cell.value = p.value;
        if (p.numberFormat) cell.numberFormat = p.numberFormat;
        run.push({ value: p.value });
      }
    });
    flush();
  });
}

/** Sets number formats; null leaves a cell's format, "" resets it to General (Excel docs). */
export function writeNumberFormats(book: Book, sheet: SheetState, box: CellBox, input: unknown): void {
  const at = shapeMatrix(input, box, "numberFormat");
  book.guard(sheet, "formatCells");
  for (let r = 0; r < box.rowCount; r++) {
    for (let c = 0; c < box.colCount; c++) {
      const v = at(r, c);
      if (v === null || v === undefined) continue;
      if (typeof v !== "string") throw invalidArgument(`numberFormat must be text, got ${typeof v}`);
      const cell = ensureCell(sheet, box.row + r, box.col + c);
      cell.numberFormat = v === "" || v === "General" ? undefined : v;
    }
  }
}

/** Empties the box's contents (formulas included), keeping formats. */
export function clearContents(book: Book, sheet: SheetState, box: CellBox): void {
  book.guard(sheet, "editCells", box);
  for (const [r, c, cell] of cellsIn(sheet, box)) {
    if (cell.value === null && cell.formula === undefined) continue;
    cell.value = null;
    cell.formula = undefined;
    book.engine.setRow(sheet.id, r, c, [{ value: null }]);
  }
}

export function clearFormats(book: Book, sheet: SheetState, box: CellBox): void {
  book.guard(sheet, "formatCells");
  for (const [, , cell] of cellsIn(sheet, box)) {
    cell.style = {};
    cell.numberFormat = undefined;
  }
}

/** The existing cells inside a box, without touching the empty ones (whole columns stay cheap). */
export function* cellsIn(sheet: SheetState, box: CellBox): Generator<[number, number, CellState]> {
  const rows = box.rowCount < sheet.cells.size ? rangeOf(box.row, box.rowCount) : [...sheet.cells.keys()];
  for (const r of rows) {
    if (r < box.row || r >= box.row + box.rowCount) continue;
    const line = sheet.cells.get(r);
    if (!line) continue;
    const cols = box.colCount < line.size ? rangeOf(box.col, box.colCount) : [...line.keys()];
    for (const c of cols) {
      if (c < box.col || c >= box.col + box.colCount) continue;
      const cell = line.get(c);
      if (cell) yield [r, c, cell];
    }
  }
}

const rangeOf = (start: number, count: number): number[] => Array.from({ length: count }, (_, i) => start + i);

/** What Excel reports for a cell in `values`: the constant or the formula's result ("" when empty). */
export function valueAt(book: Book, sheet: SheetState, row: number, col: number): string | number | boolean {
  return excelValue(computedAt(book, sheet, row, col));
}

export function computedAt(book: Book, sheet: SheetState, row: number, col: number): ComputedValue {
  const cell = getCell(sheet, row, col);
  if (!cell) return null;
  if (cell.formula !== undefined) return book.engine.value(sheet.id, row, col);
  return cell.value;
}

/** `formulas`: the formula text, else the constant ("" when empty). */
export function formulaAt(book: Book, sheet: SheetState, row: number, col: number): string | number | boolean {
  const cell = getCell(sheet, row, col);
  if (cell?.formula !== undefined) return cell.formula;
  return cell?.value ?? "";
}

export function textAt(book: Book, sheet: SheetState, row: number, col: number): string {
  return displayText(valueAt(book, sheet, row, col), getCell(sheet, row, col)?.numberFormat ?? "General");
}

/** Excel.RangeValueType of a cell. */
export function valueTypeAt(book: Book, sheet: SheetState, row: number, col: number): string {
  const v = computedAt(book, sheet, row, col);
  if (v === null || v === "") return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** Excel reports an empty formula result as "" and an error as its text, e.g. "#DIV/0!". */
export function excelValue(v: ComputedValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}
