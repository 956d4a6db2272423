import type { Book } from "./book";
import { ClientObject, type Batch } from "./core";
import { parseAddress } from "./address";
import { invalidArgument } from "./errors";
import type { PageLayoutSnapshot } from "./model";
import type { SheetState } from "./state";
import type { Range } from "./range";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Folio", "Executive", "Tabloid", "Ledger", "Quarto", "Note"];

/** worksheet.pageLayout (ExcelApi 1.9): orientation, paper, margins, print area and titles, zoom, breaks. */
export class PageLayout extends ClientObject {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string; centerHeader: string } };
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "PageLayout");
    batch.requireApi("1.9", "pageLayout");
    const edit = this.edit.bind(this);
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(v: string) { edit("centerFooter", v, (p) => (p.centerFooter = v)); },
        set centerHeader(v: string) { edit("centerHeader", v, (p) => (p.centerHeader = v)); },
      },
    };
  }
  /** worksheet.horizontalPageBreaks (ExcelApi 1.9) writes here. */
  addRowBreak(range: Range | string): void {
    this.edit("pageBreak", typeof range === "string" ? range : "range", (p) => {
      const row = typeof range === "string" ? parseAddress(range)?.box.row : range.locateBox().box.row;
      if (row === undefined) throw invalidArgument(`page break at ${typeof range === "string" ? range : "range"}`);
      if (!p.rowPageBreaks.includes(row)) p.rowPageBreaks.push(row);
      p.rowPageBreaks.sort((a, b) => a - b);
    });
  }
  removeRowBreaks(): void {
    this.edit("removePageBreaks", null, (p) => (p.rowPageBreaks = []));
  }
  private edit(name: string, value: unknown, f: (p: PageLayoutSnapshot) => void): void {
    this.batch.enqueue({ set: `PageLayout.${name}`, value }, () => {
      const sheet = this.sheet();
      this.book.checkWritable(sheet, "pageLayout");
      f(sheet.pageLayout);
    });
  }
  protected scalarNames() {
    return ["orientation", "paperSize", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "centerHorizontally", "centerVertically", "zoom", "printGridlines"] as const;
  }
  protected readScalar(name: string): unknown {
    return (this.sheet().pageLayout as unknown as Record<string, unknown>)[name];
  }
  get orientation(): string { return this.get("orientation"); }
  set orientation(v: string) { this.edit("orientation", v, (p) => { if (!ORIENTATIONS.includes(v)) throw invalidArgument(`orientation ${v}`); p.orientation = v; }); }
  get paperSize(): string { return this.get("paperSize"); }
  set paperSize(v: string) { this.edit("paperSize", v, (p) => { if (!PAPER.includes(v)) throw invalidArgument(`paperSize ${v}`); p.paperSize = v; }); }
  private margin(name: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin", v: number) {
    this.edit(name, v, (p) => { if (!(v >= 0)) throw invalidArgument(name); p[name] = v; });
  }
  set leftMargin(v: number) { this.margin("leftMargin", v); }
  get leftMargin(): number { return this.get("leftMargin"); }
  set rightMargin(v: number) { this.margin("rightMargin", v); }
  get rightMargin(): number { return this.get("rightMargin"); }
  set topMargin(v: number) { this.margin("topMargin", v); }
  get topMargin(): number { return this.get("topMargin"); }
  set bottomMargin(v: number) { this.margin("bottomMargin", v); }
  get bottomMargin(): number { return this.get("bottomMargin"); }
  set headerMargin(v: number) { this.margin("headerMargin", v); }
  set footerMargin(v: number) { this.margin("footerMargin", v); }
  set centerHorizontally(v: boolean) { this.edit("centerHorizontally", v, (p) => (p.centerHorizontally = v)); }
  get centerHorizontally(): boolean { return this.get("centerHorizontally"); }
  set centerVertically(v: boolean) { this.edit("centerVertically", v, (p) => (p.centerVertically = v)); }
  set printGridlines(v: boolean) { this.edit("printGridlines", v, (p) => (p.printGridlines = v)); }
  get zoom(): PageLayoutSnapshot["zoom"] { return this.get("zoom"); }
  set zoom(v: PageLayoutSnapshot["zoom"]) { this.edit("zoom", v, (p) => (p.zoom = { ...v })); }
  setPrintArea(area: string): void {
    this.edit("printArea", area, (p) => { if (!parseAddress(area)) throw invalidArgument(`print area ${area}`); p.printArea = area; });
  }
  setPrintTitleRows(rows: string): void {
    this.edit("printTitleRows", rows, (p) => { if (!parseAddress(rows)) throw invalidArgument(`title rows ${rows}`); p.printTitleRows = rows; });
  }
  setPrintTitleColumns(cols: string): void {
    this.edit("printTitleColumns", cols, (p) => { if (!parseAddress(cols)) throw invalidArgument(`title columns ${cols}`); p.printTitleColumns = cols; });
  }
}

export const PAPER_SIZES = PAPER;
