import type { Book } from "./book";
import { bool, color, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { SpecObject } from "./core/proxy";
import { ChartCollection } from "./charts";
import { CommentCollection } from "./comments";
import { SHEET_VISIBILITIES } from "./enums";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { PageBreakCollection, PageLayout } from "./page-layout";
import { Range } from "./range";
import { ShapeCollection } from "./shapes";
import { STANDARD_HEIGHT, STANDARD_WIDTH, usedBox, type SheetState } from "./state";
import { TableCollection } from "./tables";
import { WorksheetFreezePanes, WorksheetProtection } from "./worksheet-parts";

function worksheetProps(book: Book) {
  return {
    id: { read: (s: SheetState) => s.id },
    name: { read: (s: SheetState) => s.name, write: (s: SheetState, v: unknown) => book.renameSheet(s, str(v, "name")) },
    position: {
      read: (s: SheetState) => book.state.sheets.indexOf(s),
      write: (s: SheetState, v: unknown) => {
        const list = book.state.sheets.filter((x) => x !== s);
        const p = num(v, "position", 0, list.length);
        if (!Number.isInteger(p)) throw invalidArgument(`position ${p}`);
        list.splice(p, 0, s);
        book.state.sheets = list;
      },
    },
    visibility: {
      read: (s: SheetState) => s.visibility,
      write: (s: SheetState, v: unknown) => {
        const next = oneOf(SHEET_VISIBILITIES, v, "visibility");
        const others = book.state.sheets.filter((x) => x !== s && x.visibility === "Visible");
        if (next !== "Visible" && others.length === 0) throw invalidOperation("a workbook must keep at least one visible worksheet");
        s.visibility = next;
        if (next !== "Visible" && book.state.activeSheetId === s.id) book.state.activeSheetId = others[0].id;
      },
    },
    tabColor: {
      read: (s: SheetState) => s.tabColor ?? "",
      write: (s: SheetState, v: unknown) => (s.tabColor = v === "" ? undefined : color(v, "tabColor")),
    },
    showGridlines: { read: (s: SheetState) => s.showGridlines, write: (s: SheetState, v: unknown) => (s.showGridlines = bool(v, "showGridlines")) },
    standardWidth: { read: () => STANDARD_WIDTH },
    standardHeight: { read: () => STANDARD_HEIGHT },
  };
}

/** Excel's limits, as a whole-sheet box. */
const WHOLE_SHEET = { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 };

export class Worksheet extends SpecObject<SheetState> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;
  declare readonly standardWidth: number;
  declare readonly standardHeight: number;
  private parts: Partial<{
    freezePanes: WorksheetFreezePanes; protection: WorksheetProtection; shapes: ShapeCollection; pageLayout: PageLayout;
    tables: TableCollection; charts: ChartCollection; comments: CommentCollection; horizontalPageBreaks: PageBreakCollection;
    verticalPageBreaks: PageBreakCollection;
  }> = {};

  constructor(batch: Batch, private readonly book: Book, private readonly resolve: () => SheetState | undefined, nullable = false) {
    super(batch, "Worksheet", () => {
      const s = resolve();
      if (!s) throw itemNotFound("worksheet");
      return s;
    }, worksheetProps(book), {
      nullable,
      exists: () => resolve() !== undefined,
      api: { tabColor: "Worksheet.tabColor", showGridlines: "Worksheet.showGridlines" },
    });
  }

  /** For getItem: the sync fails with ItemNotFound when no sheet has the key then. */
  verify(key: string): this {
    this.verifyAtSync(key);
    return this;
  }
  private readonly sheet = (): SheetState => this.target();

  get freezePanes(): WorksheetFreezePanes { return (this.parts.freezePanes ??= new WorksheetFreezePanes(this.batch, this.book, this.sheet)); }
  get protection(): WorksheetProtection { return (this.parts.protection ??= new WorksheetProtection(this.batch, this.book, this.sheet)); }
  get shapes(): ShapeCollection { return (this.parts.shapes ??= new ShapeCollection(this.batch, this.book, this.sheet)); }
  get pageLayout(): PageLayout { return (this.parts.pageLayout ??= new PageLayout(this.batch, this.book, this.sheet)); }
  get tables(): TableCollection { return (this.parts.tables ??= new TableCollection(this.batch, this.book, () => [this.sheet()], this.sheet)); }
  get charts(): ChartCollection { return (this.parts.charts ??= new ChartCollection(this.batch, this.book, this.sheet)); }
  get comments(): CommentCollection { return (this.parts.comments ??= new CommentCollection(this.batch, this.book, () => [this.sheet()], this.sheet)); }
  get horizontalPageBreaks(): PageBreakCollection { return (this.parts.horizontalPageBreaks ??= new PageBreakCollection(this.batch, this.book, this.sheet, "row")); }
  get verticalPageBreaks(): PageBreakCollection { return (this.parts.verticalPageBreaks ??= new PageBreakCollection(this.batch, this.book, this.sheet, "col")); }
  protected override child(name: string) {
    return name === "protection" ? this.protection : name === "pageLayout" ? this.pageLayout : undefined;
  }

  getRange(address?: string): Range {
    return new Range(this.batch, this.book, () => {
      const sheet = this.sheet();
      return { sheet, box: address === undefined ? WHOLE_SHEET : this.book.boxOf(sheet, address) };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.batch.requireApi("Worksheet.getRangeByIndexes");
    return new Range(this.batch, this.book, () => {
      const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1;
      if (!ok || startRow + rowCount > WHOLE_SHEET.rowCount || startColumn + columnCount > WHOLE_SHEET.colCount) {
        throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return { sheet: this.sheet(), box: { row: startRow, col: startColumn, rowCount, colCount: columnCount } };
    });
  }
  getCell(row: number, column: number): Range {
    return new Range(this.batch, this.book, () => {
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0) throw invalidArgument(`getCell(${row}, ${column})`);
      return { sheet: this.sheet(), box: { row, col: column, rowCount: 1, colCount: 1 } };
    });
  }
  /** Excel's used range: cells with values, or with formats unless valuesOnly; A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.batch, this.book, () => {
      const sheet = this.sheet();
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.batch.requireApi("Worksheet.getUsedRangeOrNullObject");
    const locate = () => {
      const sheet = this.sheet();
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    };
    return new Range(this.batch, this.book, locate, { nullable: true, exists: () => usedBox(this.sheet(), valuesOnly) !== null });
  }
  activate(): void {
    this.call("activate", null, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw invalidOperation(`the sheet '${s.name}' is hidden`);
      this.book.state.activeSheetId = s.id;
    });
  }
  delete(): void { this.call("delete", null, () => this.book.deleteSheet(this.sheet())); }
}
