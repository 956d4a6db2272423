import { FormulaEngine } from "./formula-engine";
import type { CellBox, CellScalar, ComputedValue } from "./model";
import { EmulatorError, invalidArgument, itemNotFound } from "./errors";
import { ensureCell, getCell, newSheetState, sheetNameProblem, STANDARD_HEIGHT, STANDARD_WIDTH, type SheetState, type WorkbookState } from "./state";
import { parseAddress } from "./address";

/** The emulated workbook: its state plus the formula engine kept in step with every write. */
export class Book {
  readonly engine = new FormulaEngine();
  constructor(readonly state: WorkbookState) {
    for (const sheet of state.sheets) this.engine.addSheet(sheet.id, sheet.name);
  }

  newId(prefix: string): string {
    this.state.nextId += 1;
    return `{${prefix}-${this.state.nextId.toString().padStart(8, "0")}}`;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  requireSheet(id: string): SheetState {
    const sheet = this.sheetById(id);
    if (!sheet) throw itemNotFound(`worksheet ${id}`);
    return sheet;
  }

  checkSheetName(name: string, except?: SheetState): void {
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(`sheet name "${name}" ${problem}`);
    const other = this.sheetByName(name);
    if (other && other !== except) {
      throw new EmulatorError("ItemAlreadyExists", `A resource with the same name or identifier already exists. (${name})`);
    }
  }

  addSheet(name: string | undefined): SheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.state.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    this.checkSheetName(finalName);
    const sheet = newSheetState(this.newId("sheet"), finalName);
    this.state.sheets.push(sheet);
    this.engine.addSheet(sheet.id, sheet.name);
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (name === sheet.name) return;
    this.checkSheetName(name, sheet);
    sheet.name = name;
    this.engine.renameSheet(sheet.id, name);
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.state.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new EmulatorError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
    this.engine.removeSheet(sheet.id);
    if (this.state.activeSheetId === sheet.id) this.state.activeSheetId = this.state.sheets[0].id;
  }

  boxOf(address: string) {
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument(`address ${address}`);
    return parsed.box;
  }

  /** Sheet geometry in points, from the widths and heights Evapor set (Excel's defaults elsewhere). */
  columnLeft(sheet: SheetState, col: number): number {
    let x = 0;
    for (let c = 0; c < col; c++) x += sheet.columnWidths.get(c) ?? STANDARD_WIDTH;
    return x;
  }

  rowTop(sheet: SheetState, row: number): number {
    let y = 0;
    for (let r = 0; r < row; r++) y += sheet.rowHeights.get(r) ?? STANDARD_HEIGHT;
    return y;
  }

  cell(sheet: SheetState, row: number, col: number) {
    return ensureCell(sheet, row, col);
  }

  checkWritable(sheet: SheetState, what: string): void {
    if (sheet.protected) {
      throw new EmulatorError("AccessDenied", `You cannot perform the requested operation. The sheet '${sheet.name}' is protected (${what}).`);
    }
  }

  /** Writes constants or formulas ("=…"); a string starting with "=" is a formula, as in Excel. */
  writeInputs(sheet: SheetState, box: CellBox, inputs: unknown[][]): void {
    this.checkWritable(sheet, "values");
    const engineRows: (CellScalar | string)[][] = [];
    for (let r = 0; r < box.rowCount; r++) {
      const line: (CellScalar | string)[] = [];
      for (let c = 0; c < box.colCount; c++) {
        const raw = inputs[r][c];
        const cell = ensureCell(sheet, box.row + r, box.col + c);
        if (typeof raw === "string" && raw.startsWith("=") && raw.length > 1) {
          cell.formula = raw;
          cell.value = null;
          line.push(raw);
        } else {
          const value = normalizeScalar(raw);
          cell.formula = undefined;
          cell.value = value;
          line.push(value);
        }
      }
      engineRows.push(line);
    }
    this.engine.setContents(sheet.id, box.row, box.col, engineRows);
  }

  clearContents(sheet: SheetState, box: CellBox): void {
    const empty = Array.from({ length: box.rowCount }, () => Array<null>(box.colCount).fill(null));
    this.writeInputs(sheet, box, empty);
  }

  /** What `range.values` reports for a cell: the constant or the formula's result ("" when empty). */
  valueAt(sheet: SheetState, row: number, col: number): string | number | boolean {
    const cell = getCell(sheet, row, col);
    if (!cell) return "";
    if (cell.formula !== undefined) return excelValue(this.engine.value(sheet.id, row, col));
    return cell.value === null ? "" : cell.value;
  }

  computed(sheet: SheetState, row: number, col: number): ComputedValue {
    const cell = getCell(sheet, row, col);
    if (!cell) return null;
    if (cell.formula !== undefined) return this.engine.value(sheet.id, row, col);
    return cell.value;
  }
}

function normalizeScalar(raw: unknown): CellScalar {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`value ${String(raw)} is not a finite number`);
    return raw;
  }
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  throw invalidArgument(`value of type ${typeof raw} cannot be written to a cell`);
}

/** Excel reports an empty formula result as "" and an error as its text, e.g. "#DIV/0!". */
export function excelValue(v: ComputedValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}
