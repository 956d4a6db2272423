import ExcelJS from "exceljs";
import { columnLetters, parseAddress, quoteSheetName } from "../address";
import type { NamedItemSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model";
import { addCustomXmlParts } from "./custom-xml-parts";
import { writeCell } from "./export-cells";
import { addColumnBreaks } from "./export-breaks";
import { addDrawings } from "./export-drawing";
import { writeConditionalFormats, writeDataValidations, writeTables } from "./export-rules";
import { argb, PAPER_CODES, widthFromPoints } from "./units";

const VISIBILITY: Record<string, ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

function writePageSetup(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  const p = sheet.pageLayout;
  const fit = p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: PAPER_CODES[p.paperSize],
    // The file keeps margins in inches.
    margins: { left: p.leftMargin / 72, right: p.rightMargin / 72, top: p.topMargin / 72, bottom: p.bottomMargin / 72, header: p.headerMargin / 72, footer: p.footerMargin / 72 },
    horizontalCentered: p.centerHorizontally,
    verticalCentered: p.centerVertically,
    showGridLines: p.printGridlines,
    printArea: p.printArea?.replace(/\$/g, ""),
    printTitlesRow: p.printTitleRows?.replace(/\$/g, ""),
    printTitlesColumn: p.printTitleColumns?.replace(/\$/g, ""),
    fitToPage: fit,
    // 0 is "automatic" in both the Excel API and the file.
    fitToWidth: fit ? (p.zoom.horizontalFitToPages ?? 0) : undefined,
    fitToHeight: fit ? (p.zoom.verticalFitToPages ?? 0) : undefined,
    scale: p.zoom.scale ?? 100,
  };
  // ExcelJS breaks *after* the row it is given (1-based); the snapshot keeps the 0-based row that
  // starts the new page, which is the 1-based number of the row before it.
  for (const row of p.rowPageBreaks) if (row > 0) ws.getRow(row).addPageBreak();
  if (p.centerHeader) ws.headerFooter.oddHeader = `&C${p.centerHeader}`;
  if (p.centerFooter) ws.headerFooter.oddFooter = `&C${p.centerFooter}`;
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSnapshot): Promise<void> {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = wb.addWorksheet(sheet.name, {
    state: VISIBILITY[sheet.visibility] ?? "visible",
    properties: { tabColor: sheet.tabColor ? { argb: argb(sheet.tabColor) } : undefined, defaultRowHeight: sheet.standardHeight },
    views: [frozen
      ? { state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, showGridLines: sheet.showGridlines }
      : { state: "normal", showGridLines: sheet.showGridlines }],
  });
  for (const [col, w] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col) + 1).width = widthFromPoints(w);
  for (const col of sheet.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  for (const [row, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row) + 1).height = h;
  for (const row of sheet.hiddenRows) {
    // ExcelJS leaves out a row with neither cells nor height, and its hidden flag with it.
    const r = ws.getRow(row + 1);
    r.height = sheet.rowHeights[row] ?? sheet.standardHeight;
    r.hidden = true;
  }
  for (const c of sheet.cells) writeCell(ws, c);
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  writeTables(ws, sheet);
  writeDataValidations(ws, sheet);
  writeConditionalFormats(ws, sheet);
  writePageSetup(ws, sheet);
  // Protected without a password, as Evapor's Worksheet.protection.protect() leaves it.
  if (sheet.protected) await ws.protect("", {});
}

/**
 * Workbook names that refer to a range ("=Sheet1!$A$1:$B$3"). ExcelJS cannot store names of
 * constants or formulas, and keeps a name as one entry per cell, so whole-column names are left out.
 */
function writeNames(wb: ExcelJS.Workbook, names: NamedItemSnapshot[]): void {
  for (const n of names) {
    const target = parseAddress(n.formula.replace(/^=/, ""));
    if (!target?.sheetName || target.box.rowCount * target.box.colCount > 100_000) continue;
    const { row, col, rowCount, colCount } = target.box;
    const abs = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
    const ref = rowCount === 1 && colCount === 1 ? abs(row, col) : `${abs(row, col)}:${abs(row + rowCount - 1, col + colCount - 1)}`;
    wb.definedNames.add(`${quoteSheetName(target.sheetName)}!${ref}`, n.name);
  }
}

/**
 * Writes the emulator's workbook as .xlsx: values, formulas with their computed results (what
 * Excel shows until it recalculates), styles, merges, widths, heights, hidden rows and columns,
 * freeze panes, tables, data validation, conditional formats, page setup, range names and the
 * custom XML parts. What ExcelJS cannot write is added to its package afterwards: column page
 * breaks (export-breaks.ts), and shapes and charts as DrawingML parts (export-drawing.ts).
 */
export async function snapshotToXlsx(snap: WorkbookSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Evapor";
  for (const sheet of snap.sheets) await writeSheet(wb, sheet);
  writeNames(wb, snap.names);
  const active = Math.max(0, snap.sheets.findIndex((s) => s.name === snap.activeSheetName));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  const buffer = await wb.xlsx.writeBuffer();
  const withBreaks = await addColumnBreaks(new Uint8Array(buffer), snap);
  const withDrawings = await addDrawings(withBreaks, snap);
  return addCustomXmlParts(withDrawings, snap.customXmlParts);
}
