/**
 * The port through which the task pane reaches Excel. In Office it is backed by `Excel.run` and
 * `Office.context`; in tests and the browser preview by the in-memory emulator (src/emulator),
 * which implements the same type. Feature code receives a host and never reads globals.
 */
export interface ExcelHost {
  /** One user action = one call of `run` (at most 3 syncs inside it). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`, e.g. ("ExcelApi", "1.10"). */
  isSetSupported(name: string, minVersion: string): boolean;
  /** `Office.context.displayLanguage`, e.g. "id-ID" or "en-US". */
  readonly displayLanguage: string;
  /** Office theme colours when the host reports them (`Office.context.officeTheme`). */
  readonly officeTheme?: OfficeThemeColors;
}

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}
