/**
 * "Tulis kolom capaian": writes the planned capaian columns (rencanaKolomCapaian) beside the
 * user's data. One sync reads the target block again — the user may have typed there since the
 * sheet was read — and one sync writes formulas, number formats and the header style (DESIGN.md,
 * "Excel facts": at most 3 syncs, whole 2-D arrays). Nothing is overwritten: an occupied cell stops
 * the write and is named. A block over Excel on the web's 5 MB request limit is written in row
 * slices of ~4 MB, one sync each (only sheets of several thousand indicators need that).
 */
import type { RencanaKolomCapaian } from "../../domain/baca/kolom-capaian";
import { classifyOfficeError } from "../errors";
import { hurufKolom } from "../../domain/baca/alamat";
import { potongUkuran } from "../../domain/lembar/potong";

export type RencanaKolomOk = Extract<RencanaKolomCapaian, { kind: "ok" }>;

export type HasilTambahKolomCapaian = { kind: "ok"; alamat: string } | { kind: "terisi"; alamat: string[] } | { kind: "lembar-berubah" };

/** Payload budget of one write request, under Excel on the web's 5 MB limit with room for overhead. */
export const BATAS_PERMINTAAN = 4 * 1024 * 1024;

const WARNA_JUDUL = "#DDEBF7";

/**
 * A column whose cells share one number format gets it as a single value, which Excel applies to
 * every cell (one string in the request instead of one per row); a mixed column gets the array.
 */
function tulisFormat(sheet: Excel.Worksheet, rencana: RencanaKolomOk, baris: number, awal: number, akhir: number): void {
  rencana.judul.forEach((_, j) => {
    const kolom = rencana.numberFormat.slice(awal, akhir).map((row) => row[j]);
    const range = sheet.getRangeByIndexes(baris, rencana.kolomPertama + j, akhir - awal, 1);
    range.numberFormat = kolom.every((f) => f === kolom[0]) ? (kolom[0] as unknown as string[][]) : kolom.map((f) => [f]);
  });
}

/** Row slices [awal, akhir) of the block, each under `batas` bytes of formulas and formats. */
export function potongBaris(rencana: RencanaKolomOk, batas = BATAS_PERMINTAAN): [number, number][] {
  // Formats cost one string per column unless some row differs; then count them all (safe side).
  const campur = rencana.numberFormat.some((row) => row.some((f, j) => f !== rencana.numberFormat[0][j]));
  const ukuran = rencana.formulas.map((row, i) => JSON.stringify(row).length + (campur ? JSON.stringify(rencana.numberFormat[i]).length : 0) + 8);
  return potongUkuran(ukuran, batas);
}

function barisAwal(alamat: string): number {
  const m = /^[A-Z]+(\d+):/.exec(alamat);
  return m === null ? 0 : Number(m[1]) - 1;
}

export async function tambahKolomCapaian(context: Excel.RequestContext, { namaLembar, rencana }: { namaLembar: string; rencana: RencanaKolomOk }): Promise<HasilTambahKolomCapaian> {
  const sheet = context.workbook.worksheets.getItem(namaLembar);
  const blok = sheet.getRange(rencana.alamat).load("formulas");
  try {
    await context.sync();
  } catch (e) {
    // The sheet was renamed or deleted since it was read.
    const c = classifyOfficeError(e);
    if (c.kind === "office" && c.code === "ItemNotFound") return { kind: "lembar-berubah" };
    throw e;
  }
  const baris0 = barisAwal(rencana.alamat);
  const terisi: string[] = [];
  (blok.formulas as unknown[][]).forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== "" && v !== null) terisi.push(`${hurufKolom(rencana.kolomPertama + j)}${baris0 + i + 1}`);
    }),
  );
  if (terisi.length > 0) return { kind: "terisi", alamat: terisi };
  const lebar = rencana.judul.length;
  const potong = potongBaris(rencana);
  for (const [i, [awal, akhir]] of potong.entries()) {
    // Formats first: the rule text goes into "@" (text) cells, numbers into "0.00".
    tulisFormat(sheet, rencana, baris0 + awal, awal, akhir);
    sheet.getRangeByIndexes(baris0 + awal, rencana.kolomPertama, akhir - awal, lebar).formulas = rencana.formulas.slice(awal, akhir);
    if (i === 0) {
      const judul = sheet.getRangeByIndexes(baris0, rencana.kolomPertama, 1, lebar);
      judul.format.font.bold = true;
      judul.format.fill.color = WARNA_JUDUL;
      judul.format.wrapText = true;
      sheet.getRangeByIndexes(baris0, rencana.kolomPertama, 1, 1).format.columnWidth = 220;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each slice must be its own request: together they pass Excel's 5 MB limit
    await context.sync();
  }
  return { kind: "ok", alamat: rencana.alamat };
}
