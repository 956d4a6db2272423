/**
 * The in-memory Excel emulator: what tests and the browser preview run Evapor's Excel code
 * against. It is strict where Excel is strict (load/sync, null objects, names, payload size,
 * protection, API level) and evaluates formulas with HyperFormula (GPL: never in the add-in bundle).
 */
import type { ExcelHost, OfficeThemeColors } from "../excel/host";
import { apiNumber } from "./api-levels";
import { Book } from "./book";
import { newRunStats, type RunStats } from "./core/batch";
import { errorWithMessage } from "./errors";
import type { WorkbookSnapshot } from "./model";
import { DocumentSettings, type SettingsAccess } from "./settings";
import { emptyWorkbook, stateFromSnapshot, workbookSnapshot } from "./snapshot";
import { EmulatedContext } from "./workbook";

export type { RunStats } from "./core/batch";
export { MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES } from "./core/batch";
export { EmulatorError } from "./errors";
export { emptyWorkbook } from "./snapshot";
export { displayText } from "./number-format";
export { API_LEVELS } from "./api-levels";
export type { SettingsAccess } from "./settings";

export interface EmulatorOptions {
  workbook?: WorkbookSnapshot;
  /** The ExcelApi level the emulated host supports, "1.20" by default. */
  apiVersion?: string;
  displayLanguage?: string;
  officeTheme?: OfficeThemeColors;
}

export interface ExcelEmulator extends ExcelHost {
  /** A deep copy of the workbook now (computed formula results included). */
  snapshot(): WorkbookSnapshot;
  /** One entry per `run`: its syncs and the byte size of each request and response. */
  readonly runs: readonly RunStats[];
  lastRun(): RunStats | undefined;
  /** The next sync (or the one after `afterSyncs` more) rejects with this code, applying nothing. */
  failNextSync(code: string, options?: { afterSyncs?: number }): void;
  /** Called after each sync that changed the workbook; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Office.context.document.settings: get/set/remove in memory, saveAsync writes them to the file. */
  readonly settings: SettingsAccess;
}

export function createExcelEmulator(options: EmulatorOptions = {}): ExcelEmulator {
  const snap = options.workbook ?? emptyWorkbook();
  const book = new Book(stateFromSnapshot(snap));
  loadFormulas(book, snap);
  const apiVersion = options.apiVersion ?? "1.20";
  if (!(apiNumber(apiVersion) > 0)) throw new Error(`apiVersion "${apiVersion}" is not a requirement-set version such as "1.9"`);
  const runs: RunStats[] = [];
  const listeners = new Set<() => void>();
  let fault: { code: string; countdown: number } | undefined;
  const notify = () => {
    for (const l of [...listeners]) l();
  };

  const hooks = {
    beforeSync() {
      if (!fault) return;
      if (fault.countdown > 0) {
        fault.countdown -= 1;
        return;
      }
      const code = fault.code;
      fault = undefined;
      throw errorWithMessage(code, `Injected fault: ${code}`);
    },
    afterSync(changed: boolean) {
      book.engine.settle();
      if (changed) notify();
    },
  };

  return {
    displayLanguage: options.displayLanguage ?? "id-ID",
    officeTheme: options.officeTheme,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const stats = newRunStats();
      runs.push(stats);
      const context = new EmulatedContext(book, stats, apiVersion, hooks);
      let result: T;
      try {
        result = await batch(context as unknown as Excel.RequestContext);
      } catch (error) {
        context.abandon();
        throw error;
      }
      await context.finish();
      return result;
    },
    isSetSupported(name: string, minVersion: string): boolean {
      return name === "ExcelApi" && apiNumber(minVersion) <= apiNumber(apiVersion);
    },
    snapshot: () => workbookSnapshot(book),
    runs,
    lastRun: () => runs[runs.length - 1],
    failNextSync(code, opts) {
      fault = { code, countdown: opts?.afterSyncs ?? 0 };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings: new DocumentSettings(book.state, notify),
  };
}

/** Formulas and constants of a starting snapshot go to HyperFormula, names too. */
function loadFormulas(book: Book, snap: WorkbookSnapshot): void {
  for (const sheet of snap.sheets) {
    const state = book.sheetByName(sheet.name);
    if (!state) continue;
    for (const cell of sheet.cells) {
      if (cell.formula !== undefined) book.engine.setRow(state.id, cell.row, cell.col, [{ formula: cell.formula }]);
      else if (cell.value !== null) book.engine.setRow(state.id, cell.row, cell.col, [{ value: cell.value }]);
    }
  }
  for (const n of snap.names) book.engine.addName(n.name, n.formula);
  book.engine.settle();
}
