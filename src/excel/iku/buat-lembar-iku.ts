/**
 * "Buat lembar IKU": writes the standard IKU sheet of a year as a new sheet. One read sync (does the
 * sheet exist?), then the whole plan is queued by terapkanRencana and written in one sync — two syncs
 * for any IKU list that fits one request (about 600 indicators; DESIGN.md: at most 3 syncs per user
 * action). Longer lists cannot: Excel refuses a request over 5 MB, so the remaining rows follow in
 * blocks of ~4 MB, one sync each (potongRencanaIku). An existing sheet is never overwritten unless
 * `ganti` is asked for.
 */
import { rencanaLembarIku, type MasukanLembarIku } from "../../domain/iku/lembar-iku";
import { potongRencanaIku } from "../../domain/iku/potong";
import { namaLembarIku } from "../../domain/iku/tata-letak";
import { alamatKotak, type BlokIsi } from "../../domain/lembar/rencana";
import { isiFormula } from "../../domain/lembar/potong";
import { terapkanRencana } from "../rencana/terapkan";

export type HasilBuatLembarIku =
  | { kind: "ok"; namaLembar: string; jumlahIndikator: number }
  | { kind: "sudah-ada"; namaLembar: string };

/** The rows that did not fit the plan's request, one sync per block (each ~4 MB). */
async function tulisSisa(sheet: Excel.Worksheet, sisa: readonly BlokIsi[], context: Excel.RequestContext): Promise<void> {
  for (const blok of sisa) {
    const kotak = { baris: blok.baris, kolom: blok.kolom, jumlahBaris: blok.isi.length, jumlahKolom: blok.isi[0].length };
    sheet.getRange(alamatKotak(kotak)).formulas = blok.isi.map((b) => b.map(isiFormula));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each block must be its own request: together they pass Excel's 5 MB limit
    await context.sync();
  }
}

export async function buatLembarIku(
  context: Excel.RequestContext,
  masukan: MasukanLembarIku,
  opsi: { ganti?: boolean } = {},
): Promise<HasilBuatLembarIku> {
  const namaLembar = namaLembarIku(masukan.tahun);
  const ada = context.workbook.worksheets.getItemOrNullObject(namaLembar);
  ada.load("name");
  await context.sync();
  if (!ada.isNullObject && opsi.ganti !== true) return { kind: "sudah-ada", namaLembar };
  const { awal, sisa } = potongRencanaIku(rencanaLembarIku(masukan));
  // Replace only a sheet that exists: terapkanRencana deletes it by name.
  terapkanRencana(context, awal, { ganti: !ada.isNullObject, aktifkan: true });
  await context.sync();
  if (sisa.length > 0) await tulisSisa(context.workbook.worksheets.getItem(namaLembar), sisa, context);
  return { kind: "ok", namaLembar, jumlahIndikator: masukan.indikator.length };
}
