/**
 * The steps that fill the sample workbook after Pengaturan and "Data Kinerja", in order. Each
 * capability adds its file here (iku.ts, sop.ts, evaluasi.ts …) and one entry below. A step runs
 * Evapor's own operations on the host, as a user of the pane would.
 * `hanyaLengkap`: only in `npm run sample` (the preview opens with the lighter workbook, so the e2e
 * tests can insert those sheets themselves).
 */
import type { ExcelHost } from "../../excel/host";
import { LANGKAH_IKU } from "./iku";
import { LANGKAH_SOP } from "./sop";
import { LANGKAH_EVALUASI } from "./evaluasi";

export interface LangkahContoh {
  nama: string;
  hanyaLengkap: boolean;
  jalankan: (host: ExcelHost, today: Date) => Promise<void>;
}

export const LANGKAH_CONTOH: readonly LangkahContoh[] = [LANGKAH_IKU, LANGKAH_SOP, LANGKAH_EVALUASI];
