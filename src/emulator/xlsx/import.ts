import ExcelJS from "exceljs";
import { STANDARD_HEIGHT, STANDARD_WIDTH, type CellSnapshot, type CellStyle, type SheetSnapshot, type WorkbookSnapshot } from "../model";
import { defaultPageLayout } from "../state";
import { parseAddress } from "../address";

const POINTS_PER_CHAR = 7 * 0.75 + 0.75;
const hex = (argb: string | undefined) => (argb && argb.length >= 6 ? `#${argb.slice(-6).toUpperCase()}` : undefined);

function styleOf(cell: ExcelJS.Cell): CellStyle {
  const s: CellStyle = {};
  if (cell.font?.bold) s.bold = true;
  if (cell.font?.italic) s.italic = true;
  if (cell.font?.size) s.fontSize = cell.font.size;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") s.fill = hex(fill.fgColor?.argb);
  if (cell.alignment?.wrapText) s.wrapText = true;
  if (cell.alignment?.horizontal) s.horizontalAlignment = cell.alignment.horizontal[0].toUpperCase() + cell.alignment.horizontal.slice(1);
  return s;
}

function valueOf(cell: ExcelJS.Cell): Pick<CellSnapshot, "value" | "formula" | "computed"> {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null, computed: null };
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    // ExcelJS translates a shared formula to this cell's own references through `cell.formula`.
    const formula = cell.formula;
    const r = (v as { result?: unknown }).result;
    const computed = typeof r === "number" || typeof r === "string" || typeof r === "boolean" ? r : null;
    return formula ? { value: null, formula: `=${formula}`, computed } : { value: computed, computed };
  }
  if (typeof v === "object" && "richText" in v) { const t = v.richText.map((x) => x.text).join(""); return { value: t, computed: t }; }
  if (typeof v === "object" && "error" in v) return { value: null, computed: { error: String(v.error) } };
  if (v instanceof Date) { const serial = v.getTime() / 86400000 + 25569; return { value: serial, computed: serial }; }
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, computed: v };
  return { value: String(cell.text), computed: String(cell.text) };
}

/** Reads an .xlsx into a workbook snapshot (values, formulas, formats, merges, widths) for tests. */
export async function snapshotFromXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    const cells: CellSnapshot[] = [];
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {})
      .map((k) => (ws as unknown as { _merges: Record<string, { range: string }> })._merges[k].range)
      .map((a) => parseAddress(a)?.box)
      .filter((b): b is NonNullable<typeof b> => b !== undefined);
    const mergedAway = new Set<string>();
    for (const m of merges) for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) if (r !== m.row || c !== m.col) mergedAway.add(`${r},${c}`);
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (mergedAway.has(`${rn - 1},${cn - 1}`)) return;
        cells.push({ row: rn - 1, col: cn - 1, ...valueOf(cell), numberFormat: cell.numFmt || "General", style: styleOf(cell) });
      });
    });
    const columnWidths: Record<number, number> = {};
    ws.columns?.forEach((col, i) => { if (col.width) columnWidths[i] = Math.round(col.width * POINTS_PER_CHAR * 100) / 100; });
    const rowHeights: Record<number, number> = {};
    ws.eachRow((row, rn) => { if (row.height) rowHeights[rn - 1] = row.height; });
    sheets.push({
      id: `{sheet-${ws.id}}`, name: ws.name, position: sheets.length, visibility: "Visible", cells, merges, columnWidths, rowHeights,
      hiddenRows: [], hiddenColumns: [], standardWidth: STANDARD_WIDTH, standardHeight: STANDARD_HEIGHT, frozenRows: 0, frozenColumns: 0,
      showGridlines: true, protected: false, shapes: [], tables: [], dataValidations: [], conditionalFormats: [], charts: [], pageLayout: defaultPageLayout(),
    });
  });
  return { sheets, activeSheetName: sheets[0]?.name ?? "", customXmlParts: [], settings: {}, names: [] };
}
