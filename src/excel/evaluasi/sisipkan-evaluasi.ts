/**
 * "Sisipkan evaluasi TW n": writes the quarter's evaluation sheet, linked by formulas to the IKU
 * sheet (src/domain/evaluasi/lembar/rencana-evaluasi.ts). Re-inserting the quarter rewrites the
 * sheet and carries the Tim's free text over by indicator.
 *
 * An existing sheet is cleared and rewritten in place, not deleted: Excel turns every formula that
 * points at a deleted sheet into #REF! for good, and the Berita Acara points at this sheet's summary.
 *
 * Syncs: 2 (read, write). A range cannot be taken off a null-object sheet in the same batch, so
 * sheets are read with getItem (its ItemNotFound is the "missing" answer). Whether the evaluation
 * sheet exists decides what the first read can hold: the pane passes what it knows (`lembarAda`,
 * from the sheet names it read when the page was shown). When that hint is wrong, one more read
 * finds out: 3 syncs (DESIGN.md: ≤ 3).
 * A row carries ~3.5 KB of formulas, so one write request holds ~1,100 indicators; beyond that the
 * write goes in ~4 MB chunks, one sync each, under Excel's 5 MB request limit.
 */
import type { Triwulan } from "../../domain/evaluasi/triwulan";
import type { Pengaturan } from "../../domain/pengaturan/model";
import type { RencanaLembar } from "../../domain/lembar/rencana";
import { barisIndikatorIku, namaLembarIku } from "../../domain/iku/tata-letak";
import { bacaCatatanEvaluasi, namaLembarEvaluasi, type CatatanEvaluasi } from "../../domain/evaluasi/lembar/tata-letak-evaluasi";
import { rencanaLembarEvaluasi } from "../../domain/evaluasi/lembar/rencana-evaluasi";
import { galatTidakAda } from "../errors";
import { terapkanRencanaBertahap, terapkanSisa, tulisBlokBertahap } from "../rencana/terapkan";
import { terapkanUkuran } from "../rencana/sel";

export type HasilSisipkanEvaluasi =
  | { kind: "ok"; namaLembar: string; jumlahIndikator: number; diperbarui: boolean }
  | { kind: "lembar-iku-tidak-ada"; namaLembar: string }
  | { kind: "iku-kosong"; namaLembar: string };

/** The used range's values as if read from A1 (rows and columns before it filled with ""). */
export function nilaiDariA1(used: Excel.Range): unknown[][] {
  const kiri = Array<unknown>(used.columnIndex).fill("");
  return [...Array.from({ length: used.rowIndex }, () => [] as unknown[]), ...(used.values as unknown[][]).map((r) => [...kiri, ...r])];
}

/**
 * The plan written over an existing sheet (charts loaded): contents, formats, merges, conditional
 * formats and charts cleared first. Syncs after each ~4 MB of cells, as terapkanRencanaBertahap does.
 */
async function tulisDiTempat(context: Excel.RequestContext, sheet: Excel.Worksheet, rencana: RencanaLembar): Promise<void> {
  const semua = sheet.getRange();
  semua.clear("All");
  semua.conditionalFormats.clearAll();
  for (const c of sheet.charts.items) c.delete();
  terapkanUkuran(sheet, rencana);
  await tulisBlokBertahap(context, sheet, rencana);
  terapkanSisa(sheet, rencana, { aktifkan: true });
  await context.sync();
}

/** Both sheets read in one sync, for the sheet that is believed to exist; null when either is missing. */
async function bacaKeduanya(context: Excel.RequestContext, namaIku: string, nama: string) {
  const iku = context.workbook.worksheets.getItem(namaIku).getUsedRangeOrNullObject(true);
  iku.load("values, rowIndex, columnIndex");
  const lama = context.workbook.worksheets.getItem(nama);
  const used = lama.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  lama.charts.load("items/name");
  try {
    await context.sync();
  } catch (e) {
    if (galatTidakAda(e)) return null;
    throw e;
  }
  return { iku, lama, used };
}

export async function sisipkanEvaluasiTw(
  context: Excel.RequestContext,
  opsi: { tahun: number; tw: Triwulan; pengaturan: Pengaturan; lembarAda?: boolean },
): Promise<HasilSisipkanEvaluasi> {
  const { tahun, tw } = opsi;
  const namaIku = namaLembarIku(tahun);
  const nama = namaLembarEvaluasi(tahun, tw);
  const buatDari = (barisIku: ReturnType<typeof barisIndikatorIku>, catatan: ReadonlyMap<string, CatatanEvaluasi>) =>
    rencanaLembarEvaluasi({ tahun, tw, pengaturan: opsi.pengaturan, barisIku, catatan });

  if (opsi.lembarAda === true) {
    const dibaca = await bacaKeduanya(context, namaIku, nama);
    if (dibaca !== null) {
      const barisIku = dibaca.iku.isNullObject ? [] : barisIndikatorIku(nilaiDariA1(dibaca.iku));
      if (barisIku.length === 0) return { kind: "iku-kosong", namaLembar: namaIku };
      await tulisDiTempat(context, dibaca.lama, buatDari(barisIku, dibaca.used.isNullObject ? new Map() : bacaCatatanEvaluasi(nilaiDariA1(dibaca.used))));
      return { kind: "ok", namaLembar: nama, jumlahIndikator: barisIku.length, diperbarui: true };
    }
  }
  const iku = context.workbook.worksheets.getItem(namaIku).getUsedRangeOrNullObject(true);
  iku.load("values, rowIndex, columnIndex");
  const lama = context.workbook.worksheets.getItemOrNullObject(nama);
  lama.load("name");
  try {
    await context.sync();
  } catch (e) {
    if (galatTidakAda(e)) return { kind: "lembar-iku-tidak-ada", namaLembar: namaIku };
    throw e;
  }

  const barisIku = iku.isNullObject ? [] : barisIndikatorIku(nilaiDariA1(iku));
  if (barisIku.length === 0) return { kind: "iku-kosong", namaLembar: namaIku };
  const buat = (catatan: ReadonlyMap<string, CatatanEvaluasi>) => buatDari(barisIku, catatan);

  if (lama.isNullObject) {
    await terapkanRencanaBertahap(context, buat(new Map()), { aktifkan: true });
    return { kind: "ok", namaLembar: nama, jumlahIndikator: barisIku.length, diperbarui: false };
  }
  const used = lama.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  lama.charts.load("items/name");
  await context.sync();
  await tulisDiTempat(context, lama, buat(used.isNullObject ? new Map() : bacaCatatanEvaluasi(nilaiDariA1(used))));
  return { kind: "ok", namaLembar: nama, jumlahIndikator: barisIku.length, diperbarui: true };
}
