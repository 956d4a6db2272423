import { createExcelEmulator, type EmulatorOptions, type ExcelEmulator } from "../../src/emulator";

/** Runs one batch on a fresh (or given) emulator and returns what it returned. */
export async function once<T>(batch: (context: Excel.RequestContext) => Promise<T>, emu: ExcelEmulator = createExcelEmulator()): Promise<T> {
  return emu.run(batch);
}

/** The rejection of a run, for asserting on its code and shape. */
export async function failure(emu: ExcelEmulator, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<{ code?: string; name?: string; message: string; debugInfo?: unknown }> {
  try {
    await emu.run(batch);
  } catch (error) {
    return error as { code?: string; name?: string; message: string };
  }
  throw new Error("the run did not fail");
}

export const active = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getActiveWorksheet();

export function emulator(options?: EmulatorOptions): ExcelEmulator {
  return createExcelEmulator(options);
}

export type { ExcelEmulator };
