import type { Triwulan } from "../../domain/evaluasi/triwulan";
import { bacaRekomendasi, namaLembarEvaluasi } from "../../domain/evaluasi/lembar/tata-letak-evaluasi";

export type HasilAmbilRekomendasi =
  | { kind: "ok"; namaLembar: string; rekomendasi: { baris: number; indikator: string; rekomendasi: string }[] }
  | { kind: "lembar-tidak-ada"; namaLembar: string };

/** The recommendations of the quarter's evaluation sheet: 2 syncs (find the sheet, read it). */
export async function ambilRekomendasi(context: Excel.RequestContext, tahun: number, tw: Triwulan): Promise<HasilAmbilRekomendasi> {
  const namaLembar = namaLembarEvaluasi(tahun, tw);
  const sheet = context.workbook.worksheets.getItemOrNullObject(namaLembar);
  await context.sync();
  if (sheet.isNullObject) return { kind: "lembar-tidak-ada", namaLembar };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return { kind: "ok", namaLembar, rekomendasi: [] };
  const kiri = Array<unknown>(used.columnIndex).fill("");
  const values = [...Array.from({ length: used.rowIndex }, () => [] as unknown[]), ...(used.values as unknown[][]).map((r) => [...kiri, ...r])];
  return { kind: "ok", namaLembar, rekomendasi: bacaRekomendasi(values) };
}
