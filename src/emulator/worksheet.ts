import type { Book } from "./book";
import { ClientObject, Collection, type Batch } from "./core";
import { parseAddress } from "./address";
import { EmulatorError, invalidArgument, itemNotFound } from "./errors";
import { Range, usedRangeLocator } from "./range";
import { ShapeCollection } from "./shapes";
import { PageLayout } from "./page-layout";
import { TableCollection } from "./tables";
import { ChartCollection } from "./charts";
import type { SheetState } from "./state";
import { normalizeColor } from "./range-format";

export class Worksheet extends ClientObject {
  readonly freezePanes: { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: Range | string): void; unfreeze(): void };
  readonly protection: ClientObject & { protect(options?: unknown, password?: string): void; unprotect(password?: string): void; readonly protected: boolean };
  private shapesProxy?: ShapeCollection;
  private pageLayoutProxy?: PageLayout;
  private tablesProxy?: TableCollection;
  private chartsProxy?: ChartCollection;

  constructor(batch: Batch, private readonly book: Book, readonly resolve: () => SheetState | undefined, nullable = false) {
    super(batch, "Worksheet", nullable);
    const sheet = () => this.sheet();
    const edit = (what: string, f: (s: SheetState) => void) => this.call(what, null, () => f(sheet()));
    this.freezePanes = {
      freezeRows: (n) => edit("freezeRows", (s) => { s.frozenRows = n; s.frozenColumns = 0; }),
      freezeColumns: (n) => edit("freezeColumns", (s) => { s.frozenColumns = n; s.frozenRows = 0; }),
      freezeAt: (r) => edit("freezeAt", (s) => {
        const box = typeof r === "string" ? parseAddress(r)?.box : r.locateBox().box;
        if (!box) throw invalidArgument("freezeAt");
        s.frozenRows = box.row + box.rowCount;
        s.frozenColumns = box.col + box.colCount;
      }),
      unfreeze: () => edit("unfreeze", (s) => { s.frozenRows = 0; s.frozenColumns = 0; }),
    };
    this.protection = new SheetProtection(batch, sheet);
  }
  protected override exists() { return this.resolve() !== undefined; }
  sheet(): SheetState {
    const s = this.resolve();
    if (!s) throw itemNotFound("worksheet");
    return s;
  }
  protected scalarNames() { return ["id", "name", "position", "visibility", "tabColor", "showGridlines"] as const; }
  protected readScalar(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case "position": return this.book.state.sheets.indexOf(s);
      case "tabColor": return s.tabColor ?? "";
      default: return (s as unknown as Record<string, unknown>)[name];
    }
  }
  get id(): string { return this.get("id"); }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.set("name", v, () => this.book.renameSheet(this.sheet(), v)); }
  get position(): number { return this.get("position"); }
  set position(v: number) {
    this.set("position", v, () => {
      const s = this.sheet();
      const list = this.book.state.sheets.filter((x) => x !== s);
      if (v < 0 || v > list.length) throw invalidArgument(`position ${v}`);
      list.splice(v, 0, s);
      this.book.state.sheets = list;
    });
  }
  get visibility(): string { return this.get("visibility"); }
  set visibility(v: string) { this.set("visibility", v, () => (this.sheet().visibility = v)); }
  get tabColor(): string { return this.get("tabColor"); }
  set tabColor(v: string) { this.set("tabColor", v, () => (this.sheet().tabColor = v === "" ? undefined : normalizeColor(v))); }
  get showGridlines(): boolean { return this.get("showGridlines"); }
  set showGridlines(v: boolean) { this.set("showGridlines", v, () => (this.sheet().showGridlines = v)); }

  getRange(address?: string): Range {
    return new Range(this.batch, this.book, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, box: { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 } };
      const parsed = parseAddress(address);
      if (!parsed) throw new EmulatorError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address ${address})`);
      if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${address} is on another sheet`);
      return { sheet, box: parsed.box };
    });
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): Range {
    return new Range(this.batch, this.book, () => {
      if (row < 0 || col < 0 || rowCount < 1 || colCount < 1) throw invalidArgument("getRangeByIndexes");
      return { sheet: this.sheet(), box: { row, col, rowCount, colCount } };
    });
  }
  getCell(row: number, col: number): Range { return this.getRangeByIndexes(row, col, 1, 1); }
  getUsedRange(valuesOnly = false): Range {
    const { locate } = usedRangeLocator(this.book, () => this.sheet(), valuesOnly);
    return new Range(this.batch, this.book, locate);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const { locate, present } = usedRangeLocator(this.book, () => this.sheet(), valuesOnly);
    return new Range(this.batch, this.book, locate, true, present);
  }
  get shapes(): ShapeCollection { return (this.shapesProxy ??= new ShapeCollection(this.batch, this.book, () => this.sheet())); }
  get pageLayout(): PageLayout { return (this.pageLayoutProxy ??= new PageLayout(this.batch, this.book, () => this.sheet())); }
  get tables(): TableCollection { return (this.tablesProxy ??= new TableCollection(this.batch, this.book, () => [this.sheet()])); }
  get charts(): ChartCollection { return (this.chartsProxy ??= new ChartCollection(this.batch, this.book, () => this.sheet())); }
  get horizontalPageBreaks() {
    const layout = this.pageLayout;
    return { add: (range: Range | string) => layout.addRowBreak(range), removePageBreaks: () => layout.removeRowBreaks() };
  }
  activate(): void { this.call("activate", null, () => (this.book.state.activeSheetId = this.sheet().id)); }
  delete(): void { this.call("delete", null, () => this.book.deleteSheet(this.sheet())); }
}

