import type { UkuranKertas } from "../../domain/pengaturan/model";
import type { TanggalKalender } from "../../domain/evaluasi/kalender";
import { lanjutkan, statusBerikutnya, type HasilLanjutkan, type StatusTindakLanjut, type TindakLanjut } from "../../domain/evaluasi/tindak-lanjut";
import {
  bacaTindakLanjut, FORMAT_BARIS_TL, isiBarisTindakLanjut, JUMLAH_KOLOM_TL, KOLOM_TL, kunciTindakLanjut, namaLembarTindakLanjut,
  namaTabelTindakLanjut, rencanaLembarTindakLanjut, rencanaPerubahanStatus, type BarisTindakLanjut, type HasilBacaTindakLanjut,
} from "../../domain/evaluasi/tindak-lanjut-lembar";
import { terapkanRencana } from "../rencana/terapkan";
import { galatTidakAda } from "../errors";

export type HasilDaftarTindakLanjut = HasilBacaTindakLanjut | { kind: "lembar-tidak-ada"; namaLembar: string };

/**
 * Reads the sheet's values from A1. A range cannot be taken off a null-object sheet, so finding
 * the sheet and reading it are two syncs (the second only when it exists). When the caller knows
 * the sheet exists (`lembarAda`: the pane shows its list), one sync with getItem reads it; if it
 * has gone meanwhile, ItemNotFound sends the read down the two-sync path.
 */
