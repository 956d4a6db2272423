/** Shared by the bench modules: one measured row, and how it is taken. */
import type { ExcelEmulator } from "../../src/emulator";

export interface BarisBench { operation: string; variant: "evapor" | "naive" | "domain"; n: number; syncs: number; maxRequestBytes: number; cpuMs: number }

export const UKURAN = [100, 1_000, 10_000] as const;

/** A bench module: measures its operations for each size and returns the rows. */
export type ModulBench = (sizes: readonly number[]) => Promise<BarisBench[]>;

/** Runs `work` and counts the syncs and request bytes of the emulator's runs it made, and the CPU it used. */
export async function ukur(operation: string, variant: BarisBench["variant"], n: number, emu: ExcelEmulator | null, work: () => unknown): Promise<BarisBench> {
  const before = emu?.runs.length ?? 0;
  const t = process.cpuUsage();
  await work();
  const used = process.cpuUsage(t);
  const runs = emu ? emu.runs.slice(before) : [];
  return {
    operation, variant, n,
    syncs: runs.reduce((s, r) => s + r.syncs, 0),
    maxRequestBytes: runs.reduce((m, r) => Math.max(m, r.maxRequestBytes), 0),
    cpuMs: Math.round((used.user + used.system) / 100) / 10,
  };
}
