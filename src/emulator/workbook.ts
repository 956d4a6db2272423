import type { Book } from "./book";
import { BatchQueue, type RunStats, type SyncHooks } from "./core/batch";
import { ClientObject } from "./core/proxy";
import type { Batch } from "./core/batch";
import { oneOf } from "./check";
import { CommentCollection } from "./comments";
import { CustomXmlPartCollection } from "./custom-xml";
import { CALCULATION_MODES } from "./enums";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheets";

/**
 * context.application / workbook.application. Calculation modes are recorded; the emulator always
 * calculates (HyperFormula), so "Manual" does not leave values stale as Excel would.
 */
export class Application extends ClientObject {
  constructor(batch: Batch, private readonly book: Book) {
    super(batch, "Application");
  }
  scalarNames(): readonly string[] { return ["calculationMode", "calculationEngineVersion"]; }
  protected readScalar(name: string): unknown {
    return name === "calculationMode" ? this.book.state.calculationMode : 0;
  }
  get calculationMode(): string { return this.get("calculationMode"); }
  set calculationMode(v: string) {
    this.batch.requireApi("Application.calculationMode.set");
    this.set("calculationMode", v, () => (this.book.state.calculationMode = oneOf(CALCULATION_MODES, v, "calculationMode")));
  }
  get calculationEngineVersion(): number { return this.get("calculationEngineVersion"); }
  suspendApiCalculationUntilNextSync(): void {
    this.batch.requireApi("Application.suspendApiCalculationUntilNextSync");
    this.call("suspendApiCalculationUntilNextSync", null, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
  calculate(calculationType: string): void {
    this.call("calculate", { calculationType }, () => void oneOf(["Recalculate", "Full", "FullRebuild"], calculationType, "calculationType"));
  }
}

export class EmulatedWorkbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;
  private parts: { customXmlParts?: CustomXmlPartCollection; comments?: CommentCollection } = {};
  constructor(private readonly batch: Batch, private readonly book: Book) {
    this.worksheets = new WorksheetCollection(batch, book);
    this.tables = new TableCollection(batch, book, () => book.state.sheets, () => book.activeSheet());
    this.names = new NamedItemCollection(batch, book);
    this.application = new Application(batch, book);
  }
  get customXmlParts(): CustomXmlPartCollection {
    return (this.parts.customXmlParts ??= new CustomXmlPartCollection(this.batch, this.book));
  }
  get comments(): CommentCollection {
    return (this.parts.comments ??= new CommentCollection(this.batch, this.book, () => this.book.state.sheets, () => this.book.activeSheet()));
  }
  /** The emulator has no selection: the active cell is A1 of the active sheet. */
  getActiveCell(): Range {
    this.batch.requireApi("Workbook.getActiveCell");
    return new Range(this.batch, this.book, () => ({ sheet: this.book.activeSheet(), box: { row: 0, col: 0, rowCount: 1, colCount: 1 } }));
  }
  getSelectedRange(): Range {
    return new Range(this.batch, this.book, () => ({ sheet: this.book.activeSheet(), box: { row: 0, col: 0, rowCount: 1, colCount: 1 } }));
  }
}

/** The request context handed to Evapor's code: one per `run`, counting its syncs. */
export class EmulatedContext {
  readonly workbook: EmulatedWorkbook;
  readonly application: Application;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  private readonly queue: BatchQueue;
  constructor(book: Book, stats: RunStats, apiVersion: string, hooks: SyncHooks) {
    this.queue = new BatchQueue(stats, apiVersion, hooks);
    this.workbook = new EmulatedWorkbook(this.queue, book);
    this.application = this.workbook.application;
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
  /** What Excel.run does after the batch returns: send what is still queued, then close the context. */
  async finish(): Promise<void> {
    try {
      if (this.queue.pending > 0) await this.queue.sync();
    } finally {
      this.queue.close();
    }
  }
  /** After a failed batch nothing more is sent. */
  abandon(): void {
    this.queue.close();
  }
}