class SheetProtection extends ClientObject {
  constructor(batch: Batch, private readonly sheet: () => SheetState) { super(batch, "WorksheetProtection"); }
  protected scalarNames() { return ["protected"] as const; }
  protected readScalar() { return this.sheet().protected; }
  get protected(): boolean { return this.get("protected"); }
  protect(): void { this.call("protect", null, () => (this.sheet().protected = true)); }
  unprotect(): void { this.call("unprotect", null, () => (this.sheet().protected = false)); }
}

/** Excel keeps hold of an object once found: a renamed sheet is still the same proxy's sheet. */
function stick(book: Book, lookup: () => SheetState | undefined): () => SheetState | undefined {
  let found: SheetState | undefined;
  return () => {
    if (found && book.state.sheets.includes(found)) return found;
    found = lookup();
    return found;
  };
}

export class WorksheetCollection extends Collection<Worksheet> {
  constructor(batch: Batch, private readonly book: Book) {
    super(batch, "WorksheetCollection", () => book.state.sheets.map((s) => new Worksheet(batch, book, () => (book.state.sheets.includes(s) ? s : undefined))));
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => this.book.sheetByName(key) ?? this.book.sheetById(key)));
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => this.book.sheetByName(key) ?? this.book.sheetById(key)), true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => this.book.sheetById(this.book.state.activeSheetId)));
  }
  getFirst(): Worksheet { return new Worksheet(this.batch, this.book, () => this.book.state.sheets[0]); }
  add(name?: string): Worksheet {
    let made: SheetState | undefined;
    this.batch.enqueue({ call: "Worksheets.add", name: name ?? null }, () => { made = this.book.addSheet(name); });
    return new Worksheet(this.batch, this.book, () => (made && this.book.state.sheets.includes(made) ? made : undefined));
  }
  getCount(): { value: number } {
    const box = { loaded: false, v: 0 };
    this.batch.enqueue({ call: "Worksheets.getCount" }, () => { box.loaded = true; box.v = this.book.state.sheets.length; });
    return { get value() { if (!box.loaded) throw invalidArgument("getCount before sync"); return box.v; } };
  }
}
