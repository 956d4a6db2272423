import type { Book } from "./book";
import { num } from "./check";
import type { Batch } from "./core/batch";
import { ClientObject, SpecObject } from "./core/proxy";
import { invalidArgument, invalidOperation } from "./errors";
import { Range } from "./range";
import type { SheetState } from "./state";

/** Something that locates a box (the emulator's Range). */
interface HasBox { locateBox(): { sheet: SheetState; box: { row: number; col: number; rowCount: number; colCount: number } } }

/** worksheet.freezePanes (ExcelApi 1.7). */
export class WorksheetFreezePanes extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "WorksheetFreezePanes");
    batch.requireApi("Worksheet.freezePanes");
  }
  scalarNames(): readonly string[] { return []; }
  protected readScalar(): unknown { return undefined; }
  private edit(method: string, args: unknown, f: (s: SheetState) => void): void {
    this.call(method, args, () => f(this.sheet()));
  }
  freezeRows(count = 1): void {
    this.edit("freezeRows", { count }, (s) => { s.frozenRows = num(count, "rows", 0, 1_048_575); s.frozenColumns = 0; });
  }
  freezeColumns(count = 1): void {
    this.edit("freezeColumns", { count }, (s) => { s.frozenColumns = num(count, "columns", 0, 16_383); s.frozenRows = 0; });
  }
  /** Freezes the rows above and the columns left of the range's bottom-right edge, as Excel does. */
  freezeAt(frozenRange: HasBox | string): void {
    this.edit("freezeAt", { range: typeof frozenRange === "string" ? frozenRange : "Range" }, (s) => {
      const box = typeof frozenRange === "string" ? this.book.boxOf(s, frozenRange) : frozenRange.locateBox().box;
      s.frozenRows = box.row + box.rowCount;
      s.frozenColumns = box.col + box.colCount;
    });
  }
  unfreeze(): void {
    this.edit("unfreeze", null, (s) => { s.frozenRows = 0; s.frozenColumns = 0; });
  }
  getLocationOrNullObject(): Range {
    const box = () => {
      const s = this.sheet();
      return { sheet: s, box: { row: 0, col: 0, rowCount: Math.max(1, s.frozenRows), colCount: Math.max(1, s.frozenColumns) } };
    };
    return new Range(this.batch, this.book, box, { nullable: true, exists: () => this.sheet().frozenRows + this.sheet().frozenColumns > 0 });
  }
}

/**
 * worksheet.protection (ExcelApi 1.2). protect() fails on a sheet that is already protected and
 * unprotect() needs the password protect() was given (the emulator answers InvalidArgument).
 */
export class WorksheetProtection extends SpecObject<SheetState> {
  declare readonly protected: boolean;
  declare readonly options: Record<string, boolean>;
  constructor(batch: Batch, private readonly book: Book, sheet: () => SheetState) {
    super(batch, "WorksheetProtection", sheet, {
      protected: { read: (s) => s.protected },
      options: { read: (s) => ({ ...(book.protectionOptions.get(s.id) ?? {}) }) },
    });
    batch.requireApi("Worksheet.protection");
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.call("protect", { options: options ?? null, password: password === undefined ? null : "***" }, () => {
      const s = this.target();
      if (s.protected) throw invalidOperation(`the sheet '${s.name}' is already protected`);
      s.protected = true;
      s.password = password;
      this.book.protectionOptions.set(s.id, { ...(options ?? {}) });
    });
  }
  unprotect(password?: string): void {
    this.call("unprotect", { password: password === undefined ? null : "***" }, () => {
      const s = this.target();
      if (!s.protected) return;
      if (s.password !== undefined && s.password !== password) throw invalidArgument("the password does not match");
      s.protected = false;
      s.password = undefined;
      this.book.protectionOptions.delete(s.id);
    });
  }
}
