import { AlwaysSparse, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import type { CellBox, CellScalar, ComputedValue } from "./model";

/** One cell's content for the engine: a constant, or formula text starting with "=". */
export type EngineContent = { formula: string } | { value: CellScalar };

/**
 * Evaluates the formulas written into the emulator with HyperFormula (GPL-3.0: tests and the
 * preview only, never the add-in bundle — DESIGN.md). Cells are pushed to it as they are written
 * and evaluation is suspended while a sync writes, so a read costs a lookup, not a rebuild.
 * Configured as HyperFormula's guide advises for Excel compatibility (empty → 0, 1900 leap day).
 */
export class FormulaEngine {
  private readonly hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
    evaluateNullToZero: true,
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 31 },
    maxRows: 1_048_576,
    maxColumns: 16_384,
    chooseAddressMappingPolicy: new AlwaysSparse(),
  });
  private readonly ids = new Map<string, number>();
  private suspended = false;

  private hfId(sheetId: string): number | undefined {
    return this.ids.get(sheetId);
  }

  /** Writes are batched; the first read after them recomputes once. */
  private suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  settle(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }

  addSheet(sheetId: string, name: string): void {
    this.settle();
    const added = this.hf.addSheet(name);
    const hfId = this.hf.getSheetId(added);
    if (hfId !== undefined) this.ids.set(sheetId, hfId);
  }

  renameSheet(sheetId: string, name: string): void {
    const hfId = this.hfId(sheetId);
    this.settle();
    if (hfId !== undefined) this.hf.renameSheet(hfId, name);
  }

  removeSheet(sheetId: string): void {
    const hfId = this.hfId(sheetId);
    if (hfId === undefined) return;
    this.settle();
    this.hf.removeSheet(hfId);
    this.ids.delete(sheetId);
  }

  /** Writes one row run of contents starting at (row, col). */
  setRow(sheetId: string, row: number, col: number, contents: EngineContent[]): void {
    const sheet = this.hfId(sheetId);
    if (sheet === undefined || contents.length === 0) return;
    this.suspend();
    this.hf.setCellContents({ sheet, row, col }, [contents.map(raw)]);
  }

  value(sheetId: string, row: number, col: number): ComputedValue {
    const sheet = this.hfId(sheetId);
    if (sheet === undefined) return null;
    this.settle();
    const v = this.hf.getCellValue({ sheet, row, col });
    if (v instanceof DetailedCellError) return excelError(v.value);
    if (v === null || v === undefined) return null;
    return v;
  }

  /** The formula as HyperFormula now writes it (after renames and inserted rows), if any. */
  formula(sheetId: string, row: number, col: number): string | undefined {
    const sheet = this.hfId(sheetId);
    if (sheet === undefined) return undefined;
    this.settle();
    return this.hf.getCellFormula({ sheet, row, col });
  }

  insertRows(sheetId: string, at: number, count: number): void { this.structural(sheetId, (s) => this.hf.addRows(s, [at, count])); }
  removeRows(sheetId: string, at: number, count: number): void { this.structural(sheetId, (s) => this.hf.removeRows(s, [at, count])); }
  insertColumns(sheetId: string, at: number, count: number): void { this.structural(sheetId, (s) => this.hf.addColumns(s, [at, count])); }
  removeColumns(sheetId: string, at: number, count: number): void { this.structural(sheetId, (s) => this.hf.removeColumns(s, [at, count])); }

  /**
   * Shifts the cells of a band (a partial range's columns or rows from `band[axis]` on) by n lines,
   * emptying the deleted lines first; HyperFormula adjusts references to the moved cells.
   */
  moveBand(sheetId: string, band: CellBox, axis: "row" | "col", n: number): void {
    const sheet = this.hfId(sheetId);
    if (sheet === undefined) return;
    this.settle();
    const { width, height } = this.hf.getSheetDimensions(sheet);
    const extent = axis === "row" ? height : width;
    const at = band[axis];
    const across = axis === "row" ? { from: band.col, to: band.col + band.colCount - 1 } : { from: band.row, to: band.row + band.rowCount - 1 };
    const point = (along: number, other: number) => (axis === "row" ? { sheet, row: along, col: other } : { sheet, row: other, col: along });
    if (n < 0) {
      const lines = Array.from({ length: -n }, () => Array<null>(across.to - across.from + 1).fill(null));
      const data = axis === "row" ? lines : lines[0].map((_, i) => lines.map((l) => l[i]));
      this.hf.setCellContents(point(at, across.from), data);
    }
    const from = n > 0 ? at : at - n;
    if (from >= extent) return;
    this.hf.moveCells({ start: point(from, across.from), end: point(extent - 1, across.to) }, point(from + n, across.from));
  }

  private structural(sheetId: string, f: (sheet: number) => void): void {
    const sheet = this.hfId(sheetId);
    if (sheet === undefined) return;
    this.settle();
    f(sheet);
  }

  /** A workbook name ("=Sheet1!$A$1"); names HyperFormula cannot take simply do not evaluate. */
  addName(name: string, formula: string): void {
    this.settle();
    if (this.hf.isItPossibleToAddNamedExpression(name, formula)) this.hf.addNamedExpression(name, formula);
  }

  removeName(name: string): void {
    this.settle();
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
  }
}

/** Text goes in with an apostrophe so HyperFormula keeps it as text, as the emulator decided. */
function raw(content: EngineContent): RawCellContent {
  if ("formula" in content) return content.formula;
  const v = content.value;
  return typeof v === "string" ? `'${v}` : v;
}

/**
 * HyperFormula's errors as Excel shows them. A formula HyperFormula cannot parse (structured
 * references, the @ operator) reads as #NAME?; a circular reference reads 0, as Excel shows it.
 */
function excelError(code: string): ComputedValue {
  if (code === "#ERROR!") return { error: "#NAME?" };
  if (code === "#CYCLE!") return 0;
  return { error: code };
}
