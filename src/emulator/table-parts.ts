import type { Book } from "./book";
import { shapeMatrix, textAt, valueAt, writeInputs } from "./cells";
import type { Batch } from "./core/batch";
import { ClientResult, Collection, SpecObject } from "./core/proxy";
import { invalidArgument, itemNotFound } from "./errors";
import type { CellBox, TableSnapshot } from "./model";
import { Range } from "./range";
import { ensureCell, getCell, type SheetState } from "./state";
import { shiftCells } from "./structure";

export interface FoundTable { sheet: SheetState; table: TableSnapshot }

/** Header names as Excel keeps them: the header cells' text, "ColumnN" when empty, unique. */
export function liveColumnNames(book: Book, { sheet, table }: FoundTable): string[] {
  const names: string[] = [];
  for (let c = 0; c < table.box.colCount; c++) {
    const text = table.showHeaders ? textAt(book, sheet, table.box.row, table.box.col + c) : "";
    names.push(text || table.columnNames[c] || `Column${c + 1}`);
  }
  return names;
}

/** The data rows: between the header row and the totals row. */
export function bodyBox(table: TableSnapshot): CellBox {
  const top = table.showHeaders ? 1 : 0;
  const count = table.box.rowCount - top - (table.showTotals ? 1 : 0);
  return { ...table.box, row: table.box.row + top, rowCount: Math.max(1, count) };
}

export class TableColumn extends SpecObject<{ found: FoundTable; index: number }> {
  declare readonly name: string;
  declare readonly index: number;
  declare readonly id: number;
  declare readonly values: unknown[][];
  constructor(batch: Batch, private readonly book: Book, find: () => { found: FoundTable; index: number }) {
    super(batch, "TableColumn", find, {
      name: { read: ({ found, index }) => liveColumnNames(book, found)[index] },
      index: { read: ({ index }) => index },
      id: { read: ({ index }) => index + 1 },
      values: { read: ({ found, index }) => gridOf(book, columnRange(found, index, "all")) },
    });
  }
  private range(part: "all" | "header" | "body"): Range {
    return new Range(this.batch, this.book, () => {
      const { found, index } = this.target();
      return columnRange(found, index, part);
    });
  }
  getRange(): Range { return this.range("all"); }
  getHeaderRowRange(): Range { return this.range("header"); }
  getDataBodyRange(): Range { return this.range("body"); }
}

function columnRange({ sheet, table }: FoundTable, index: number, part: "all" | "header" | "body") {
  const col = table.box.col + index;
  const box = part === "body" ? bodyBox(table) : part === "header" ? { ...table.box, rowCount: 1 } : table.box;
  return { sheet, box: { ...box, col, colCount: 1 } };
}

function gridOf(book: Book, { sheet, box }: { sheet: SheetState; box: CellBox }): unknown[][] {
  return Array.from({ length: box.rowCount }, (_, r) => [valueAt(book, sheet, box.row + r, box.col)]);
}

export class TableColumnCollection extends Collection<TableColumn> {
  constructor(batch: Batch, private readonly book: Book, private readonly found: () => FoundTable) {
    super(batch, "TableColumnCollection", () => {
      const f = found();
      return f.table.columnNames.map((_, index) => new TableColumn(batch, book, () => ({ found: f, index })));
    });
  }
  /** By name (or 1-based id); the sync fails with ItemNotFound when there is none. */
  getItem(key: string | number): TableColumn {
    const find = () => {
      const f = this.found();
      const names = liveColumnNames(this.book, f);
      const index = typeof key === "number" ? key - 1 : names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
      if (index < 0 || index >= names.length) throw itemNotFound(`table column "${key}"`);
      return { found: f, index };
    };
    this.batch.read({ get: "TableColumn", key }, () => void find());
    return new TableColumn(this.batch, this.book, find);
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(this.batch, this.book, () => {
      const f = this.found();
      if (index < 0 || index >= f.table.box.colCount) throw invalidArgument(`there is no column at ${index}`);
      return { found: f, index };
    });
  }
}

/**
 * table.rows. add(index, values) inserts data rows (appends when index is null), shifting the
 * cells below down as Excel does, and grows the table. Like Excel, it keeps the empty data row a
 * header-only table was created with: rows are added after it.
 */
export class TableRowCollection {
  constructor(private readonly batch: Batch, private readonly book: Book, private readonly found: () => FoundTable) {}
  add(index?: number | null, values?: unknown[][]): void {
    this.batch.write({ call: "TableRows.add", index: index ?? null, values: values ?? null }, () => {
      const { sheet, table } = this.found();
      const body = bodyBox(table);
      const at = index === null || index === undefined ? body.rowCount : index;
      if (!Number.isInteger(at) || at < 0 || at > body.rowCount) throw invalidArgument(`row index ${String(index)} of a table with ${body.rowCount} rows`);
      const rows = values ?? [Array<string>(table.box.colCount).fill("")];
      if (!Array.isArray(rows) || rows.length === 0) throw invalidArgument("rows.add needs a 2-D array");
      const box = { row: body.row + at, col: table.box.col, rowCount: rows.length, colCount: table.box.colCount };
      shapeMatrix(rows, box, "rows.add values");
      const before = table.box.rowCount;
      shiftCells(this.book, sheet, box, "Down", true);
      if (table.box.rowCount === before) table.box = { ...table.box, rowCount: before + box.rowCount };
      // Excel formats a new table row like its neighbour above (the first body row when inserted on
      // top): number formats included, so a text ("@") column keeps "=…" typed into it as text.
      const contoh = at > 0 ? box.row - 1 : box.row + box.rowCount;
      for (let r = box.row; r < box.row + box.rowCount; r++) {
        for (let c = box.col; c < box.col + box.colCount; c++) {
          const asal = getCell(sheet, contoh, c);
          if (!asal || (asal.numberFormat === undefined && Object.keys(asal.style).length === 0)) continue;
          const sel = ensureCell(sheet, r, c);
          sel.style = JSON.parse(JSON.stringify(asal.style)) as typeof asal.style; // plain data; structuredClone is missing under jsdom
          if (asal.numberFormat !== undefined) sel.numberFormat = asal.numberFormat;
        }
      }
      writeInputs(this.book, sheet, box, rows, "rows.add values");
    });
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>("TableRowCollection.getCount");
    this.batch.read({ call: "TableRows.getCount" }, () => result.fill(bodyBox(this.found().table).rowCount));
    return result;
  }
}
