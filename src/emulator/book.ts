import { parseAddress } from "./address";
import { FormulaEngine } from "./formula-engine";
import type { CellBox } from "./model";
import { accessDenied, EmulatorError, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { getCell, newSheetState, sheetNameProblem, STANDARD_HEIGHT, STANDARD_WIDTH, type SheetState, type WorkbookState } from "./state";

/** What a protected sheet refuses unless protect() allowed it (Excel.WorksheetProtectionOptions). */
export type GuardedAction =
  | "editCells" | "formatCells" | "formatColumns" | "formatRows" | "insertRows" | "insertColumns"
  | "deleteRows" | "deleteColumns" | "editObjects";

const ALLOW_OPTION: Record<GuardedAction, string | null> = {
  editCells: null, formatCells: "allowFormatCells", formatColumns: "allowFormatColumns", formatRows: "allowFormatRows",
  insertRows: "allowInsertRows", insertColumns: "allowInsertColumns", deleteRows: "allowDeleteRows",
  deleteColumns: "allowDeleteColumns", editObjects: "allowEditObjects",
};

/** The emulated workbook: its state plus the formula engine kept in step with every write. */
export class Book {
  readonly engine = new FormulaEngine();
  /** protect() options per sheet id; absent options are Excel's defaults (all false). */
  readonly protectionOptions = new Map<string, Record<string, unknown>>();

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

  activeSheet(): SheetState {
    const s = this.sheetById(this.state.activeSheetId);
    if (!s) throw itemNotFound("the active worksheet");
    return s;
  }

  checkSheetName(name: string, except?: SheetState): void {
    if (typeof name !== "string") throw invalidArgument("a sheet name must be a string");
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(`the sheet name "${name}" ${problem}`);
    const other = this.sheetByName(name);
    if (other && other !== except) throw new EmulatorError("ItemAlreadyExists", `a sheet named "${other.name}" exists`);
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

  /** Excel rewrites the formulas that refer to a renamed sheet; HyperFormula already did. */
  renameSheet(sheet: SheetState, name: string): void {
    if (name === sheet.name) return;
    this.checkSheetName(name, sheet);
    const old = sheet.name.toLowerCase();
    sheet.name = name;
    this.engine.renameSheet(sheet.id, name);
    this.refreshFormulas((f) => f.toLowerCase().includes(old));
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.state.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) throw invalidOperation("a workbook must keep at least one visible worksheet");
    const index = this.state.sheets.indexOf(sheet);
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
    this.engine.removeSheet(sheet.id);
    if (this.state.activeSheetId === sheet.id) {
      const next = this.state.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ?? this.state.sheets[0];
      this.state.activeSheetId = next.id;
    }
  }

  /** Takes HyperFormula's text of formulas after renames and inserted or deleted rows. */
  refreshFormulas(only: (formula: string) => boolean = () => true): void {
    for (const sheet of this.state.sheets) {
      for (const [r, line] of sheet.cells) {
        for (const [c, cell] of line) {
          if (cell.formula === undefined || !only(cell.formula)) continue;
          const f = this.engine.formula(sheet.id, r, c);
          if (f !== undefined) cell.formula = f;
        }
      }
    }
  }

  /** A sheet-local address of `sheet` ("A1:B2", "Sheet1!A1", "A:C", "1:3") as a box; InvalidArgument otherwise. */
  boxOf(sheet: SheetState, address: string): CellBox {
    const parsed = typeof address === "string" ? parseAddress(address) : null;
    if (!parsed) throw invalidArgument(`the address ${String(address)} is not valid`);
    if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(`the address ${address} is not on the sheet '${sheet.name}'`);
    }
    return parsed.box;
  }

  /** Refuses a change to a protected sheet with AccessDenied, as Excel does. */
  guard(sheet: SheetState, action: GuardedAction, box?: CellBox): void {
    if (!sheet.protected) return;
    const option = ALLOW_OPTION[action];
    if (option && this.protectionOptions.get(sheet.id)?.[option] === true) return;
    if (action === "editCells" && box && allUnlocked(sheet, box)) return;
    throw accessDenied(`the sheet '${sheet.name}' is protected (${action})`);
  }

  /** Sheet geometry in points, from the widths and heights set (Excel's defaults elsewhere). */
  columnLeft(sheet: SheetState, col: number): number {
    let x = col * STANDARD_WIDTH;
    for (const [c, w] of sheet.columnWidths) if (c < col) x += w - STANDARD_WIDTH;
    for (const c of sheet.hiddenColumns) if (c < col) x -= sheet.columnWidths.get(c) ?? STANDARD_WIDTH;
    return x;
  }

  rowTop(sheet: SheetState, row: number): number {
    let y = row * STANDARD_HEIGHT;
    for (const [r, h] of sheet.rowHeights) if (r < row) y += h - STANDARD_HEIGHT;
    for (const r of sheet.hiddenRows) if (r < row) y -= sheet.rowHeights.get(r) ?? STANDARD_HEIGHT;
    return y;
  }
}

function allUnlocked(sheet: SheetState, box: CellBox): boolean {
  if (box.rowCount * box.colCount > 100_000) return false;
  for (let r = box.row; r < box.row + box.rowCount; r++) {
    for (let c = box.col; c < box.col + box.colCount; c++) if (getCell(sheet, r, c)?.style.locked !== false) return false;
  }
  return true;
}
