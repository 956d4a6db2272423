/**
 * The in-memory Excel emulator: what tests and the browser preview run Evapor's Excel code
 * against. It is strict where Excel is strict (load/sync, null objects, names, payload size,
 * protection, API level) and evaluates formulas with HyperFormula.
 */
import type { ExcelHost, OfficeThemeColors } from "../excel/host";
import { Book } from "./book";
import type { RunStats } from "./core";
import { EmulatorError } from "./errors";
import type { WorkbookSnapshot } from "./model";
import { emptyWorkbook, stateFromSnapshot, workbookSnapshot } from "./snapshot";
import { apiNumber, EmulatedContext } from "./workbook";

export type { RunStats } from "./core";
export { MAX_REQUEST_BYTES } from "./core";
export { EmulatorError } from "./errors";
export { emptyWorkbook } from "./snapshot";
export { displayText } from "./number-format";

export interface EmulatorOptions {
  workbook?: WorkbookSnapshot;
  /** The ExcelApi level the emulated host supports, "1.20" by default. */
  apiVersion?: string;
  displayLanguage?: string;
  officeTheme?: OfficeThemeColors;
}

export interface ExcelEmulator extends ExcelHost {
  snapshot(): WorkbookSnapshot;
  readonly runs: readonly RunStats[];
  lastRun(): RunStats | undefined;
  /** The next sync (or the one after `afterSyncs` more) rejects with this code. */
  failNextSync(code: string, options?: { afterSyncs?: number }): void;
  onChange(listener: () => void): () => void;
  readonly settings: { get(name: string): unknown; set(name: string, value: unknown): void; remove(name: string): void };
}

export function createExcelEmulator(options: EmulatorOptions = {}): ExcelEmulator {
  const book = new Book(stateFromSnapshot(options.workbook ?? emptyWorkbook()));
  if (options.workbook) pushFormulas(book, options.workbook);
  const apiVersion = options.apiVersion ?? "1.20";
  const runs: RunStats[] = [];
  const listeners = new Set<() => void>();
  let fault: { code: string; countdown: number } | undefined;

  const hooks = {
    beforeSync() {
      if (!fault) return;
      if (fault.countdown > 0) { fault.countdown -= 1; return; }
      const code = fault.code;
      fault = undefined;
      throw new EmulatorError(code, `Injected fault: ${code}`);
    },
    afterSync(changed: boolean) {
      if (changed) for (const l of [...listeners]) l();
    },
  };

  return {
    displayLanguage: options.displayLanguage ?? "id-ID",
    officeTheme: options.officeTheme,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const stats: RunStats = { syncs: 0, requestBytes: [], maxRequestBytes: 0 };
      runs.push(stats);
      const context = new EmulatedContext(book, stats, apiVersion, hooks);
      const result = await batch(context as unknown as Excel.RequestContext);
      await context.flush();
      return result;
    },
    isSetSupported(name: string, minVersion: string): boolean {
      return name === "ExcelApi" && apiNumber(minVersion) <= apiNumber(apiVersion);
    },
    snapshot: () => workbookSnapshot(book),
    runs,
    lastRun: () => runs[runs.length - 1],
    failNextSync(code, opts) { fault = { code, countdown: opts?.afterSyncs ?? 0 }; },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings: {
      get: (name) => book.state.settings[name] ?? null,
      set: (name, value) => { book.state.settings[name] = value; },
      remove: (name) => { delete book.state.settings[name]; },
    },
  };
}

function pushFormulas(book: Book, snap: WorkbookSnapshot): void {
  for (const sheet of snap.sheets) {
    const state = book.sheetByName(sheet.name);
    if (!state) continue;
    for (const cell of sheet.cells) {
      const input = cell.formula ?? cell.value;
      if (input !== null) book.engine.setContents(state.id, cell.row, cell.col, [[input]]);
    }
  }
}
