import ExcelJS from "exceljs";
import { boxAddress, columnLetters } from "../address";
import type { BorderStyle, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model";

/** ExcelJS paper codes (OOXML): 9 = A4, 14 = Folio 8.5 × 13 in (F4), 5 = Legal, 1 = Letter. */
const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A4: 9, A3: 8, A5: 11, Folio: 14 };
const ARGB = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const POINTS_PER_CHAR = 7 * 0.75 + 0.75; // Calibri 11: one character ≈ 7 px + padding; widths are stored in characters.

function border(b: BorderStyle | undefined): Partial<ExcelJS.Border> | undefined {
  if (!b) return undefined;
  const style: ExcelJS.BorderStyle = b.weight === "Thick" ? "thick" : b.weight === "Medium" ? "medium" : b.style === "Dash" ? "dashed" : b.style === "Dot" ? "dotted" : b.style === "Double" ? "double" : b.weight === "Hairline" ? "hair" : "thin";
  return { style, color: { argb: ARGB(b.color) } };
}

function writeCell(ws: ExcelJS.Worksheet, c: CellSnapshot): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  if (c.formula !== undefined) {
    const computed = c.computed;
    const result = computed === null ? undefined : typeof computed === "object" ? { error: computed.error } : computed;
    cell.value = { formula: c.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  } else if (c.value !== null) cell.value = c.value;
  if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
  const s = c.style;
  if (s.bold || s.italic || s.underline || s.fontColor || s.fontSize || s.fontName) {
    cell.font = { bold: s.bold, italic: s.italic, underline: s.underline, size: s.fontSize, name: s.fontName, color: s.fontColor ? { argb: ARGB(s.fontColor) } : undefined };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ARGB(s.fill) } };
  if (s.horizontalAlignment || s.verticalAlignment || s.wrapText || s.indentLevel) {
    const h = s.horizontalAlignment?.toLowerCase();
    cell.alignment = {
      horizontal: h === "centeracrossselection" ? "centerContinuous" : (h as ExcelJS.Alignment["horizontal"]),
      vertical: s.verticalAlignment === "Center" ? "middle" : (s.verticalAlignment?.toLowerCase() as ExcelJS.Alignment["vertical"]),
      wrapText: s.wrapText,
      indent: s.indentLevel,
    };
  }
  if (s.borders) cell.border = { top: border(s.borders.top), bottom: border(s.borders.bottom), left: border(s.borders.left), right: border(s.borders.right) };
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSnapshot): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: { tabColor: sheet.tabColor ? { argb: ARGB(sheet.tabColor) } : undefined },
    views: [{ state: sheet.frozenRows || sheet.frozenColumns ? "frozen" : "normal", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, showGridLines: sheet.showGridlines }],
  });
  for (const [col, w] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col) + 1).width = Math.round((w / POINTS_PER_CHAR) * 100) / 100;
  for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row) + 1).height = h;
  for (const c of sheet.cells) writeCell(ws, c);
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  for (const dv of sheet.dataValidations) {
    if (!dv.list) continue;
    const formula = dv.list.source.startsWith("=") ? dv.list.source.slice(1) : `"${dv.list.source}"`;
    for (let r = dv.box.row; r < dv.box.row + Math.min(dv.box.rowCount, 2000); r++) {
      for (let c = dv.box.col; c < dv.box.col + dv.box.colCount; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [formula], showErrorMessage: true, error: dv.errorMessage };
      }
    }
  }
  const p = sheet.pageLayout;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: PAPER[p.paperSize],
    margins: { left: p.leftMargin / 72, right: p.rightMargin / 72, top: p.topMargin / 72, bottom: p.bottomMargin / 72, header: p.headerMargin / 72, footer: p.footerMargin / 72 },
    horizontalCentered: p.centerHorizontally,
    verticalCentered: p.centerVertically,
    printArea: p.printArea,
    printTitlesRow: p.printTitleRows?.replace(/\$/g, ""),
    fitToPage: p.zoom.horizontalFitToPages !== undefined,
    fitToWidth: p.zoom.horizontalFitToPages,
    fitToHeight: p.zoom.verticalFitToPages,
    scale: p.zoom.scale ?? 100,
  };
  for (const row of p.rowPageBreaks) ws.getRow(row).addPageBreak();
  if (p.centerFooter) ws.headerFooter.oddFooter = `&C${p.centerFooter}`;
  if (p.centerHeader) ws.headerFooter.oddHeader = `&C${p.centerHeader}`;
}

/**
 * Writes the emulator's workbook as .xlsx: values, formulas with their computed results, styles,
 * merges, widths, heights, validation, page setup. ExcelJS cannot write shapes or charts: the
 * preview draws them, the download leaves them out.
 */
export async function snapshotToXlsx(snap: WorkbookSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Evapor";
  for (const sheet of snap.sheets) writeSheet(wb, sheet);
  const active = snap.sheets.findIndex((s) => s.name === snap.activeSheetName);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export const _forTests = { POINTS_PER_CHAR, boxAddress, columnLetters };
