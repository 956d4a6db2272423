import type { Book } from "./book";
import { ClientObject, type Batch } from "./core";
import { boxAddress, boxesIntersect, MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "./address";
import { invalidArgument } from "./errors";
import type { CellBox } from "./model";
import { getCell, usedBox } from "./state";
import { RangeFormat, type Locate } from "./range-format";
import { DataValidation, ConditionalFormats } from "./range-rules";
import { displayText } from "./number-format";

type Matrix = unknown[][];

/** A range proxy over a located box; every read and write is checked against its dimensions. */
export class Range extends ClientObject {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormats;
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate, nullable = false, private readonly present: () => boolean = () => true) {
    super(batch, "Range", nullable);
    this.format = new RangeFormat(batch, book, locate);
    this.dataValidation = new DataValidation(batch, book, locate);
    this.conditionalFormats = new ConditionalFormats(batch, book, locate);
  }
  protected override exists(): boolean { return this.present(); }
  protected scalarNames() {
    return ["address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "formulas", "numberFormat", "text", "valueTypes"] as const;
  }
  protected override child(name: string) { return name === "format" ? this.format : undefined; }

  protected readScalar(name: string): unknown {
    const { sheet, box } = this.locate();
    switch (name) {
      case "address":
      case "addressLocal": return `${quoteSheetName(sheet.name)}!${boxAddress(box)}`;
      case "rowIndex": return box.row;
      case "columnIndex": return box.col;
      case "rowCount": return box.rowCount;
      case "columnCount": return box.colCount;
      case "cellCount": return box.rowCount * box.colCount;
      case "values": return this.grid((r, c) => this.book.valueAt(sheet, r, c));
      case "formulas": return this.grid((r, c) => { const cell = getCell(sheet, r, c); return cell?.formula ?? this.book.valueAt(sheet, r, c); });
      case "numberFormat": return this.grid((r, c) => getCell(sheet, r, c)?.numberFormat ?? "General");
      case "text": return this.grid((r, c) => displayText(this.book.valueAt(sheet, r, c), getCell(sheet, r, c)?.numberFormat ?? "General"));
      case "valueTypes": return this.grid((r, c) => valueType(this.book.valueAt(sheet, r, c), getCell(sheet, r, c)?.formula !== undefined));
      default: return undefined;
    }
  }

  private grid<T>(f: (row: number, col: number) => T): T[][] {
    const { box } = this.locate();
    if (box.rowCount * box.colCount > 5_000_000) throw invalidArgument("range too large to read");
    return Array.from({ length: box.rowCount }, (_, r) => Array.from({ length: box.colCount }, (_, c) => f(box.row + r, box.col + c)));
  }

  private shaped(name: string, input: unknown): Matrix {
    const { box } = this.locate();
    if (!Array.isArray(input)) return Array.from({ length: box.rowCount }, () => Array<unknown>(box.colCount).fill(input));
    const rows = input as unknown[];
    if (rows.length !== box.rowCount || rows.some((r) => !Array.isArray(r) || r.length !== box.colCount)) {
      throw invalidArgument(`${name}: the array is ${rows.length}×${Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : "?"} but the range is ${box.rowCount}×${box.colCount}`);
    }
    return rows as Matrix;
  }

  get address(): string { return this.get("address"); }
  get addressLocal(): string { return this.get("addressLocal"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }
  get text(): string[][] { return this.get("text"); }
  get valueTypes(): string[][] { return this.get("valueTypes"); }
  get values(): unknown[][] { return this.get("values"); }
  set values(v: unknown[][]) {
    this.set("values", v, () => {
      const { sheet, box } = this.locate();
      this.book.writeInputs(sheet, box, this.shaped("values", v));
    });
  }
  get formulas(): unknown[][] { return this.get("formulas"); }
  set formulas(v: unknown[][]) {
    this.set("formulas", v, () => {
      const { sheet, box } = this.locate();
      this.book.writeInputs(sheet, box, this.shaped("formulas", v));
    });
  }
  get numberFormat(): unknown[][] { return this.get("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, () => {
      const { sheet, box } = this.locate();
      this.book.checkWritable(sheet, "numberFormat");
      const m = this.shaped("numberFormat", v);
      for (let r = 0; r < box.rowCount; r++) {
        for (let c = 0; c < box.colCount; c++) {
          const cell = this.book.cell(sheet, box.row + r, box.col + c);
          cell.numberFormat = String(m[r][c]);
        }
      }
    });
  }

  private sub(f: (box: CellBox) => CellBox): Range {
    return new Range(this.batch, this.book, () => {
      const { sheet, box } = this.locate();
      const next = f(box);
      if (next.row < 0 || next.col < 0 || next.rowCount < 1 || next.colCount < 1 || next.row + next.rowCount > MAX_ROWS || next.col + next.colCount > MAX_COLUMNS) {
        throw invalidArgument("the resulting range is outside the sheet");
      }
      return { sheet, box: next };
    });
  }
  getCell(row: number, column: number): Range { return this.sub((b) => ({ row: b.row + row, col: b.col + column, rowCount: 1, colCount: 1 })); }
  getRow(row: number): Range { return this.sub((b) => ({ ...b, row: b.row + row, rowCount: 1 })); }
  getColumn(column: number): Range { return this.sub((b) => ({ ...b, col: b.col + column, colCount: 1 })); }
  getOffsetRange(rows: number, cols: number): Range { return this.sub((b) => ({ ...b, row: b.row + rows, col: b.col + cols })); }
  getResizedRange(rows: number, cols: number): Range { return this.sub((b) => ({ ...b, rowCount: b.rowCount + rows, colCount: b.colCount + cols })); }
  getEntireColumn(): Range { return this.sub((b) => ({ row: 0, col: b.col, rowCount: MAX_ROWS, colCount: b.colCount })); }
  getEntireRow(): Range { return this.sub((b) => ({ row: b.row, col: 0, rowCount: b.rowCount, colCount: MAX_COLUMNS })); }
  getCellProperties(): never { throw invalidArgument("getCellProperties is not emulated"); }

  merge(across = false): void {
    this.call("merge", { across }, () => {
      const { sheet, box } = this.locate();
      this.book.checkWritable(sheet, "merge");
      const parts = across ? Array.from({ length: box.rowCount }, (_, r) => ({ ...box, row: box.row + r, rowCount: 1 })) : [box];
      sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
      for (const p of parts) if (p.rowCount * p.colCount > 1) sheet.merges.push(p);
    });
  }
  unmerge(): void {
    this.call("unmerge", null, () => {
      const { sheet, box } = this.locate();
      sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
    });
  }
  clear(applyTo: string = "All"): void {
    this.call("clear", { applyTo }, () => {
      const { sheet, box } = this.locate();
      if (applyTo === "All" || applyTo === "Contents") this.book.clearContents(sheet, box);
      if (applyTo === "All" || applyTo === "Formats") {
        this.book.checkWritable(sheet, "format");
        for (let r = box.row; r < box.row + box.rowCount; r++) {
          const line = sheet.cells.get(r);
          if (!line) continue;
          for (let c = box.col; c < box.col + box.colCount; c++) {
            const cell = line.get(c);
            if (cell) { cell.style = {}; cell.numberFormat = undefined; }
          }
        }
      }
    });
  }
  set rowHidden(v: boolean) {
    this.set("rowHidden", v, () => { const { sheet, box } = this.locate(); for (let r = box.row; r < box.row + box.rowCount; r++) { if (v) sheet.hiddenRows.add(r); else sheet.hiddenRows.delete(r); } });
  }
  set columnHidden(v: boolean) {
    this.set("columnHidden", v, () => { const { sheet, box } = this.locate(); for (let c = box.col; c < box.col + box.colCount; c++) { if (v) sheet.hiddenColumns.add(c); else sheet.hiddenColumns.delete(c); } });
  }
  /** The sheet and box this range stands for, at sync time (used by other emulator proxies). */
  locateBox(): ReturnType<Locate> {
    return this.locate();
  }
  select(): void { this.call("select", null, () => undefined); }
}

export function usedRangeLocator(book: Book, locateSheet: () => ReturnType<Locate>["sheet"], valuesOnly: boolean): { locate: Locate; present: () => boolean } {
  return {
    locate: () => {
      const sheet = locateSheet();
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    },
    present: () => usedBox(locateSheet(), valuesOnly) !== null,
  };
}

function valueType(v: unknown, _formula: boolean): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(v)) return "Error";
  return "String";
}