async function bacaLembar(context: Excel.RequestContext, tahun: number, lembarAda = false) {
  if (lembarAda) {
    const sheet = context.workbook.worksheets.getItem(namaLembarTindakLanjut(tahun));
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values, rowIndex, columnIndex");
    const tabel = context.workbook.tables.getItemOrNullObject(namaTabelTindakLanjut(tahun));
    tabel.load("name");
    try {
      await context.sync();
      return { sheet, used, tabel };
    } catch (e) {
      if (!galatTidakAda(e)) throw e;
    }
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(namaLembarTindakLanjut(tahun));
  const tabel = context.workbook.tables.getItemOrNullObject(namaTabelTindakLanjut(tahun));
  tabel.load("name");
  await context.sync();
  if (sheet.isNullObject) return { sheet, used: null, tabel };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  return { sheet, used, tabel };
}

/** The used range as values from A1 (rows and columns before it filled with ""). */
function dariA1(used: Excel.Range): unknown[][] {
  const kiri = Array<unknown>(used.columnIndex).fill("");
  return [...Array.from({ length: used.rowIndex }, () => [] as unknown[]), ...(used.values as unknown[][]).map((r) => [...kiri, ...r])];
}

function hasilBaca(used: Excel.Range | null, tahun: number, hariIni: TanggalKalender): HasilDaftarTindakLanjut {
  if (!used) return { kind: "lembar-tidak-ada", namaLembar: namaLembarTindakLanjut(tahun) };
  if (used.isNullObject) return { kind: "bukan-lembar-tindak-lanjut" };
  return bacaTindakLanjut(dariA1(used), hariIni);
}

/** The follow-ups of "Tindak Lanjut <tahun>": 2 syncs (1 when the sheet is missing). */
export async function bacaDaftarTindakLanjut(context: Excel.RequestContext, tahun: number, hariIni: TanggalKalender): Promise<HasilDaftarTindakLanjut> {
  const { used } = await bacaLembar(context, tahun);
  return hasilBaca(used, tahun, hariIni);
}

export type HasilTambahTindakLanjut =
  | { kind: "ok"; namaLembar: string; ditambah: number; ganda: number; lembarBaru: boolean }
  | { kind: "bukan-lembar-tindak-lanjut"; namaLembar: string };

/**
 * Adds follow-ups at the end of the list, creating the sheet when it is missing; rows already in
 * the list (same rekomendasi and indikator) are skipped, nothing is overwritten. 2 syncs when it
 * creates the sheet, and when it appends to a sheet the caller knows exists (`lembarAda`); 3 when
 * it appends without that knowledge (find the sheet, read it, write).
 */
export async function tambahTindakLanjut(
  context: Excel.RequestContext,
  tahun: number,
  baru: readonly TindakLanjut[],
  opsi: { kertas: UkuranKertas; hariIni: TanggalKalender; lembarAda?: boolean },
): Promise<HasilTambahTindakLanjut> {
  const namaLembar = namaLembarTindakLanjut(tahun);
  const { sheet, used, tabel } = await bacaLembar(context, tahun, opsi.lembarAda);
  const dibaca = hasilBaca(used, tahun, opsi.hariIni);
  if (dibaca.kind === "bukan-lembar-tindak-lanjut") return { kind: "bukan-lembar-tindak-lanjut", namaLembar };
  const ada = new Set(dibaca.kind === "ok" ? dibaca.daftar.map((b) => kunciTindakLanjut(b.tindakLanjut)) : []);
  const unik: TindakLanjut[] = [];
  for (const tl of baru) {
    const k = kunciTindakLanjut(tl);
    if (!ada.has(k)) unik.push(tl);
    ada.add(k);
  }
  const ganda = baru.length - unik.length;
  if (unik.length === 0) return { kind: "ok", namaLembar, ditambah: 0, ganda, lembarBaru: false };
  if (dibaca.kind === "lembar-tidak-ada" || !used) {
    terapkanRencana(context, rencanaLembarTindakLanjut(tahun, opsi.kertas, unik), { aktifkan: true });
    await context.sync();
    return { kind: "ok", namaLembar, ditambah: unik.length, ganda, lembarBaru: true };
  }
  // Numbered after the highest No already in column A (rows the user deleted leave no gap to refill).
  const nomor = dariA1(used).reduce((m, r) => (typeof r[KOLOM_TL.no] === "number" ? Math.max(m, r[KOLOM_TL.no] as number) : m), 0);
  const isi = unik.map((tl, i) => isiBarisTindakLanjut(nomor + i + 1, tl));
  const barisAkhir = used.rowIndex + used.values.length; // 0-based row right under the used range
  const nilai = isi.map((r) => r.map((v) => (v === null || typeof v === "object" ? "" : v)));
  // Formats first (texts as "@": a recommendation starting with "=" stays text), then values.
  sheet.getRangeByIndexes(barisAkhir, 0, isi.length, JUMLAH_KOLOM_TL).numberFormat = isi.map(() => [...FORMAT_BARIS_TL]);
  // Through the table when it is there (ExcelApi 1.1; resize needs 1.13), so filters and banding cover the rows.
  if (tabel.isNullObject) sheet.getRangeByIndexes(barisAkhir, 0, isi.length, JUMLAH_KOLOM_TL).values = nilai;
  else tabel.rows.add(undefined, nilai);
  // A long recommendation wraps: the new rows are fitted to their text, as the first ones were.
  sheet.getRangeByIndexes(barisAkhir, 0, isi.length, JUMLAH_KOLOM_TL).format.autofitRows();
  await context.sync();
  return { kind: "ok", namaLembar, ditambah: unik.length, ganda, lembarBaru: false };
}

export type HasilLanjutkanStatus =
  | HasilLanjutkan
  | { kind: "bukan-lembar-tindak-lanjut" }
  | { kind: "baris-tidak-ada"; baris: number }
  | { kind: "sudah-diarsipkan"; baris: number };

/**
 * Moves the follow-up on Excel row `baris` to `ke` (by default the next status) on `tanggal`,
 * checked by the domain's state machine; writes only its Status and that status's date. 2 syncs.
 * The list was shown, so the sheet is expected: a sheet deleted meanwhile fails the first sync
 * with ItemNotFound, which the pane reports.
 */
export async function lanjutkanStatus(
  context: Excel.RequestContext,
  tahun: number,
  baris: number,
  tanggal: TanggalKalender,
  ke?: StatusTindakLanjut,
): Promise<HasilLanjutkanStatus> {
  const sheet = context.workbook.worksheets.getItem(namaLembarTindakLanjut(tahun));
  const used = sheet.getUsedRange(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  const dibaca = bacaTindakLanjut(dariA1(used), tanggal);
  if (dibaca.kind !== "ok") return dibaca;
  const item: BarisTindakLanjut | undefined = dibaca.daftar.find((b) => b.baris === baris);
  if (!item) return { kind: "baris-tidak-ada", baris };
  const tujuan = ke ?? statusBerikutnya(item.tindakLanjut.status);
  if (!tujuan) return { kind: "sudah-diarsipkan", baris };
  const hasil = lanjutkan(item.tindakLanjut, tujuan, tanggal);
  if (hasil.kind !== "ok") return hasil;
  for (const sel of rencanaPerubahanStatus(baris, tujuan, tanggal)) {
    const r = sheet.getRange(sel.alamat);
    if (sel.formatAngka) r.numberFormat = [[sel.formatAngka]];
    r.values = [[sel.nilai]];
  }
  await context.sync();
  return hasil;
}
