/**
 * The plain-data picture of a workbook that the emulator keeps, the preview draws and the xlsx
 * export writes. It is the contract between those three parts: the emulator produces it with
 * `snapshot()` and can start from one; nothing here knows about proxies, syncs or React.
 *
 * Units are Excel's: widths, heights and shape positions in points; rows and columns 0-based.
 */

/** A constant a cell holds. `null` is an empty cell (never 0, never ""). */
export type CellScalar = string | number | boolean | null;

/** A computed value: a scalar, or an Excel error such as "#DIV/0!" reported as `{ error }`. */
export type ComputedValue = CellScalar | { error: string };

export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface BorderStyle {
  /** Excel.BorderLineStyle: "Continuous", "Dash", "Dot", "Double", … ("None" is an absent border). */
  style: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
  /** "#RRGGBB". */
  color: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontName?: string;
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** "#RRGGBB"; absent is no fill. */
  fill?: string;
  /** Excel.HorizontalAlignment: "General", "Left", "Center", "Right", "Justify", "CenterAcrossSelection". */
  horizontalAlignment?: string;
  /** Excel.VerticalAlignment: "Top", "Center", "Bottom", "Justify". */
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Partial<Record<BorderEdge, BorderStyle>>;
  /** format.protection.locked; absent is locked (Excel's default), which matters once the sheet is protected. */
  locked?: boolean;
}

export interface CellSnapshot {
  row: number;
  col: number;
  /** The constant typed into the cell; null when the cell holds a formula or nothing. */
  value: CellScalar;
  /** En-US formula text starting with "=", when the cell holds a formula. */
  formula?: string;
  /** What Excel would show the value as: the constant, or the formula's result. */
  computed: ComputedValue;
  /** Excel number format, "General" when unset. */
  numberFormat: string;
  style: CellStyle;
}

/** A rectangle of cells, 0-based, inclusive of its first row/column. */
export interface CellBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export type ShapeKind = "geometric" | "line" | "textBox";

export interface ShapeSnapshot {
  id: string;
  name: string;
  kind: ShapeKind;
  /** Excel.GeometricShapeType for geometric shapes ("Rectangle", "FlowChartTerminator", …). */
  geometricShapeType?: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** "#RRGGBB" or absent for no fill. */
  fill?: string;
  lineColor?: string;
  lineWeight?: number;
  /** Excel.ShapeLineDashStyle, "Solid" by default. */
  lineDashStyle?: string;
  text?: string;
  fontSize?: number;
  fontColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontName?: string;
  /** Excel.ShapeTextHorizontalAlignment / VerticalAlignment. */
  textHorizontalAlignment?: string;
  textVerticalAlignment?: string;
  /** Text frame margins in points, once set (Excel's default: 7.2 left and right, 3.6 top and bottom). */
  textMargins?: { left: number; top: number; right: number; bottom: number };
  /** Lines only: Excel.ConnectorType ("Straight", "Elbow", "Curve"). */
  connectorType?: string;
  /** Lines only: begin and end points in points (absolute on the sheet). */
  beginX?: number;
  beginY?: number;
  endX?: number;
  endY?: number;
  beginConnectedShapeId?: string;
  beginConnectedSite?: number;
  endConnectedShapeId?: string;
  endConnectedSite?: number;
  /** Excel.ArrowheadStyle: "None", "Triangle", "Stealth", … */
  beginArrowheadStyle?: string;
  endArrowheadStyle?: string;
  zOrderPosition?: number;
  /** Rotation in degrees, when not 0. */
  rotation?: number;
  /** false when the shape is hidden. */
  visible?: boolean;
  altTextDescription?: string;
}

export interface TableSnapshot {
  id: string;
  name: string;
  box: CellBox;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columnNames: string[];
}

export interface DataValidationSnapshot {
  box: CellBox;
  /** A list rule: its source ("Positif,Negatif" or "=$A$1:$A$3"). Other kinds keep their JSON rule. */
  list?: { source: string; inCellDropDown: boolean };
  rule?: unknown;
  errorMessage?: string;
  prompt?: string;
}

export interface ConditionalFormatSnapshot {
  box: CellBox;
  /** Excel.ConditionalFormatType, e.g. "Custom", "CellValue". */
  type: string;
  /** For "Custom": the formula; for "CellValue": operator and formulas. */
  formula?: string;
  operator?: string;
  formula2?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
  /** 0 is evaluated first (Excel's priority). */
  priority?: number;
}

export interface ChartSnapshot {
  id: string;
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered", "Line". */
  type: string;
  title?: string;
  /** Sheet-local address of the source data, e.g. "A1:C10". */
  sourceAddress: string;
  seriesBy: string;
  left: number;
  top: number;
  width: number;
  height: number;
  series: { name: string; chartType?: string }[];
  legend?: { visible: boolean; position: string };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueAxisMinimum?: number;
  valueAxisMaximum?: number;
}

export interface PageLayoutSnapshot {
  /** Excel.PageOrientation: "Portrait" | "Landscape". */
  orientation: string;
  /** Excel.PaperType: "A4", "Legal", "Letter", … ; F4/Folio is written as "Folio" where supported. */
  paperSize: string;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** Sheet-local addresses, e.g. "A1:K40" and "$1:$3"; absent when unset. */
  printArea?: string;
  printTitleRows?: string;
  printTitleColumns?: string;
  /** Zoom: either a scale in percent or a fit-to-pages setting. */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 0-based row indices before which a manual page break stands. */
  rowPageBreaks: number[];
  centerFooter?: string;
  centerHeader?: string;
  leftHeader?: string;
  rightHeader?: string;
  leftFooter?: string;
  rightFooter?: string;
  printGridlines: boolean;
  printHeadings?: boolean;
  /** 0-based column indices before which a manual page break stands. */
  columnPageBreaks?: number[];
  /** "DownThenOver" | "OverThenDown". */
  printOrder?: string;
  blackAndWhite?: boolean;
  firstPageNumber?: number;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  /** Excel.SheetVisibility: "Visible" | "Hidden" | "VeryHidden". */
  visibility: string;
  tabColor?: string;
  /** Non-empty cells and cells with a format, in row-major order. */
  cells: CellSnapshot[];
  merges: CellBox[];
  /** Column widths in points by 0-based index; others are `standardWidth`. */
  columnWidths: Record<number, number>;
  /** Row heights in points by 0-based index; others are `standardHeight`. */
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  standardWidth: number;
  standardHeight: number;
  frozenRows: number;
  frozenColumns: number;
  showGridlines: boolean;
  protected: boolean;
  shapes: ShapeSnapshot[];
  tables: TableSnapshot[];
  dataValidations: DataValidationSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  charts: ChartSnapshot[];
  pageLayout: PageLayoutSnapshot;
  /** Threaded comments (ExcelApi 1.10); absent when the sheet has none. */
  comments?: CommentSnapshot[];
}

export interface CommentSnapshot {
  id: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  resolved: boolean;
  replies: { id: string; content: string; authorName: string }[];
}

export interface CustomXmlPartSnapshot {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface NamedItemSnapshot {
  name: string;
  /** "=Sheet1!$A$1" style formula. */
  formula: string;
  comment?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheetName: string;
  customXmlParts: CustomXmlPartSnapshot[];
  /** Office.context.document.settings as stored in the file. */
  settings: Record<string, unknown>;
  names: NamedItemSnapshot[];
}

/** Excel's defaults for a new sheet (Calibri 11: 8.43 characters ≈ 48 pt wide, 15 pt high). */
export const STANDARD_WIDTH = 48;
export const STANDARD_HEIGHT = 15;
