import type { Book } from "./book";
import { intersects } from "./boxes";
import { textAt, writeInputs } from "./cells";
import { bool, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { EmulatorError, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { parseAddress } from "./address";
import type { CellBox, TableSnapshot } from "./model";
import { Range } from "./range";
import type { SheetState } from "./state";
import { shiftCells } from "./structure";
import type { Located } from "./styles";
import { bodyBox, liveColumnNames, TableColumnCollection, TableRowCollection, type FoundTable } from "./table-parts";

interface HasBox { locateBox(): Located }

/** Table names follow defined-name rules and share their namespace (Excel refuses a clash). */
function checkTableName(book: Book, name: string, self?: TableSnapshot): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument(`"${name}" is not a valid table name`);
  const lower = name.toLowerCase();
  const clash = book.state.sheets.some((s) => s.tables.some((t) => t !== self && t.name.toLowerCase() === lower)) || book.state.names.some((n) => n.name.toLowerCase() === lower);
  if (clash) throw new EmulatorError("ItemAlreadyExists", `a table or name "${name}" exists`);
}

export class Table extends SpecObject<FoundTable> {
  declare readonly id: string;
  declare name: string;
  declare style: string;
  declare showTotals: boolean;
  declare showHeaders: boolean;
  declare showBandedRows: boolean;
  declare showFilterButton: boolean;
  readonly rows: TableRowCollection;
  readonly columns: TableColumnCollection;
  constructor(batch: Batch, private readonly book: Book, private readonly find: () => FoundTable | undefined, nullable = false) {
    const found = () => find() ?? missing();
    super(batch, "Table", found, {
      id: { read: ({ table }) => table.id },
      name: { read: ({ table }) => table.name, write: ({ table }, v) => { checkTableName(book, str(v, "name"), table); table.name = v as string; } },
      style: { read: ({ table }) => table.style, write: ({ table }, v) => (table.style = str(v, "style")) },
      // A totals row is added below the data (the emulator does not fill in its SUBTOTAL formulas).
      showTotals: {
        read: ({ table }) => table.showTotals,
        write: ({ table }, v) => {
          const on = bool(v, "showTotals");
          if (on !== table.showTotals) table.box = { ...table.box, rowCount: table.box.rowCount + (on ? 1 : -1) };
          table.showTotals = on;
        },
      },
      showHeaders: { read: ({ table }) => table.showHeaders, write: ({ table }, v) => (table.showHeaders = bool(v, "showHeaders")) },
      showBandedRows: { read: () => true, write: (_t, v) => void bool(v, "showBandedRows") },
      showFilterButton: { read: ({ table }) => table.showHeaders, write: (_t, v) => void bool(v, "showFilterButton") },
    }, { nullable, exists: () => find() !== undefined, beforeWrite: ({ sheet }) => book.guard(sheet, "formatCells") });
    this.rows = new TableRowCollection(batch, book, found);
    this.columns = new TableColumnCollection(batch, book, found);
  }
  verify(key: string): this {
    this.verifyAtSync(key);
    return this;
  }
  private range(part: (t: TableSnapshot) => CellBox): Range {
    return new Range(this.batch, this.book, () => {
      const { sheet, table } = this.find() ?? missing();
      return { sheet, box: part(table) };
    });
  }
  getRange(): Range { return this.range((t) => t.box); }
  getHeaderRowRange(): Range {
    return this.range((t) => {
      if (!t.showHeaders) throw invalidOperation("the table shows no header row");
      return { ...t.box, rowCount: 1 };
    });
  }
  getDataBodyRange(): Range { return this.range(bodyBox); }
  getTotalRowRange(): Range {
    return this.range((t) => {
      if (!t.showTotals) throw invalidOperation("the table shows no totals row");
      return { ...t.box, row: t.box.row + t.box.rowCount - 1, rowCount: 1 };
    });
  }
  /** Removes the table and its contents. */
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, table } = this.find() ?? missing();
      this.book.guard(sheet, "editCells");
      const blank = Array.from({ length: table.box.rowCount }, () => Array<string>(table.box.colCount).fill(""));
      writeInputs(this.book, sheet, table.box, blank, "table.delete");
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
  /** Keeps the cells, drops the table. */
  convertToRange(): Range {
    const range = this.getRange();
    this.call("convertToRange", null, () => {
      const { sheet, table } = this.find() ?? missing();
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
    return range;
  }
}

const missing = (): never => {
  throw itemNotFound("table");
};

export class TableCollection extends Collection<Table> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheets: () => SheetState[], private readonly defaultSheet: () => SheetState) {
    super(batch, "TableCollection", () => this.all().map((f) => new Table(batch, book, () => (f.sheet.tables.includes(f.table) ? f : undefined))));
  }
  private all(): FoundTable[] { return this.sheets().flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table }))); }
  private byKey(key: string) {
    return () => this.all().find((f) => f.table.id === key || f.table.name.toLowerCase() === key.toLowerCase());
  }
  getItem(key: string): Table { return new Table(this.batch, this.book, this.byKey(key)).verify(key); }
  getItemOrNullObject(key: string): Table { return new Table(this.batch, this.book, this.byKey(key), true); }
  getItemAt(index: number): Table { return new Table(this.batch, this.book, () => this.all()[index]); }

  /**
   * Makes a table over the address. With hasHeaders the first row's text becomes the column names
   * (made unique, "ColumnN" when empty); without, Excel inserts a header row above the data. A
   * header-only range gets one empty data row. Overlapping a table or a merge is refused.
   */
  add(address: HasBox | string, hasHeaders: boolean): Table {
    let made: FoundTable | undefined;
    this.batch.write({ call: "Tables.add", address: typeof address === "string" ? address : "Range", hasHeaders }, () => {
      const { sheet, box: given } = this.locate(address);
      this.book.guard(sheet, "editCells");
      if (sheet.tables.some((t) => intersects(t.box, given))) throw invalidOperation("a table cannot overlap another table");
      if (sheet.merges.some((m) => intersects(m, given))) throw invalidOperation("a table cannot overlap merged cells");
      let box = given;
      if (!bool(hasHeaders, "hasHeaders")) {
        shiftCells(this.book, sheet, given, "Down", true);
        box = { ...given, rowCount: given.rowCount + 1 };
      }
      if (box.rowCount === 1) box = { ...box, rowCount: 2 };
      const names = uniqueNames(Array.from({ length: box.colCount }, (_, c) => (hasHeaders ? textAt(this.book, sheet, box.row, box.col + c) : "")));
      writeInputs(this.book, sheet, { ...box, rowCount: 1 }, [names.map((n) => `'${n}`)], "table header");
      let n = 1;
      while (this.book.state.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === `table${n}`))) n += 1;
      const table: TableSnapshot = { id: this.book.newId("table"), name: `Table${n}`, box, showHeaders: true, showTotals: false, style: "TableStyleMedium2", columnNames: names };
      sheet.tables.push(table);
      made = { sheet, table };
    });
    return new Table(this.batch, this.book, () => (made && made.sheet.tables.includes(made.table) ? made : undefined));
  }

  private locate(address: HasBox | string): Located {
    if (typeof address !== "string") return address.locateBox();
    const parsed = parseAddress(address);
    const sheet = parsed?.sheetName !== undefined ? this.book.sheetByName(parsed.sheetName) : this.defaultSheet();
    if (!parsed || !sheet || !this.sheets().includes(sheet)) throw invalidArgument(`the table address ${address} is not valid here`);
    return { sheet, box: parsed.box };
  }
}

function uniqueNames(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name, i) => {
    let n = name.trim() === "" ? `Column${i + 1}` : name;
    for (let k = 2; seen.has(n.toLowerCase()); k++) n = `${name || `Column${i + 1}`}${k}`;
    seen.add(n.toLowerCase());
    return n;
  });
}

export { liveColumnNames };
