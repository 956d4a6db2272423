import type { LembarMentah } from "../domain/baca";

export interface LembarAktif {
  lembar: LembarMentah;
  /** Number formats of the same cells, so that 0.85 under "0%" reads as 85 %. */
  numberFormat: string[][];
}

/**
 * Reads the active sheet's used range for "Baca lembar aktif": values and number formats in one
 * sync (whole 2-D arrays). Merges are not read: getMergedAreas needs ExcelApi 1.13 and Evapor
 * requires 1.9, so the header reader rebuilds spans from the empty cells a merge leaves.
 */
export async function readLembarAktif(context: Excel.RequestContext): Promise<LembarAktif | { kind: "lembar-kosong"; nama: string }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, numberFormat, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return { kind: "lembar-kosong", nama: sheet.name };
  return {
    lembar: { nama: sheet.name, baris0: used.rowIndex, kolom0: used.columnIndex, values: used.values, merges: [] },
    numberFormat: used.numberFormat as string[][],
  };
}
