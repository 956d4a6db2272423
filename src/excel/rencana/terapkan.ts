/**
 * Applies a RencanaLembar: queues every operation of the plan on the context without syncing, so
 * the caller's single sync carries it (src/domain/lembar/rencana.ts; notes: at most 3 syncs per action).
 */
import type { RencanaLembar } from "../../domain/lembar/rencana";
import { alamatKotak } from "../../domain/lembar/rencana";
import { terapkanAturan } from "./aturan";
import { terapkanBentuk } from "./bentuk";
import { terapkanHalaman } from "./halaman";
import { potongBlok, terapkanGaya, terapkanPasTinggi, terapkanUkuran, tulisBlok } from "./sel";

export interface OpsiTerapkan {
  /** The sheet exists (the caller checked): delete it and add it anew with the same name. */
  ganti?: boolean;
  aktifkan?: boolean;
  /** 0-based tab position of the new sheet. */
  posisi?: number;
}

/** Payload per block slice, under the emulator's and Excel's 5 MB request limit. */
export const BATAS_POTONGAN = 4_000_000;

function siapkanLembar(context: Excel.RequestContext, rencana: RencanaLembar, opsi: OpsiTerapkan): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (opsi.ganti) sheets.getItem(rencana.nama).delete();
  const sheet = sheets.add(rencana.nama);
  if (opsi.posisi !== undefined) sheet.position = opsi.posisi;
  if (rencana.warnaTab !== undefined) sheet.tabColor = rencana.warnaTab;
  if (rencana.garisKisi !== undefined) sheet.showGridlines = rencana.garisKisi;
  terapkanUkuran(sheet, rencana);
  return sheet;
}

/** Merges, styles, rules, row fitting, shapes, page setup; the sheet activated when asked. */
export function terapkanSisa(sheet: Excel.Worksheet, rencana: RencanaLembar, opsi: OpsiTerapkan): void {
  for (const k of rencana.gabung ?? []) sheet.getRange(alamatKotak(k)).merge(false);
  for (const g of rencana.gaya ?? []) terapkanGaya(sheet.getRange(alamatKotak(g.kotak)), g.gaya, g.kotak.jumlahBaris, g.kotak.jumlahKolom);
  terapkanAturan(sheet, rencana);
  terapkanPasTinggi(sheet, rencana);
  terapkanBentuk(sheet, rencana);
  terapkanHalaman(sheet, rencana.halaman);
  if (opsi.aktifkan) sheet.activate();
}

export function terapkanRencana(context: Excel.RequestContext, rencana: RencanaLembar, opsi: OpsiTerapkan = {}): Excel.Worksheet {
  const sheet = siapkanLembar(context, rencana, opsi);
  for (const blok of rencana.blok) for (const potongan of potongBlok(blok, BATAS_POTONGAN)) tulisBlok(sheet, potongan);
  terapkanSisa(sheet, rencana, opsi);
  return sheet;
}

/**
 * As terapkanRencana, but syncs after each ~4 MB of queued cell payload, so a plan bigger than one
 * request (only very large ones, around 10,000 rows and more) still goes through: one sync per
 * chunk, never per row. Ordinary plans take exactly one sync here too.
 */
export async function terapkanRencanaBertahap(context: Excel.RequestContext, rencana: RencanaLembar, opsi: OpsiTerapkan = {}): Promise<Excel.Worksheet> {
  const sheet = siapkanLembar(context, rencana, opsi);
  await tulisBlokBertahap(context, sheet, rencana);
  terapkanSisa(sheet, rencana, opsi);
  await context.sync();
  return sheet;
}

/** The plan's cells, queued with a sync after each ~4 MB (none for a plan that fits one request). */
export async function tulisBlokBertahap(context: Excel.RequestContext, sheet: Excel.Worksheet, rencana: RencanaLembar): Promise<void> {
  let antre = 0;
  for (const blok of rencana.blok) {
    for (const potongan of potongBlok(blok, BATAS_POTONGAN)) {
      const ukuran = JSON.stringify(potongan.isi).length;
      if (antre > 0 && antre + ukuran > BATAS_POTONGAN) {
        // A sync per ~4 MB chunk (not per row) is the point of this variant: one request cannot carry more than 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        antre = 0;
      }
      antre += tulisBlok(sheet, potongan);
    }
  }
}
