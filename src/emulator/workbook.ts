import type { Book } from "./book";
import { BatchQueue, type Batch, type RunStats } from "./core";
import { EmulatorError, invalidArgument, itemNotFound } from "./errors";
import type { Worksheet } from "./worksheet";
import { WorksheetCollection } from "./worksheet";
import { CustomXmlPartCollection } from "./custom-xml";
import { TableCollection } from "./tables";
import { boxAddress, parseAddress, quoteSheetName } from "./address";
import { Range } from "./range";

/** API requirement sets the emulator knows, as numbers for comparison ("1.9" → 1.09). */
export function apiNumber(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return (major ?? 0) + (minor ?? 0) / 100;
}

export class NamedItems {
  constructor(private readonly batch: Batch, private readonly book: Book) {}
  add(name: string, reference: Range | string): void {
    this.batch.enqueue({ call: "Names.add", name }, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw invalidArgument(`name ${name}`);
      if (this.book.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new EmulatorError("ItemAlreadyExists", `The name ${name} already exists.`);
      const formula = typeof reference === "string" ? reference : absoluteReference(reference);
      this.book.state.names.push({ name, formula });
    });
  }
}

/** The request context handed to Evapor's code: one per `run`, counting its syncs. */
export class EmulatedContext {
  readonly workbook: EmulatedWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculationMode: string };
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  private readonly queue: BatchQueue;
  constructor(book: Book, stats: RunStats, apiVersion: string, hooks: ConstructorParameters<typeof BatchQueue>[1]) {
    this.queue = new BatchQueue(stats, hooks);
    const level = apiNumber(apiVersion);
    const batch: Batch = {
      enqueue: (d, a) => this.queue.enqueue(d, a),
      registerNullable: (o) => this.queue.registerNullable(o),
      requireApi: (version, api) => {
        if (apiNumber(version) > level) throw new EmulatorError("ApiNotFound", `The API you are trying to use could not be found. (${api} needs ExcelApi ${version})`);
      },
    };
    this.workbook = new EmulatedWorkbook(batch, book);
    this.application = {
      suspendApiCalculationUntilNextSync: () => batch.enqueue({ call: "suspendApiCalculationUntilNextSync" }, () => undefined),
      calculationMode: "Automatic",
    };
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
  /** What Excel.run does after the batch returns: send what is still queued, if anything. */
  flush(): Promise<void> {
    return this.queue.pending > 0 ? this.queue.sync() : Promise.resolve();
  }
}

export class EmulatedWorkbook {
  readonly worksheets: WorksheetCollection;
  readonly customXmlParts: CustomXmlPartCollection;
  readonly tables: TableCollection;
  readonly names: NamedItems;
  constructor(private readonly batch: Batch, private readonly book: Book) {
    this.worksheets = new WorksheetCollection(batch, book);
    this.customXmlParts = new CustomXmlPartCollection(batch, book);
    this.tables = new TableCollection(batch, book, () => book.state.sheets);
    this.names = new NamedItems(batch, book);
  }
  getActiveCell(): Range {
    return new Range(this.batch, this.book, () => ({ sheet: this.active(), box: { row: 0, col: 0, rowCount: 1, colCount: 1 } }));
  }
  getSelectedRange(): Range { return this.getActiveCell(); }
  private active() {
    const s = this.book.sheetById(this.book.state.activeSheetId);
    if (!s) throw itemNotFound("active worksheet");
    return s;
  }
  /** workbook.getRange is not in Excel's API; Evapor goes through a worksheet. Kept for tests. */
  rangeOf(address: string): Range {
    return new Range(this.batch, this.book, () => {
      const parsed = parseAddress(address);
      const sheet = parsed?.sheetName ? this.book.sheetByName(parsed.sheetName) : this.active();
      if (!parsed || !sheet) throw invalidArgument(`address ${address}`);
      return { sheet, box: parsed.box };
    });
  }
  activeWorksheet(): Worksheet { return this.worksheets.getActiveWorksheet(); }
}

function absoluteReference(range: Range): string {
  const { sheet, box } = range.locateBox();
  return `=${quoteSheetName(sheet.name)}!${boxAddress(box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}
