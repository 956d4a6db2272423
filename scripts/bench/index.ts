/**
 * The bench modules of each capability, run after the sheet read by scripts/bench.ts. Each module
 * lives in its own file here (iku.ts, sop.ts, evaluasi.ts …) and is listed once below.
 */
import type { ModulBench } from "./ukur";
import { benchIku } from "./iku";
import { benchSop } from "./sop";
import { benchEvaluasi } from "./evaluasi";
import { benchKinerja } from "./kinerja";

export const MODUL_BENCH: readonly ModulBench[] = [benchKinerja, benchIku, benchSop, benchEvaluasi];
