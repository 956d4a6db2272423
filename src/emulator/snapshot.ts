import type { Book } from "./book";
import { computedAt } from "./cells";
import { liveColumnNames } from "./table-parts";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./model";
import { STANDARD_HEIGHT, STANDARD_WIDTH } from "./model";
import { newSheetState, type CellState, type SheetState, type WorkbookState } from "./state";

// JSON copy: snapshots are plain data, and jsdom (UI tests) has no structuredClone.
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function sheetSnapshot(book: Book, sheet: SheetState, position: number): SheetSnapshot {
  const cells: CellSnapshot[] = [];
  for (const r of [...sheet.cells.keys()].sort((a, b) => a - b)) {
    const line = sheet.cells.get(r)!;
    for (const c of [...line.keys()].sort((a, b) => a - b)) {
      const cell = line.get(c)!;
      const empty = cell.value === null && cell.formula === undefined;
      if (empty && cell.numberFormat === undefined && Object.keys(cell.style).length === 0) continue;
      cells.push({
        row: r, col: c, value: cell.value, ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        computed: computedAt(book, sheet, r, c), numberFormat: cell.numberFormat ?? "General", style: clone(cell.style),
      });
    }
  }
  return {
    id: sheet.id, name: sheet.name, position, visibility: sheet.visibility,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    cells, merges: clone(sheet.merges),
    columnWidths: Object.fromEntries(sheet.columnWidths), rowHeights: Object.fromEntries(sheet.rowHeights),
    hiddenRows: [...sheet.hiddenRows], hiddenColumns: [...sheet.hiddenColumns],
    standardWidth: STANDARD_WIDTH, standardHeight: STANDARD_HEIGHT,
    frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns, showGridlines: sheet.showGridlines,
    protected: sheet.protected, shapes: clone(sheet.shapes),
    tables: sheet.tables.map((table) => ({ ...clone(table), columnNames: liveColumnNames(book, { sheet, table }) })),
    dataValidations: clone(sheet.dataValidations), conditionalFormats: clone(sheet.conditionalFormats),
    charts: clone(sheet.charts), pageLayout: clone(sheet.pageLayout),
    ...(sheet.comments.length ? { comments: clone(sheet.comments) } : {}),
  };
}

export function workbookSnapshot(book: Book): WorkbookSnapshot {
  const s = book.state;
  return {
    sheets: s.sheets.map((sheet, i) => sheetSnapshot(book, sheet, i)),
    activeSheetName: s.sheets.find((x) => x.id === s.activeSheetId)?.name ?? s.sheets[0]?.name ?? "",
    customXmlParts: clone(s.customXmlParts), settings: clone(s.settings), names: clone(s.names),
  };
}

/** Rebuilds mutable state from a snapshot; formulas are pushed to the engine by the caller. */
export function stateFromSnapshot(snap: WorkbookSnapshot): WorkbookState {
  const sheets = snap.sheets.map((s) => {
    const state = newSheetState(s.id, s.name);
    for (const cell of s.cells) {
      let line = state.cells.get(cell.row);
      if (!line) state.cells.set(cell.row, (line = new Map<number, CellState>()));
      line.set(cell.col, {
        value: cell.formula !== undefined ? null : cell.value, ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        ...(cell.numberFormat !== "General" ? { numberFormat: cell.numberFormat } : {}), style: clone(cell.style),
      });
    }
    Object.assign(state, {
      visibility: s.visibility, tabColor: s.tabColor, merges: clone(s.merges),
      columnWidths: new Map(Object.entries(s.columnWidths).map(([k, v]) => [Number(k), v])),
      rowHeights: new Map(Object.entries(s.rowHeights).map(([k, v]) => [Number(k), v])),
      hiddenRows: new Set(s.hiddenRows), hiddenColumns: new Set(s.hiddenColumns),
      frozenRows: s.frozenRows, frozenColumns: s.frozenColumns, showGridlines: s.showGridlines, protected: s.protected,
      shapes: clone(s.shapes), tables: clone(s.tables), dataValidations: clone(s.dataValidations),
      conditionalFormats: clone(s.conditionalFormats), charts: clone(s.charts), pageLayout: clone(s.pageLayout),
      comments: clone(s.comments ?? []),
    });
    return state;
  });
  const active = sheets.find((x) => x.name === snap.activeSheetName) ?? sheets[0];
  return {
    sheets, activeSheetId: active?.id ?? "", customXmlParts: clone(snap.customXmlParts),
    settings: clone(snap.settings), names: clone(snap.names), nextId: 1000, calculationMode: "Automatic",
  };
}

/** One empty sheet "Sheet1", active, as a new Excel workbook. */
export function emptyWorkbook(): WorkbookSnapshot {
  const sheet = newSheetState("{sheet-00000001}", "Sheet1");
  const book = { state: { sheets: [sheet] } } as unknown as Book;
  return { sheets: [sheetSnapshot(book, sheet, 0)], activeSheetName: "Sheet1", customXmlParts: [], settings: {}, names: [] };
}
