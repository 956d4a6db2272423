import type {
  CellBox,
  CellScalar,
  CellStyle,
  ChartSnapshot,
  CommentSnapshot,
  ConditionalFormatSnapshot,
  CustomXmlPartSnapshot,
  DataValidationSnapshot,
  NamedItemSnapshot,
  PageLayoutSnapshot,
  ShapeSnapshot,
  TableSnapshot,
} from "./model";
import { STANDARD_HEIGHT, STANDARD_WIDTH } from "./model";

/** What one cell holds: a constant or a formula, a number format and a style. */
export interface CellState {
  value: CellScalar;
  formula?: string;
  numberFormat?: string;
  style: CellStyle;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor?: string;
  cells: Map<number, Map<number, CellState>>;
  merges: CellBox[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  frozenColumns: number;
  showGridlines: boolean;
  protected: boolean;
  /** The password protect() was given; unprotect() must repeat it. */
  password?: string;
  shapes: ShapeSnapshot[];
  tables: TableSnapshot[];
  dataValidations: DataValidationSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  charts: ChartSnapshot[];
  pageLayout: PageLayoutSnapshot;
  comments: CommentSnapshot[];
}

export interface WorkbookState {
  /** In tab order. */
  sheets: SheetState[];
  activeSheetId: string;
  customXmlParts: CustomXmlPartSnapshot[];
  /** Office.context.document.settings as saved with the file (saveAsync). */
  settings: Record<string, unknown>;
  names: NamedItemSnapshot[];
  nextId: number;
  calculationMode: string;
}

export function defaultPageLayout(): PageLayoutSnapshot {
  // Excel's "Normal" margins in points (0.7 in sides, 0.75 in top/bottom, 0.3 in header/footer).
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    zoom: { scale: 100 },
    rowPageBreaks: [],
    printGridlines: false,
  };
}

export function newSheetState(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    frozenRows: 0,
    frozenColumns: 0,
    showGridlines: true,
    protected: false,
    shapes: [],
    tables: [],
    dataValidations: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: defaultPageLayout(),
    comments: [],
  };
}

export function getCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(row)?.get(col);
}

export function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  let line = sheet.cells.get(row);
  if (!line) {
    line = new Map();
    sheet.cells.set(row, line);
  }
  let cell = line.get(col);
  if (!cell) {
    cell = { value: null, style: {} };
    line.set(col, cell);
  }
  return cell;
}

/** The smallest box holding every cell with a value or formula, and with a format unless valuesOnly. */
export function usedBox(sheet: SheetState, valuesOnly = false): CellBox | null {
  let minR = Infinity, minC = Infinity, maxR = -1, maxC = -1;
  for (const [r, line] of sheet.cells) {
    for (const [c, cell] of line) {
      const has = cell.value !== null || cell.formula !== undefined;
      const styled = cell.numberFormat !== undefined || Object.keys(cell.style).length > 0;
      if (!has && (valuesOnly || !styled)) continue;
      minR = Math.min(minR, r); maxR = Math.max(maxR, r);
      minC = Math.min(minC, c); maxC = Math.max(maxC, c);
    }
  }
  if (maxR < 0) return null;
  return { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
}

export { STANDARD_HEIGHT, STANDARD_WIDTH };

/** Sheet names Excel refuses: empty, over 31 characters, or any of : \ / ? * [ ] (office-js-helpers). */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  return null;
}
