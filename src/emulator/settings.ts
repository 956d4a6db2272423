import type { WorkbookState } from "./state";

/** The part of Office.Settings the emulator offers. */
export interface SettingsAccess {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Writes the settings into the document, as Office.context.document.settings.saveAsync does. */
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; error?: Error }) => void): void;
  /** Reads the saved settings again, dropping unsaved changes. */
  refreshAsync(callback?: (result: { status: "succeeded" | "failed"; value: SettingsAccess }) => void): void;
}

const jsonCopy = (v: unknown): unknown => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown));

/**
 * Office.context.document.settings: values live in memory after `set` and reach the document (the
 * snapshot's `settings`) only with `saveAsync`, as in Office. Values are stored as JSON, so what
 * JSON cannot hold (functions, undefined) is refused like Office refuses it.
 */
export class DocumentSettings implements SettingsAccess {
  private memory: Record<string, unknown>;
  constructor(private readonly state: WorkbookState, private readonly saved: () => void) {
    this.memory = jsonCopy(state.settings) as Record<string, unknown>;
  }
  get(name: string): unknown {
    return name in this.memory ? jsonCopy(this.memory[name]) : null;
  }
  set(name: string, value: unknown): void {
    if (typeof name !== "string" || name === "") throw new Error("Office.Settings: a setting needs a name");
    if (value === undefined || typeof value === "function") throw new Error(`Office.Settings: the value of ${name} cannot be stored as JSON`);
    this.memory[name] = jsonCopy(value);
  }
  remove(name: string): void {
    delete this.memory[name];
  }
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; error?: Error }) => void): void {
    this.state.settings = jsonCopy(this.memory) as Record<string, unknown>;
    queueMicrotask(() => {
      this.saved();
      callback?.({ status: "succeeded" });
    });
  }
  refreshAsync(callback?: (result: { status: "succeeded" | "failed"; value: SettingsAccess }) => void): void {
    this.memory = jsonCopy(this.state.settings) as Record<string, unknown>;
    queueMicrotask(() => callback?.({ status: "succeeded", value: this }));
  }
}
