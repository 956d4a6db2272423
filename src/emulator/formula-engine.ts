import { HyperFormula, DetailedCellError } from "hyperformula";
import type { CellScalar, ComputedValue } from "./model";

/**
 * Evaluates the formulas written into the emulator with HyperFormula (GPL-3.0: tests and the
 * preview only, never the add-in bundle — DESIGN.md). Cells are pushed to it as they are written,
 * so reading a computed value costs a lookup, not a rebuild.
 */
export class FormulaEngine {
  private readonly hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: false });
  private readonly ids = new Map<string, number>();

  addSheet(sheetId: string, name: string): void {
    const added = this.hf.addSheet(hfName(name));
    const hfId = this.hf.getSheetId(added);
    if (hfId !== undefined) this.ids.set(sheetId, hfId);
  }

  renameSheet(sheetId: string, name: string): void {
    const hfId = this.ids.get(sheetId);
    if (hfId !== undefined) this.hf.renameSheet(hfId, hfName(name));
  }

  removeSheet(sheetId: string): void {
    const hfId = this.ids.get(sheetId);
    if (hfId === undefined) return;
    this.hf.removeSheet(hfId);
    this.ids.delete(sheetId);
  }

  /** Writes a rectangle of raw contents (constants or "=…" formulas) in one HyperFormula batch. */
  setContents(sheetId: string, row: number, col: number, contents: (CellScalar | string)[][]): void {
    const sheet = this.ids.get(sheetId);
    if (sheet === undefined || contents.length === 0) return;
    const data = contents.map((line) => line.map((v) => (v === null ? null : v)));
    try {
      this.hf.setCellContents({ sheet, row, col }, data);
    } catch {
      // A formula HyperFormula cannot parse still stands in the cell; it reads as #NAME? (below).
      data.forEach((line, r) =>
        line.forEach((v, c) => {
          try {
            this.hf.setCellContents({ sheet, row: row + r, col: col + c }, [[v]]);
          } catch {
            this.hf.setCellContents({ sheet, row: row + r, col: col + c }, [[null]]);
          }
        }),
      );
    }
  }

  value(sheetId: string, row: number, col: number): ComputedValue {
    const sheet = this.ids.get(sheetId);
    if (sheet === undefined) return null;
    const v = this.hf.getCellValue({ sheet, row, col });
    if (v instanceof DetailedCellError) return { error: v.value };
    if (v === null || v === undefined) return null;
    return v;
  }
}

/** HyperFormula accepts sheet names Excel accepts; it only needs them unique, which Excel enforces too. */
function hfName(name: string): string {
  return name;
}
