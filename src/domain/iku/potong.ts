/**
 * Splitting an IKU plan whose data rows would not fit in one request: every computed cell holds a
 * formula of ~1 KB (the generic formulas branch on four rules × three aggregations × four TWs), so
 * about 6 KB a row, and Excel refuses a request over 5 MB (Office add-in resource limits). The first
 * part (the whole plan with the first rows) goes in one sync; each further block in its own.
 */
import { DATA_MULAI } from "./tata-letak";
import type { BlokIsi, RencanaLembar } from "../lembar/rencana";
import { potongBlok } from "../lembar/potong";

/** Bytes of data rows per sync we allow ourselves: under Excel's 5 MB with room for the rest of the plan (its number formats and styles travel in the same request as the first rows). */
export const ANGGARAN_BYTE = 2_000_000;

export function potongRencanaIku(rencana: RencanaLembar, anggaran = ANGGARAN_BYTE): { awal: RencanaLembar; sisa: BlokIsi[] } {
  const data = rencana.blok.find((b) => b.baris === DATA_MULAI - 1);
  if (data === undefined) return { awal: rencana, sisa: [] };
  const [pertama, ...sisa] = potongBlok(data, anggaran);
  if (pertama === undefined) return { awal: rencana, sisa: [] };
  return { awal: { ...rencana, blok: rencana.blok.map((b) => (b === data ? pertama : b)) }, sisa };
}
