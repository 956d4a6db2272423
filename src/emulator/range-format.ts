import type { Book } from "./book";
import { ClientObject, type Batch } from "./core";
import type { BorderEdge, CellBox, CellStyle } from "./model";
import { ensureCell, getCell, STANDARD_HEIGHT, STANDARD_WIDTH, type SheetState } from "./state";
import { invalidArgument } from "./errors";

export type Locate = () => { sheet: SheetState; box: CellBox };

/** Applies a style change to every cell of the box (Excel formats each cell). */
function styleCells(book: Book, locate: Locate, change: (style: CellStyle, row: number, col: number, box: CellBox) => void): void {
  const { sheet, box } = locate();
  book.checkWritable(sheet, "format");
  for (let r = box.row; r < box.row + box.rowCount; r++) {
    for (let c = box.col; c < box.col + box.colCount; c++) change(ensureCell(sheet, r, c).style, r, c, box);
  }
}

/** Excel reports a format of a multi-cell range from its cells; the emulator reads the top-left one. */
function topLeftStyle(locate: Locate): CellStyle {
  const { sheet, box } = locate();
  return getCell(sheet, box.row, box.col)?.style ?? {};
}

export class RangeFont extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "RangeFont");
  }
  protected scalarNames() { return ["bold", "italic", "color", "size", "name", "underline"] as const; }
  protected readScalar(name: string): unknown {
    const s = topLeftStyle(this.locate);
    switch (name) {
      case "bold": return s.bold ?? false;
      case "italic": return s.italic ?? false;
      case "color": return s.fontColor ?? "#000000";
      case "size": return s.fontSize ?? 11;
      case "name": return s.fontName ?? "Calibri";
      case "underline": return s.underline ? "Single" : "None";
      default: return undefined;
    }
  }
  private put(name: string, value: unknown, change: (s: CellStyle) => void) {
    this.set(name, value, () => styleCells(this.book, this.locate, change));
  }
  get bold(): boolean { return this.get("bold"); }
  set bold(v: boolean) { this.put("bold", v, (s) => (s.bold = v)); }
  get italic(): boolean { return this.get("italic"); }
  set italic(v: boolean) { this.put("italic", v, (s) => (s.italic = v)); }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.put("color", v, (s) => (s.fontColor = normalizeColor(v))); }
  get size(): number { return this.get("size"); }
  set size(v: number) { this.put("size", v, (s) => (s.fontSize = v)); }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.put("name", v, (s) => (s.fontName = v)); }
  get underline(): string { return this.get("underline"); }
  set underline(v: string) { this.put("underline", v, (s) => (s.underline = v !== "None")); }
}

export class RangeFill extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "RangeFill");
  }
  protected scalarNames() { return ["color"] as const; }
  protected readScalar(): unknown { return topLeftStyle(this.locate).fill ?? "#FFFFFF"; }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.set("color", v, () => styleCells(this.book, this.locate, (s) => (s.fill = normalizeColor(v)))); }
  clear(): void { this.call("clear", null, () => styleCells(this.book, this.locate, (s) => delete s.fill)); }
}

const EDGES: Record<string, BorderEdge | "insideHorizontal" | "insideVertical"> = {
  EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right",
  InsideHorizontal: "insideHorizontal", InsideVertical: "insideVertical",
};

export class RangeBorder extends ClientObject {
  private current = { style: "Continuous", weight: "Thin", color: "#000000" };
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate, private readonly edge: string) {
    super(batch, `RangeBorder(${edge})`);
    if (!(edge in EDGES)) throw invalidArgument(`border index ${edge}`);
  }
  protected scalarNames() { return ["style", "weight", "color", "sideIndex"] as const; }
  protected readScalar(name: string): unknown {
    const side = EDGES[this.edge];
    const b = side === "insideHorizontal" || side === "insideVertical" ? undefined : topLeftStyle(this.locate).borders?.[side];
    if (name === "sideIndex") return this.edge;
    if (name === "style") return b?.style ?? "None";
    if (name === "weight") return b?.weight ?? "Thin";
    return b?.color ?? "#000000";
  }
  private apply(part: Partial<typeof this.current>) {
    this.current = { ...this.current, ...part };
    const value = { ...this.current };
    const side = EDGES[this.edge];
    styleCells(this.book, this.locate, (s, r, c, box) => {
      const edges: BorderEdge[] = [];
      if (side === "insideHorizontal") {
        if (r > box.row) edges.push("top");
        if (r < box.row + box.rowCount - 1) edges.push("bottom");
      } else if (side === "insideVertical") {
        if (c > box.col) edges.push("left");
        if (c < box.col + box.colCount - 1) edges.push("right");
      } else if (
        (side === "top" && r === box.row) || (side === "bottom" && r === box.row + box.rowCount - 1) ||
        (side === "left" && c === box.col) || (side === "right" && c === box.col + box.colCount - 1)
      ) edges.push(side);
      for (const e of edges) {
        s.borders = { ...s.borders };
        if (value.style === "None") delete s.borders[e];
        else s.borders[e] = { ...value };
      }
    });
  }
  get style(): string { return this.get("style"); }
  set style(v: string) { this.set("style", v, () => this.apply({ style: v })); }
  get weight(): string { return this.get("weight"); }
  set weight(v: string) { this.set("weight", v, () => this.apply({ weight: v })); }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.set("color", v, () => this.apply({ color: normalizeColor(v) })); }
}

