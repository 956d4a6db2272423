import { absoluteAddress, parseAddress, quoteSheetName, splitAreas } from "./address";
import type { Book } from "./book";
import { bool, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject, type Prop } from "./core/proxy";
import { ORIENTATIONS, PAPER_TYPES } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import type { PageLayoutSnapshot } from "./model";
import type { SheetState } from "./state";
import type { Located } from "./styles";

type P = PageLayoutSnapshot;
interface HasBox { locateBox(): Located }

/** A sheet-local address for print settings: a string as given (checked), a Range as "$A$1:$K$40". */
function areaText(book: Book, sheet: SheetState, area: HasBox | string, what: string): string {
  if (typeof area !== "string") {
    const { sheet: s, box } = area.locateBox();
    if (s !== sheet) throw invalidArgument(`the ${what} is on another sheet`);
    return absoluteAddress(box);
  }
  for (const part of splitAreas(area)) {
    const parsed = parseAddress(part);
    if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase())) throw invalidArgument(`the ${what} ${area} is not valid`);
  }
  return splitAreas(area).map((part) => part.replace(/^.*!/, "")).join(",");
}

const margin = (key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin"): Prop<P> => ({
  read: (p) => p[key],
  write: (p, v) => (p[key] = num(v, key, 0, 1584)),
});

const flag = (key: "centerHorizontally" | "centerVertically" | "printGridlines" | "printHeadings" | "blackAndWhite"): Prop<P> => ({
  read: (p) => p[key] ?? false,
  write: (p, v) => (p[key] = bool(v, key)),
});

/** worksheet.pageLayout (ExcelApi 1.9). Page setup is allowed on a protected sheet, as in Excel. */
export class PageLayout extends SpecObject<P> {
  declare orientation: string;
  declare paperSize: string;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare zoom: Excel.PageLayoutZoomOptions;
  declare printOrder: string;
  declare firstPageNumber: number | "";
  readonly headersFooters: { defaultForAllPages: HeaderFooter };
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "PageLayout", () => sheet().pageLayout, {
      orientation: { read: (p) => p.orientation, write: (p, v) => (p.orientation = oneOf(ORIENTATIONS, v, "orientation")) },
      paperSize: { read: (p) => p.paperSize, write: (p, v) => (p.paperSize = oneOf(PAPER_TYPES, v, "paperSize")) },
      leftMargin: margin("leftMargin"), rightMargin: margin("rightMargin"), topMargin: margin("topMargin"),
      bottomMargin: margin("bottomMargin"), headerMargin: margin("headerMargin"), footerMargin: margin("footerMargin"),
      centerHorizontally: flag("centerHorizontally"), centerVertically: flag("centerVertically"), printGridlines: flag("printGridlines"),
      printHeadings: flag("printHeadings"), blackAndWhite: flag("blackAndWhite"),
      zoom: { read: (p) => ({ ...p.zoom }), write: (p, v) => (p.zoom = checkZoom(v)) },
      printOrder: { read: (p) => p.printOrder ?? "DownThenOver", write: (p, v) => (p.printOrder = oneOf(["DownThenOver", "OverThenDown"], v, "printOrder")) },
      firstPageNumber: { read: (p) => p.firstPageNumber ?? "", write: (p, v) => (v === "" ? delete p.firstPageNumber : (p.firstPageNumber = num(v, "firstPageNumber", 1))) },
    });
    batch.requireApi("Worksheet.pageLayout");
    this.headersFooters = { defaultForAllPages: new HeaderFooter(batch, () => sheet().pageLayout) };
  }
  private edit(method: string, args: unknown, f: (p: P, s: SheetState) => void): void {
    this.call(method, args, () => f(this.sheet().pageLayout, this.sheet()));
  }
  setPrintArea(printArea: HasBox | string): void {
    this.edit("setPrintArea", { printArea: typeof printArea === "string" ? printArea : "Range" }, (p, s) => (p.printArea = areaText(this.book, s, printArea, "print area")));
  }
  setPrintTitleRows(titleRows: HasBox | string): void {
    this.edit("setPrintTitleRows", { titleRows: typeof titleRows === "string" ? titleRows : "Range" }, (p, s) => (p.printTitleRows = areaText(this.book, s, titleRows, "title rows")));
  }
  setPrintTitleColumns(titleColumns: HasBox | string): void {
    this.edit("setPrintTitleColumns", { titleColumns: typeof titleColumns === "string" ? titleColumns : "Range" }, (p, s) => (p.printTitleColumns = areaText(this.book, s, titleColumns, "title columns")));
  }
  setPrintMargins(unit: string, margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>): void {
    this.edit("setPrintMargins", { unit, margins }, (p) => {
      const factor = oneOf(["Points", "Inches", "Centimeters"], unit, "unit") === "Points" ? 1 : unit === "Inches" ? 72 : 72 / 2.54;
      for (const [k, v] of Object.entries(margins)) p[`${k}Margin` as "leftMargin"] = num(v, `${k} margin`, 0) * factor;
    });
  }
  getPrintAreaOrNullObject(): SpecObject<{ area?: string; sheet: SheetState }> & { address: string } {
    const target = () => ({ area: this.sheet().pageLayout.printArea, sheet: this.sheet() });
    return new SpecObject(this.batch, "RangeAreas", target, {
      address: { read: ({ area, sheet }) => (splitAreas(area ?? "").map((a) => `${quoteSheetName(sheet.name)}!${a.replace(/\$/g, "")}`).join(",")) },
    }, { nullable: true, exists: () => this.sheet().pageLayout.printArea !== undefined }) as SpecObject<{ area?: string; sheet: SheetState }> & { address: string };
  }
}

