import ExcelJS from "exceljs";
import { parseAddress } from "../address";
import { STANDARD_HEIGHT, STANDARD_WIDTH, type CellBox, type CellSnapshot, type PageLayoutSnapshot, type SheetSnapshot, type WorkbookSnapshot } from "../model";
import { defaultPageLayout } from "../state";
import { readCustomXmlParts } from "./custom-xml-parts";
import { readDataValidations } from "./import-rules";
import { styleFromCell } from "./import-style";
import { hexOf, paperName, pointsFromWidth } from "./units";

const SERIAL_1970 = 25569; // Excel's serial number of 1970-01-01 (1900 date system).

function valueOf(cell: ExcelJS.Cell): Pick<CellSnapshot, "value" | "formula" | "computed"> {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null, computed: null };
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    // ExcelJS translates a shared formula to this cell's own references through `cell.formula`.
    const formula = cell.formula;
    const r = (v as { result?: unknown }).result;
    const computed = typeof r === "number" || typeof r === "string" || typeof r === "boolean" ? r
      : r instanceof Date ? r.getTime() / 86_400_000 + SERIAL_1970
      : r && typeof r === "object" && "error" in r ? { error: String(r.error) } : null;
    return formula ? { value: null, formula: `=${formula}`, computed } : { value: null, computed };
  }
  if (typeof v === "object" && "richText" in v) { const t = v.richText.map((x) => x.text).join(""); return { value: t, computed: t }; }
  if (typeof v === "object" && "error" in v) return { value: null, computed: { error: String(v.error) } };
  // ExcelJS turns date-formatted numbers into Dates (UTC); the snapshot keeps Excel's serial.
  if (v instanceof Date) { const serial = v.getTime() / 86_400_000 + SERIAL_1970; return { value: serial, computed: serial }; }
  if (typeof v === "object" && "text" in v) return { value: String(v.text), computed: String(v.text) }; // hyperlink
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, computed: v };
  return { value: String(cell.text), computed: String(cell.text) };
}

const absolute = (a: string | undefined) => a?.split(":").map((p) => p.replace(/^\$?([A-Z]*)\$?(\d*)$/i, (_, c: string, r: string) => `${c ? `$${c}` : ""}${r ? `$${r}` : ""}`)).join(":");

function pageLayoutOf(ws: ExcelJS.Worksheet): PageLayoutSnapshot {
  const p = ws.pageSetup;
  const m = p.margins;
  const layout = defaultPageLayout();
  if (m) Object.assign(layout, { leftMargin: m.left * 72, rightMargin: m.right * 72, topMargin: m.top * 72, bottomMargin: m.bottom * 72, headerMargin: m.header * 72, footerMargin: m.footer * 72 });
  return {
    ...layout,
    orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: paperName(p.paperSize),
    centerHorizontally: Boolean(p.horizontalCentered),
    centerVertically: Boolean(p.verticalCentered),
    printGridlines: Boolean(p.showGridLines),
    ...(p.printArea ? { printArea: absolute(p.printArea.split("&&")[0]) } : {}),
    ...(p.printTitlesRow ? { printTitleRows: absolute(p.printTitlesRow) } : {}),
    ...(p.printTitlesColumn ? { printTitleColumns: absolute(p.printTitlesColumn) } : {}),
    zoom: p.fitToPage ? { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 1 } : { scale: p.scale ?? 100 },
  };
}

function mergesOf(ws: ExcelJS.Worksheet): CellBox[] {
  const ranges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {});
  return ranges.map((m) => parseAddress(m.range)?.box).filter((b): b is CellBox => b !== undefined);
}

function sheetOf(ws: ExcelJS.Worksheet, position: number): SheetSnapshot {
  const merges = mergesOf(ws);
  const mergedAway = new Set<string>();
  for (const m of merges) for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) if (r !== m.row || c !== m.col) mergedAway.add(`${r},${c}`);
  const cells: CellSnapshot[] = [];
  const rowHeights: Record<number, number> = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rn) => {
    if (row.height) rowHeights[rn - 1] = row.height;
    if (row.hidden) hiddenRows.push(rn - 1);
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      if (mergedAway.has(`${rn - 1},${cn - 1}`)) return;
      cells.push({ row: rn - 1, col: cn - 1, ...valueOf(cell), numberFormat: cell.numFmt || "General", style: styleFromCell(cell) });
    });
  });
  const columnWidths: Record<number, number> = {};
  const hiddenColumns: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width) columnWidths[i] = pointsFromWidth(col.width);
    if (col.hidden) hiddenColumns.push(i);
  });
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewCommon & ExcelJS.WorksheetViewFrozen> | undefined;
  const frozen = view?.state === "frozen";
  return {
    id: `{sheet-${ws.id}}`, name: ws.name, position,
    visibility: ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible",
    ...(hexOf(ws.properties.tabColor?.argb) ? { tabColor: hexOf(ws.properties.tabColor?.argb) } : {}),
    cells, merges, columnWidths, rowHeights, hiddenRows, hiddenColumns,
    standardWidth: STANDARD_WIDTH, standardHeight: ws.properties.defaultRowHeight || STANDARD_HEIGHT,
    frozenRows: frozen ? (view.ySplit ?? 0) : 0, frozenColumns: frozen ? (view.xSplit ?? 0) : 0,
    showGridlines: view?.showGridLines !== false, protected: false,
    shapes: [], tables: [], dataValidations: readDataValidations(ws), conditionalFormats: [], charts: [], pageLayout: pageLayoutOf(ws),
  };
}

/**
 * Reads an .xlsx into a workbook snapshot, so tests can load real workbooks into the emulator:
 * values, formulas with their cached results, number formats, merges, widths and heights, hidden
 * rows and columns, freeze panes, basic styles, list validations, page setup, range names and the
 * custom XML parts. Shapes, charts, tables and conditional formats are not read.
 */
export async function snapshotFromXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const sheets = wb.worksheets.map((ws, i) => sheetOf(ws, i));
  const active = sheets[wb.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  const names = wb.definedNames.model
    .filter((n) => !n.name.startsWith("_xlnm.") && n.ranges.length === 1)
    .map((n) => ({ name: n.name, formula: `=${n.ranges[0]}` }));
  return { sheets, activeSheetName: active?.name ?? "", customXmlParts: await readCustomXmlParts(data), settings: {}, names };
}
