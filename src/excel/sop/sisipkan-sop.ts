/**
 * "Sisipkan SOP": writes one SOP AP document as a new sheet. One read sync (does a sheet with this
 * name exist?), then the whole plan is queued by terapkanRencana and written in one sync — two
 * syncs however many steps the SOP has (DESIGN.md: at most 3 syncs per user action).
 */
import type { UkuranKertas } from "../../domain/pengaturan/model";
import { namaLembarSah } from "../../domain/lembar/rencana";
import type { Sop } from "../../domain/sop/model";
import { namaLembarSop, rencanaLembarSop } from "../../domain/sop/lembar";
import { terapkanRencana } from "../rencana/terapkan";

export interface OpsiSisipkanSop {
  kertas: UkuranKertas;
  /** Institution lines for an SOP without its own ("\n"-separated). */
  instansi?: string;
  /** Replace a sheet of the same name. */
  ganti?: boolean;
  /** Default: namaLembarSop(sop). */
  namaLembar?: string;
}

export type HasilSisipkanSop =
  | { kind: "ok"; namaLembar: string }
  | { kind: "sudah-ada"; namaLembar: string }
  | { kind: "nama-tidak-sah"; namaLembar: string };

export async function sisipkanSop(context: Excel.RequestContext, sop: Sop, opsi: OpsiSisipkanSop): Promise<HasilSisipkanSop> {
  const namaLembar = opsi.namaLembar ?? namaLembarSop(sop);
  if (!namaLembarSah(namaLembar)) return { kind: "nama-tidak-sah", namaLembar };
  const ada = context.workbook.worksheets.getItemOrNullObject(namaLembar);
  ada.load("name");
  await context.sync();
  if (!ada.isNullObject && !opsi.ganti) return { kind: "sudah-ada", namaLembar };
  const rencana = rencanaLembarSop(sop, { kertas: opsi.kertas, instansi: opsi.instansi }, namaLembar);
  terapkanRencana(context, rencana, { ganti: opsi.ganti === true && !ada.isNullObject, aktifkan: true });
  await context.sync();
  return { kind: "ok", namaLembar };
}
