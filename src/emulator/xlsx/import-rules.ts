import type ExcelJS from "exceljs";
import { parseAddress } from "../address";
import type { CellBox, DataValidationSnapshot } from "../model";

const KINDS: Record<string, string> = { whole: "wholeNumber", decimal: "decimal", textLength: "textLength", date: "date", time: "time" };

/** "greaterThanOrEqual" → "GreaterThanOrEqualTo", as the Excel API names data-validation operators. */
const apiOperator = (op: string | undefined) => {
  const name = (op ?? "between").charAt(0).toUpperCase() + (op ?? "between").slice(1);
  return name.endsWith("Equal") ? `${name}To` : name;
};
const apiFormula = (f: unknown) => (typeof f === "number" ? f : `=${String(f)}`);

function snapshotOf(v: ExcelJS.DataValidation, box: CellBox): DataValidationSnapshot | undefined {
  const messages = { ...(v.error ? { errorMessage: v.error } : {}), ...(v.prompt ? { prompt: v.prompt } : {}) };
  const [f1, f2] = (v.formulae ?? []) as unknown[];
  if (v.type === "list") {
    const text = typeof f1 === "string" ? f1 : "";
    const source = text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : `=${text}`;
    return { box, list: { source, inCellDropDown: true }, ...messages };
  }
  if (v.type === "custom") return { box, rule: { custom: { formula: apiFormula(f1) } }, ...messages };
  const kind = KINDS[v.type];
  if (!kind) return undefined;
  const basic = { formula1: apiFormula(f1), ...(f2 !== undefined ? { formula2: apiFormula(f2) } : {}), operator: apiOperator(v.operator) };
  return { box, rule: { [kind]: basic }, ...messages };
}

/**
 * ExcelJS reads a rule into one entry per cell, all sharing the rule's object: grouping by that
 * object gives the rule's cells back; a rectangle becomes one box, anything else one box per cell.
 */
export function readDataValidations(ws: ExcelJS.Worksheet): DataValidationSnapshot[] {
  const model = (ws as unknown as { dataValidations?: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations?.model ?? {};
  const groups = new Map<ExcelJS.DataValidation, CellBox[]>();
  for (const [address, v] of Object.entries(model)) {
    const box = v ? parseAddress(address)?.box : undefined;
    if (!v || !box) continue;
    const cells = groups.get(v);
    if (cells) cells.push(box);
    else groups.set(v, [box]);
  }
  const out: DataValidationSnapshot[] = [];
  for (const [v, cells] of groups) {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const c of cells) {
      top = Math.min(top, c.row); left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row); right = Math.max(right, c.col);
    }
    const whole = { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
    const boxes = whole.rowCount * whole.colCount === cells.length ? [whole] : cells;
    for (const box of boxes) {
      const dv = snapshotOf(v, box);
      if (dv) out.push(dv);
    }
  }
  return out;
}