export class RangeBorders {
  constructor(private readonly batch: Batch, private readonly book: Book, private readonly locate: Locate) {}
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.batch, this.book, this.locate, index);
  }
}

export class RangeFormat extends ClientObject {
  readonly font: RangeFont;
  readonly fill: RangeFill;
  readonly borders: RangeBorders;
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "RangeFormat");
    this.font = new RangeFont(batch, book, locate);
    this.fill = new RangeFill(batch, book, locate);
    this.borders = new RangeBorders(batch, book, locate);
  }
  protected scalarNames() {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment", "indentLevel"] as const;
  }
  protected override child(name: string) {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }
  protected readScalar(name: string): unknown {
    const { sheet, box } = this.locate();
    const s = topLeftStyle(this.locate);
    switch (name) {
      case "columnWidth": return sheet.columnWidths.get(box.col) ?? STANDARD_WIDTH;
      case "rowHeight": return sheet.rowHeights.get(box.row) ?? STANDARD_HEIGHT;
      case "wrapText": return s.wrapText ?? false;
      case "horizontalAlignment": return s.horizontalAlignment ?? "General";
      case "verticalAlignment": return s.verticalAlignment ?? "Bottom";
      case "indentLevel": return s.indentLevel ?? 0;
      default: return undefined;
    }
  }
  private sizes(kind: "col" | "row", v: number) {
    if (!(v >= 0)) throw invalidArgument(`${kind === "col" ? "columnWidth" : "rowHeight"} ${v}`);
    const { sheet, box } = this.locate();
    this.book.checkWritable(sheet, "format");
    const [start, count, map] = kind === "col" ? [box.col, box.colCount, sheet.columnWidths] : [box.row, box.rowCount, sheet.rowHeights];
    for (let i = start; i < start + Math.min(count, 20000); i++) map.set(i, v);
  }
  get columnWidth(): number { return this.get("columnWidth"); }
  set columnWidth(v: number) { this.set("columnWidth", v, () => this.sizes("col", v)); }
  get rowHeight(): number { return this.get("rowHeight"); }
  set rowHeight(v: number) { this.set("rowHeight", v, () => this.sizes("row", v)); }
  get wrapText(): boolean { return this.get("wrapText"); }
  set wrapText(v: boolean) { this.set("wrapText", v, () => styleCells(this.book, this.locate, (s) => (s.wrapText = v))); }
  get horizontalAlignment(): string { return this.get("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.set("horizontalAlignment", v, () => styleCells(this.book, this.locate, (s) => (s.horizontalAlignment = v))); }
  get verticalAlignment(): string { return this.get("verticalAlignment"); }
  set verticalAlignment(v: string) { this.set("verticalAlignment", v, () => styleCells(this.book, this.locate, (s) => (s.verticalAlignment = v))); }
  get indentLevel(): number { return this.get("indentLevel"); }
  set indentLevel(v: number) { this.set("indentLevel", v, () => styleCells(this.book, this.locate, (s) => (s.indentLevel = v))); }
  /** Approximates Excel's autofit: about 5.5 pt per character of the longest value, 1.5 pt padding. */
  autofitColumns(): void {
    this.call("autofitColumns", null, () => {
      const { sheet, box } = this.locate();
      for (let c = box.col; c < box.col + box.colCount; c++) {
        let longest = 0;
        for (let r = box.row; r < box.row + Math.min(box.rowCount, 5000); r++) {
          longest = Math.max(longest, String(this.book.valueAt(sheet, r, c)).length);
        }
        sheet.columnWidths.set(c, Math.max(STANDARD_WIDTH / 2, Math.min(255 * 5.5, longest * 5.5 + 6)));
      }
    });
  }
  autofitRows(): void {
    this.call("autofitRows", null, () => undefined);
  }
}

/** Excel accepts "#RRGGBB", "RRGGBB" and colour names; the model keeps "#RRGGBB". */
export function normalizeColor(v: string): string {
  const named: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00" };
  const lower = v.trim().toLowerCase();
  if (named[lower]) return named[lower];
  const hex = lower.replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/.test(hex)) throw invalidArgument(`colour ${v}`);
  return `#${hex.toUpperCase()}`;
}