/** zoom is either a scale (10–400 %) or fit-to-pages, not both (Excel.PageLayoutZoomOptions). */
function checkZoom(v: unknown): P["zoom"] {
  if (v === null || typeof v !== "object") throw invalidArgument("zoom must be an object");
  const z = v as Record<string, unknown>;
  const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  if (z.scale !== undefined && fit) throw invalidArgument("zoom takes a scale or fit-to-pages, not both");
  if (z.scale !== undefined) return { scale: num(z.scale, "zoom scale", 10, 400) };
  if (!fit) throw invalidArgument("zoom needs a scale or fit-to-pages");
  return {
    ...(z.horizontalFitToPages !== undefined ? { horizontalFitToPages: num(z.horizontalFitToPages, "horizontalFitToPages", 0, 32767) } : {}),
    ...(z.verticalFitToPages !== undefined ? { verticalFitToPages: num(z.verticalFitToPages, "verticalFitToPages", 0, 32767) } : {}),
  };
}

const HF_KEYS = ["centerHeader", "leftHeader", "rightHeader", "centerFooter", "leftFooter", "rightFooter"] as const;

/** headersFooters.defaultForAllPages; Excel limits each section to 255 characters. */
export class HeaderFooter extends SpecObject<P> {
  declare centerHeader: string;
  declare leftHeader: string;
  declare rightHeader: string;
  declare centerFooter: string;
  declare leftFooter: string;
  declare rightFooter: string;
  constructor(batch: Batch, target: () => P) {
    const props: Record<string, Prop<P>> = {};
    for (const key of HF_KEYS) {
      props[key] = {
        read: (p) => p[key] ?? "",
        write: (p, v) => {
          const text = str(v, key);
          if (text.length > 255) throw invalidArgument(`${key} has more than 255 characters`);
          if (text === "") delete p[key];
          else p[key] = text;
        },
      };
    }
    super(batch, "HeaderFooter", target, props);
  }
}

class PageBreak extends SpecObject<{ sheet: SheetState; index: number }> {
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  constructor(batch: Batch, find: () => { sheet: SheetState; index: number }, private readonly axis: "row" | "col") {
    super(batch, "PageBreak", find, {
      rowIndex: { read: ({ index }) => (axis === "row" ? index : 0) },
      columnIndex: { read: ({ index }) => (axis === "col" ? index : 0) },
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, index } = this.target();
      const p = sheet.pageLayout;
      if (this.axis === "row") p.rowPageBreaks = p.rowPageBreaks.filter((b) => b !== index);
      else p.columnPageBreaks = (p.columnPageBreaks ?? []).filter((b) => b !== index);
    });
  }
}

/** worksheet.horizontalPageBreaks / verticalPageBreaks (ExcelApi 1.9): a break before the range's first row or column. */
export class PageBreakCollection extends Collection<PageBreak> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState, private readonly axis: "row" | "col") {
    super(batch, "PageBreakCollection", () => {
      const s = sheet();
      return list(s, axis).map((index) => new PageBreak(batch, () => ({ sheet: s, index }), axis));
    });
    batch.requireApi("Worksheet.pageBreaks");
  }
  add(pageBreakRange: HasBox | string): PageBreak {
    let index = -1;
    this.batch.write({ call: "PageBreaks.add", range: typeof pageBreakRange === "string" ? pageBreakRange : "Range" }, () => {
      const s = this.sheet();
      const box = typeof pageBreakRange === "string" ? this.book.boxOf(s, pageBreakRange) : pageBreakRange.locateBox().box;
      index = this.axis === "row" ? box.row : box.col;
      if (index === 0) throw invalidArgument(`a page break cannot stand before the first ${this.axis === "row" ? "row" : "column"}`);
      const next = [...new Set([...list(s, this.axis), index])].sort((a, b) => a - b);
      if (this.axis === "row") s.pageLayout.rowPageBreaks = next;
      else s.pageLayout.columnPageBreaks = next;
    });
    return new PageBreak(this.batch, () => ({ sheet: this.sheet(), index }), this.axis);
  }
  getItem(index: number): PageBreak {
    return new PageBreak(this.batch, () => {
      const s = this.sheet();
      const at = list(s, this.axis)[index];
      if (at === undefined) throw itemNotFound(`page break ${index}`);
      return { sheet: s, index: at };
    }, this.axis);
  }
  removePageBreaks(): void {
    this.batch.write({ call: "PageBreaks.removePageBreaks" }, () => {
      const p = this.sheet().pageLayout;
      if (this.axis === "row") p.rowPageBreaks = [];
      else p.columnPageBreaks = [];
    });
  }
}

const list = (s: SheetState, axis: "row" | "col") => (axis === "row" ? s.pageLayout.rowPageBreaks : (s.pageLayout.columnPageBreaks ?? []));

