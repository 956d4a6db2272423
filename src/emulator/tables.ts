import type { Book } from "./book";
import { ClientObject, Collection, type Batch } from "./core";
import { boxAddress, boxesIntersect, parseAddress } from "./address";
import { EmulatorError, invalidArgument, itemNotFound } from "./errors";
import type { TableSnapshot } from "./model";
import { Range } from "./range";
import type { SheetState } from "./state";

interface Found { sheet: SheetState; table: TableSnapshot }

export class Table extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly find: () => Found | undefined, nullable = false) {
    super(batch, "Table", nullable);
  }
  protected override exists() { return this.find() !== undefined; }
  private found(): Found {
    const f = this.find();
    if (!f) throw itemNotFound("table");
    return f;
  }
  protected scalarNames() { return ["id", "name", "style", "showTotals", "showHeaders"] as const; }
  protected readScalar(name: string): unknown { return (this.found().table as unknown as Record<string, unknown>)[name]; }
  get name(): string { return this.get("name"); }
  set name(v: string) {
    this.set("name", v, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v) || v.length > 255) throw invalidArgument(`table name ${v}`);
      const clash = this.book.state.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === v.toLowerCase() && t !== this.found().table));
      if (clash) throw new EmulatorError("ItemAlreadyExists", `A table named ${v} already exists.`);
      this.found().table.name = v;
    });
  }
  get style(): string { return this.get("style"); }
  set style(v: string) { this.set("style", v, () => (this.found().table.style = v)); }
  get showTotals(): boolean { return this.get("showTotals"); }
  set showTotals(v: boolean) { this.set("showTotals", v, () => (this.found().table.showTotals = v)); }
  private range(part: "all" | "header" | "body"): Range {
    return new Range(this.batch, this.book, () => {
      const { sheet, table } = this.found();
      const b = table.box;
      if (part === "header") return { sheet, box: { ...b, rowCount: 1 } };
      if (part === "body") return { sheet, box: { ...b, row: b.row + 1, rowCount: Math.max(1, b.rowCount - 1) } };
      return { sheet, box: b };
    });
  }
  getRange(): Range { return this.range("all"); }
  getHeaderRowRange(): Range { return this.range("header"); }
  getDataBodyRange(): Range { return this.range("body"); }
  readonly rows = {
    add: (index: number | null | undefined, values: unknown[][]) => {
      this.batch.enqueue({ call: "TableRows.add", values }, () => {
        const { sheet, table } = this.found();
        if (index !== null && index !== undefined) throw invalidArgument("the emulator appends rows only");
        const box = { row: table.box.row + table.box.rowCount, col: table.box.col, rowCount: values.length, colCount: table.box.colCount };
        this.book.writeInputs(sheet, box, values);
        table.box = { ...table.box, rowCount: table.box.rowCount + values.length };
      });
    },
  };
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, table } = this.found();
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
}

export class TableCollection extends Collection<Table> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheets: () => SheetState[]) {
    super(batch, "TableCollection", () => this.all().map((f) => new Table(batch, book, () => f)));
  }
  private all(): Found[] { return this.sheets().flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))); }
  private byName(name: string) { return this.all().find((f) => f.table.name.toLowerCase() === name.toLowerCase()); }
  getItem(name: string): Table { return new Table(this.batch, this.book, () => this.byName(name)); }
  getItemOrNullObject(name: string): Table { return new Table(this.batch, this.book, () => this.byName(name), true); }
  add(address: string, hasHeaders: boolean): Table {
    let made: Found | undefined;
    this.batch.enqueue({ call: "Tables.add", address, hasHeaders }, () => {
      const parsed = parseAddress(address);
      const sheets = this.sheets();
      const sheet = parsed?.sheetName ? this.book.sheetByName(parsed.sheetName) : sheets[0];
      if (!parsed || !sheet || !sheets.includes(sheet)) throw invalidArgument(`table address ${address}`);
      this.book.checkWritable(sheet, "tables");
      if (sheet.tables.some((t) => boxesIntersect(t.box, parsed.box))) throw new EmulatorError("InvalidOperation", "A table can't overlap another table.");
      let box = parsed.box;
      if (!hasHeaders) {
        box = { ...box, row: box.row, rowCount: box.rowCount + 1 };
        throw new EmulatorError("InvalidOperation", `The emulator needs header rows for tables (${boxAddress(box)}).`);
      }
      const names = Array.from({ length: box.colCount }, (_, c) => String(this.book.valueAt(sheet, box.row, box.col + c)) || `Column${c + 1}`);
      const table: TableSnapshot = { id: this.book.newId("table"), name: `Table${this.all().length + 1}`, box, showHeaders: true, showTotals: false, style: "TableStyleMedium2", columnNames: names };
      sheet.tables.push(table);
      made = { sheet, table };
    });
    return new Table(this.batch, this.book, () => made);
  }
}
