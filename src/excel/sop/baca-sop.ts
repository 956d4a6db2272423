/**
 * "Baca SOP dari lembar": reads the active sheet's values in one sync and hands them to the pure
 * sopDariLembar (texts from the cells, structure from the marker column).
 */
import type { Sop } from "../../domain/sop/model";
import { sopDariLembar, type NilaiSel } from "../../domain/sop/lembar";

export type HasilBacaSopLembar =
  | { kind: "ok"; sop: Sop; namaLembar: string }
  | { kind: "bukan-lembar-sop"; namaLembar: string };

export async function bacaSopDariLembar(context: Excel.RequestContext): Promise<HasilBacaSopLembar> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  const namaLembar = sheet.name;
  if (used.isNullObject) return { kind: "bukan-lembar-sop", namaLembar };
  // The reader counts columns from A: pad the used range back to A1.
  const kiri: NilaiSel[] = Array.from({ length: used.columnIndex }, () => null);
  const nilai: NilaiSel[][] = [
    ...Array.from({ length: used.rowIndex }, () => []),
    ...(used.values as NilaiSel[][]).map((b) => [...kiri, ...b]),
  ];
  const hasil = sopDariLembar(nilai);
  switch (hasil.kind) {
    case "ok": return { kind: "ok", sop: hasil.sop, namaLembar };
    case "bukan-lembar-sop": return { kind: "bukan-lembar-sop", namaLembar };
    default: return hasil satisfies never;
  }
}
