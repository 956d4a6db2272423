import type ExcelJS from "exceljs";
import { boxAddress, cellAddress } from "../address";
import type { CellSnapshot, ConditionalFormatSnapshot, DataValidationSnapshot, SheetSnapshot, TableSnapshot } from "../model";
import { contentOf, resultOf } from "./export-cells";
import { argb, fileFormula, fileOperator } from "./units";

/**
 * Whole-column rules (Excel's "D:D") are cut at this many rows: ExcelJS expands a rule into one
 * entry per cell when it reads a file back, and no Evapor sheet comes near this size.
 */
const MAX_RULE_ROWS = 10_000;

interface BasicRule { formula1?: unknown; formula2?: unknown; operator?: string }
type ApiRule = Partial<Record<"wholeNumber" | "decimal" | "textLength" | "date" | "time", BasicRule>> & { custom?: { formula?: string } };

const KINDS = { wholeNumber: "whole", decimal: "decimal", textLength: "textLength", date: "date", time: "time" } as const;

function validationOf(dv: DataValidationSnapshot): ExcelJS.DataValidation | undefined {
  const messages = {
    showErrorMessage: true, error: dv.errorMessage,
    showInputMessage: dv.prompt !== undefined, prompt: dv.prompt,
  };
  if (dv.list) {
    // A literal list is written quoted; a range source ("=$A$1:$A$3") as its reference.
    const source = dv.list.source.startsWith("=") ? dv.list.source.slice(1) : `"${dv.list.source}"`;
    return { type: "list", allowBlank: true, formulae: [source], ...messages };
  }
  const rule = (dv.rule ?? {}) as ApiRule;
  if (rule.custom?.formula) return { type: "custom", allowBlank: true, formulae: [fileFormula(rule.custom.formula)], ...messages };
  for (const [api, file] of Object.entries(KINDS) as [keyof typeof KINDS, (typeof KINDS)[keyof typeof KINDS]][]) {
    const basic = rule[api];
    if (!basic) continue;
    const formulae = [basic.formula1, basic.formula2].filter((f) => f !== undefined && f !== "").map(fileFormula);
    // ExcelJS's type names no "time" although the file format has it.
    return { type: file as ExcelJS.DataValidation["type"], operator: fileOperator(basic.operator) ?? "between", allowBlank: true, formulae, ...messages };
  }
  return undefined;
}

export function writeDataValidations(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  for (const dv of sheet.dataValidations) {
    const validation = validationOf(dv);
    if (!validation) continue;
    const box = { ...dv.box, rowCount: Math.min(dv.box.rowCount, MAX_RULE_ROWS) };
    // ExcelJS keeps a range key as one rule (sqref) instead of one per cell; its types omit this API.
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(boxAddress(box), validation);
  }
}

/** ExcelJS types name four cellIs operators; the file (and its writer) takes all eight. */
const cellIsOperator = (op: string | undefined) => (fileOperator(op) ?? "equal") as ExcelJS.CellIsOperators;

function cfStyle(cf: ConditionalFormatSnapshot): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  // Differential formats paint a solid fill with bgColor (ECMA-376 §18.8.17).
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor || cf.bold) style.font = { color: cf.fontColor ? { argb: argb(cf.fontColor) } : undefined, bold: cf.bold };
  return style;
}

export function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.conditionalFormats.forEach((cf, i) => {
    if (!cf.formula) return;
    const ref = boxAddress({ ...cf.box, rowCount: Math.min(cf.box.rowCount, MAX_RULE_ROWS) });
    const priority = i + 1;
    // ExcelJS writes no stopIfTrue: Evapor's rules do not overlap, so nothing depends on it.
    const base = { priority, style: cfStyle(cf) };
    if (cf.type === "CellValue") {
      const formulae = [cf.formula, cf.formula2].filter((f) => f !== undefined).map(fileFormula);
      ws.addConditionalFormatting({ ref, rules: [{ ...base, type: "cellIs", operator: cellIsOperator(cf.operator), formulae }] });
    } else {
      ws.addConditionalFormatting({ ref, rules: [{ ...base, type: "expression", formulae: [fileFormula(cf.formula)] }] });
    }
  });
}

/** Tables go in as ExcelJS tables over the cells already written (same values, so nothing changes). */
export function writeTables(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  const at = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  for (const t of sheet.tables) ws.addTable(tableOf(t, (r, c) => at.get(`${r},${c}`)));
}

function tableOf(t: TableSnapshot, cell: (row: number, col: number) => CellSnapshot | undefined): ExcelJS.TableProperties {
  const { row, col, rowCount, colCount } = t.box;
  const first = row + (t.showHeaders ? 1 : 0);
  const last = row + rowCount - (t.showTotals ? 1 : 0);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = first; r < last; r++) rows.push(Array.from({ length: colCount }, (_, c) => contentOf(cell(r, col + c))));
  const totals = row + rowCount - 1;
  const columns = t.columnNames.map((name, c): ExcelJS.TableColumnProperties => {
    const total = t.showTotals ? cell(totals, col + c) : undefined;
    if (total?.formula) {
      // totalsRowResult is read by ExcelJS's table writer although its type leaves it out.
      const totalsRowResult = resultOf(total);
      return { name, filterButton: true, totalsRowFunction: "custom", totalsRowFormula: total.formula.slice(1), totalsRowResult } as ExcelJS.TableColumnProperties;
    }
    return { name, filterButton: true, totalsRowLabel: typeof total?.value === "string" ? total.value : c === 0 ? "" : undefined };
  });
  return {
    name: t.name, ref: cellAddress(row, col), headerRow: t.showHeaders, totalsRow: t.showTotals,
    style: { theme: (t.style || "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns, rows,
  };
}
