import type { Book } from "./book";
import { bool, color, num, oneOf, str } from "./check";
import { SpecObject, type Prop } from "./core/proxy";
import type { Batch } from "./core/batch";
import { invalidArgument } from "./errors";
import { HORIZONTAL_ALIGNMENTS, UNDERLINE_STYLES, VERTICAL_ALIGNMENTS } from "./enums";
import type { CellStyle } from "./model";
import { RangeBorderCollection } from "./range-border";
import { STANDARD_HEIGHT, STANDARD_WIDTH } from "./state";
import { styleCells, uniform, type Locate, type Located } from "./styles";
import { autofitColumns, autofitRows } from "./autofit";


/** A style property: read as the cells' common value, written to every cell. */
function styleProp(book: Book, read: (s: CellStyle) => unknown, write: (s: CellStyle, v: unknown) => void): Prop<Located> {
  return {
    read: (at) => uniform(at, (cell) => read(cell?.style ?? {})),
    write: (at, v) => styleCells(book, at, (s) => write(s, v)),
  };
}

export class RangeFont extends SpecObject<Located> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline: string;
  constructor(batch: Batch, book: Book, locate: Locate) {
    super(batch, "RangeFont", locate, {
      bold: styleProp(book, (s) => s.bold ?? false, (s, v) => (s.bold = bool(v, "bold"))),
      italic: styleProp(book, (s) => s.italic ?? false, (s, v) => (s.italic = bool(v, "italic"))),
      color: styleProp(book, (s) => s.fontColor ?? "#000000", (s, v) => {
        if (v === "") delete s.fontColor;
        else s.fontColor = color(v, "font color");
      }),
      size: styleProp(book, (s) => s.fontSize ?? 11, (s, v) => (s.fontSize = num(v, "font size", 1, 409))),
      name: styleProp(book, (s) => s.fontName ?? "Calibri", (s, v) => (s.fontName = str(v, "font name"))),
      underline: styleProp(book, (s) => (s.underline ? "Single" : "None"), (s, v) => (s.underline = oneOf(UNDERLINE_STYLES, v, "underline") !== "None")),
    });
  }
}

export class RangeFill extends SpecObject<Located> {
  declare color: string;
  constructor(batch: Batch, private readonly book: Book, locate: Locate) {
    super(batch, "RangeFill", locate, {
      color: styleProp(book, (s) => s.fill ?? "#FFFFFF", (s, v) => {
        if (v === "") delete s.fill;
        else s.fill = color(v, "fill color");
      }),
    });
  }
  clear(): void {
    this.call("clear", null, () => styleCells(this.book, this.target(), (s) => delete s.fill));
  }
}

export class RangeFormatProtection extends SpecObject<Located> {
  declare locked: boolean;
  declare formulaHidden: boolean;
  constructor(batch: Batch, book: Book, locate: Locate) {
    super(batch, "FormatProtection", locate, {
      locked: styleProp(book, (s) => s.locked !== false, (s, v) => {
        if (bool(v, "locked")) delete s.locked;
        else s.locked = false;
      }),
      formulaHidden: { read: () => false, write: (_t, v) => void bool(v, "formulaHidden") },
    });
    batch.requireApi("RangeFormat.protection");
  }
}

const sizes = (map: Map<number, number>, start: number, count: number, standard: number) => {
  const seen = new Set<number>();
  for (let i = start; i < start + count; i++) {
    seen.add(map.get(i) ?? standard);
    if (seen.size > 1) return null;
  }
  return [...seen][0];
};

export class RangeFormat extends SpecObject<Located> {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare indentLevel: number;
  private parts: Partial<{ font: RangeFont; fill: RangeFill; borders: RangeBorderCollection; protection: RangeFormatProtection }> = {};

  constructor(batch: Batch, private readonly book: Book, locate: Locate) {
    super(batch, "RangeFormat", locate, {
      columnWidth: {
        read: ({ sheet, box }) => sizes(sheet.columnWidths, box.col, Math.min(box.colCount, 16_384), STANDARD_WIDTH),
        write: ({ sheet, box }, v) => {
          const w = num(v, "columnWidth", 0, 1_800);
          book.guard(sheet, "formatColumns");
          for (let c = box.col; c < box.col + box.colCount; c++) sheet.columnWidths.set(c, w);
        },
      },
      rowHeight: {
        read: ({ sheet, box }) => sizes(sheet.rowHeights, box.row, Math.min(box.rowCount, 100_000), STANDARD_HEIGHT),
        write: ({ sheet, box }, v) => {
          const h = num(v, "rowHeight", 0, 409);
          book.guard(sheet, "formatRows");
          if (box.rowCount > 100_000) throw invalidArgument("the emulator sets row heights on at most 100,000 rows");
          for (let r = box.row; r < box.row + box.rowCount; r++) sheet.rowHeights.set(r, h);
        },
      },
      wrapText: styleProp(book, (s) => s.wrapText ?? false, (s, v) => (s.wrapText = bool(v, "wrapText"))),
      horizontalAlignment: styleProp(book, (s) => s.horizontalAlignment ?? "General", (s, v) => (s.horizontalAlignment = oneOf(HORIZONTAL_ALIGNMENTS, v, "horizontalAlignment"))),
      verticalAlignment: styleProp(book, (s) => s.verticalAlignment ?? "Bottom", (s, v) => (s.verticalAlignment = oneOf(VERTICAL_ALIGNMENTS, v, "verticalAlignment"))),
      indentLevel: styleProp(book, (s) => s.indentLevel ?? 0, (s, v) => (s.indentLevel = num(v, "indentLevel", 0, 250))),
    });
  }

  get font(): RangeFont { return (this.parts.font ??= new RangeFont(this.batch, this.book, this.target)); }
  get fill(): RangeFill { return (this.parts.fill ??= new RangeFill(this.batch, this.book, this.target)); }
  get borders(): RangeBorderCollection { return (this.parts.borders ??= new RangeBorderCollection(this.batch, this.book, this.target)); }
  get protection(): RangeFormatProtection { return (this.parts.protection ??= new RangeFormatProtection(this.batch, this.book, this.target)); }
  protected override child(name: string) {
    return name === "font" ? this.font : name === "fill" ? this.fill : name === "protection" ? this.protection : undefined;
  }

  /** Approximates Excel's autofit from the text length (the emulator does not measure fonts). */
  autofitColumns(): void {
    this.batch.requireApi("RangeFormat.autofitColumns");
    this.call("autofitColumns", null, () => autofitColumns(this.book, this.target()));
  }
  autofitRows(): void {
    this.batch.requireApi("RangeFormat.autofitRows");
    this.call("autofitRows", null, () => autofitRows(this.book, this.target()));
  }
}
