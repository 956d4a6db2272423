import { excelAddress, MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "./address";
import type { Book } from "./book";
import { intersection } from "./boxes";
import { clearContents, clearFormats, formulaAt, textAt, valueAt, valueTypeAt, writeInputs, writeNumberFormats } from "./cells";
import { bool, oneOf } from "./check";
import { ConditionalFormatCollection } from "./conditional-formats";
import type { Batch } from "./core/batch";
import { SpecObject, type Prop } from "./core/proxy";
import { DataValidation } from "./data-validation";
import { CLEAR_APPLY_TO } from "./enums";
import { invalidArgument } from "./errors";
import { mergeBox, mergedAreas, unmergeBox } from "./merges";
import type { CellBox } from "./model";
import { RangeAreas } from "./range-areas";
import { RangeFormat } from "./range-format";
import { getCell, usedBox, type SheetState } from "./state";
import { shiftCells } from "./structure";
import { hiddenState, type Locate, type Located } from "./styles";

/** Reading more cells than this in one property is refused (Excel on the web hits its 5 MB response limit first). */
const MAX_READ_CELLS = 5_000_000;

function grid<T>({ box }: Located, f: (row: number, col: number) => T): T[][] {
  if (box.rowCount * box.colCount > MAX_READ_CELLS) throw invalidArgument(`reading ${box.rowCount}×${box.colCount} cells at once`);
  return Array.from({ length: box.rowCount }, (_, r) => Array.from({ length: box.colCount }, (_, c) => f(box.row + r, box.col + c)));
}

function rangeProps(book: Book): Record<string, Prop<Located>> {
  const hidden = (kind: "row" | "col"): Prop<Located> => ({
    read: ({ sheet, box }) => (kind === "row" ? hiddenState(sheet.hiddenRows, box.row, box.rowCount) : hiddenState(sheet.hiddenColumns, box.col, box.colCount)),
    write: ({ sheet, box }, v) => {
      const hide = bool(v, kind === "row" ? "rowHidden" : "columnHidden");
      book.guard(sheet, kind === "row" ? "formatRows" : "formatColumns");
      const [set, start, count] = kind === "row" ? [sheet.hiddenRows, box.row, box.rowCount] : [sheet.hiddenColumns, box.col, box.colCount];
      if (count > 100_000) throw invalidArgument("the emulator hides at most 100,000 lines at once");
      for (let i = start; i < start + count; i++) {
        if (hide) set.add(i);
        else set.delete(i);
      }
    },
  });
  return {
    address: { read: ({ sheet, box }) => `${quoteSheetName(sheet.name)}!${excelAddress(box)}` },
    addressLocal: { read: ({ sheet, box }) => `${quoteSheetName(sheet.name)}!${excelAddress(box)}` },
    rowIndex: { read: ({ box }) => box.row },
    columnIndex: { read: ({ box }) => box.col },
    rowCount: { read: ({ box }) => box.rowCount },
    columnCount: { read: ({ box }) => box.colCount },
    cellCount: { read: ({ box }) => box.rowCount * box.colCount },
    isEntireRow: { read: ({ box }) => box.colCount === MAX_COLUMNS },
    isEntireColumn: { read: ({ box }) => box.rowCount === MAX_ROWS },
    values: { read: (at) => grid(at, (r, c) => valueAt(book, at.sheet, r, c)), write: (at, v) => writeInputs(book, at.sheet, at.box, v, "values") },
    formulas: { read: (at) => grid(at, (r, c) => formulaAt(book, at.sheet, r, c)), write: (at, v) => writeInputs(book, at.sheet, at.box, v, "formulas") },
    numberFormat: { read: (at) => grid(at, (r, c) => getCell(at.sheet, r, c)?.numberFormat ?? "General"), write: (at, v) => writeNumberFormats(book, at.sheet, at.box, v) },
    text: { read: (at) => grid(at, (r, c) => textAt(book, at.sheet, r, c)) },
    valueTypes: { read: (at) => grid(at, (r, c) => valueTypeAt(book, at.sheet, r, c)) },
    rowHidden: hidden("row"),
    columnHidden: hidden("col"),
    hidden: { read: ({ sheet, box }) => hiddenState(sheet.hiddenRows, box.row, box.rowCount) === true || hiddenState(sheet.hiddenColumns, box.col, box.colCount) === true },
    left: { read: ({ sheet, box }) => book.columnLeft(sheet, box.col) },
    top: { read: ({ sheet, box }) => book.rowTop(sheet, box.row) },
    width: { read: ({ sheet, box }) => book.columnLeft(sheet, box.col + box.colCount) - book.columnLeft(sheet, box.col) },
    height: { read: ({ sheet, box }) => book.rowTop(sheet, box.row + box.rowCount) - book.rowTop(sheet, box.row) },
  };
}

/** A range proxy over a box located at sync time; reads and writes are checked against its size. */
export class Range extends SpecObject<Located> {
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly isEntireRow: boolean;
  declare readonly isEntireColumn: boolean;
  declare rowHidden: boolean;
  declare columnHidden: boolean;
  declare readonly hidden: boolean;
  declare readonly left: number;
  declare readonly top: number;
  declare readonly width: number;
  declare readonly height: number;
  private parts: Partial<{ format: RangeFormat; dataValidation: DataValidation; conditionalFormats: ConditionalFormatCollection }> = {};

  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate, options: { nullable?: boolean; exists?: () => boolean } = {}) {
    super(batch, "Range", locate, rangeProps(book), { ...options, api: { rowHidden: "Range.rowHidden", columnHidden: "Range.columnHidden" } });
  }

  get format(): RangeFormat { return (this.parts.format ??= new RangeFormat(this.batch, this.book, this.locate)); }
  get dataValidation(): DataValidation { return (this.parts.dataValidation ??= new DataValidation(this.batch, this.book, this.locate)); }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.parts.conditionalFormats ??= new ConditionalFormatCollection(this.batch, this.book, this.locate));
  }
  protected override child(name: string) {
    return name === "format" ? this.format : name === "dataValidation" ? this.dataValidation : undefined;
  }

  /** The sheet and box this range stands for at sync time (for other emulator proxies). */
  locateBox(): Located { return this.locate(); }

  private sub(f: (box: CellBox, sheet: SheetState) => CellBox): Range {
    return new Range(this.batch, this.book, () => {
      const { sheet, box } = this.locate();
      const next = f(box, sheet);
      const outside = next.row < 0 || next.col < 0 || next.rowCount < 1 || next.colCount < 1 || next.row + next.rowCount > MAX_ROWS || next.col + next.colCount > MAX_COLUMNS;
      if (outside) throw invalidArgument("the resulting range is outside the sheet");
      return { sheet, box: next };
    });
  }
  getCell(row: number, column: number): Range { return this.sub((b) => ({ row: b.row + row, col: b.col + column, rowCount: 1, colCount: 1 })); }
  getRow(row: number): Range { return this.sub((b) => ({ ...b, row: b.row + row, rowCount: 1 })); }
  getColumn(column: number): Range { return this.sub((b) => ({ ...b, col: b.col + column, colCount: 1 })); }
  getRowsAbove(count = 1): Range { return this.sub((b) => ({ ...b, row: b.row - count, rowCount: count })); }
  getRowsBelow(count = 1): Range { return this.sub((b) => ({ ...b, row: b.row + b.rowCount, rowCount: count })); }
  getColumnsBefore(count = 1): Range { return this.sub((b) => ({ ...b, col: b.col - count, colCount: count })); }
  getColumnsAfter(count = 1): Range { return this.sub((b) => ({ ...b, col: b.col + b.colCount, colCount: count })); }
  getLastRow(): Range { return this.sub((b) => ({ ...b, row: b.row + b.rowCount - 1, rowCount: 1 })); }
  getLastColumn(): Range { return this.sub((b) => ({ ...b, col: b.col + b.colCount - 1, colCount: 1 })); }
  getLastCell(): Range { return this.sub((b) => ({ row: b.row + b.rowCount - 1, col: b.col + b.colCount - 1, rowCount: 1, colCount: 1 })); }
  getOffsetRange(rows: number, cols: number): Range { return this.sub((b) => ({ ...b, row: b.row + rows, col: b.col + cols })); }
  getResizedRange(rows: number, cols: number): Range {
    this.batch.requireApi("Range.getResizedRange");
    return this.sub((b) => ({ ...b, rowCount: b.rowCount + rows, colCount: b.colCount + cols }));
  }
  getAbsoluteResizedRange(rows: number, cols: number): Range {
    this.batch.requireApi("Range.getAbsoluteResizedRange");
    return this.sub((b) => ({ ...b, rowCount: rows, colCount: cols }));
  }
  getEntireColumn(): Range { return this.sub((b) => ({ row: 0, col: b.col, rowCount: MAX_ROWS, colCount: b.colCount })); }
  getEntireRow(): Range { return this.sub((b) => ({ row: b.row, col: 0, rowCount: b.rowCount, colCount: MAX_COLUMNS })); }
  getIntersection(other: Range | string): Range {
    return this.sub((b, sheet) => {
      const o = typeof other === "string" ? this.book.boxOf(sheet, other) : other.locateBox().box;
      const cut = intersection(b, o);
      if (!cut) throw invalidArgument("the ranges do not intersect");
      return cut;
    });
  }
  getBoundingRect(other: Range | string): Range {
    return this.sub((b, sheet) => {
      const o = typeof other === "string" ? this.book.boxOf(sheet, other) : other.locateBox().box;
      const row = Math.min(b.row, o.row), col = Math.min(b.col, o.col);
      return { row, col, rowCount: Math.max(b.row + b.rowCount, o.row + o.rowCount) - row, colCount: Math.max(b.col + b.colCount, o.col + o.colCount) - col };
    });
  }
  /** The part of this range that the sheet's used range covers. */
  getUsedRange(valuesOnly = false): Range {
    return this.sub((b, sheet) => {
      const used = usedBox(sheet, valuesOnly);
      const cut = used && intersection(b, used);
      if (!cut) throw invalidArgument("the range has no used cells");
      return cut;
    });
  }

  merge(across = false): void {
    this.batch.requireApi("Range.merge");
    this.call("merge", { across }, () => { const { sheet, box } = this.locate(); mergeBox(this.book, sheet, box, across); });
  }
  unmerge(): void {
    this.batch.requireApi("Range.unmerge");
    this.call("unmerge", null, () => { const { sheet, box } = this.locate(); unmergeBox(this.book, sheet, box); });
  }
  getMergedAreasOrNullObject(): RangeAreas {
    this.batch.requireApi("Range.getMergedAreasOrNullObject");
    const areas = () => { const { sheet, box } = this.locate(); return { sheet, boxes: mergedAreas(sheet, box) }; };
    return new RangeAreas(this.batch, this.book, areas, true);
  }
  clear(applyTo = "All"): void {
    this.call("clear", { applyTo }, () => {
      const kind = oneOf(CLEAR_APPLY_TO, applyTo, "applyTo");
      const { sheet, box } = this.locate();
      if (kind === "All" || kind === "Contents" || kind === "ResetContents") clearContents(this.book, sheet, box);
      if (kind === "All" || kind === "Formats") {
        clearFormats(this.book, sheet, box);
        unmergeBox(this.book, sheet, box);
      }
    });
  }
  insert(shift: string): Range {
    this.call("insert", { shift }, () => { const { sheet, box } = this.locate(); shiftCells(this.book, sheet, box, shift, true); });
    return new Range(this.batch, this.book, this.locate);
  }
  delete(shift: string): void {
    this.call("delete", { shift }, () => { const { sheet, box } = this.locate(); shiftCells(this.book, sheet, box, shift, false); });
  }
  select(): void { this.call("select", null, () => undefined); }
  activate(): void { this.call("activate", null, () => { this.book.state.activeSheetId = this.locate().sheet.id; }); }
}
