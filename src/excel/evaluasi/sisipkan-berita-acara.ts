/**
 * "Berita Acara Evaluasi Kinerja": writes the quarter's record (src/domain/evaluasi/lembar/berita-acara.ts)
 * with its results linked to the evaluation sheet's summary. Two syncs: one read (the evaluation
 * sheet's values, taken with getItem so its ItemNotFound is the "missing" answer, and whether the
 * Berita Acara exists), one write. An existing Berita Acara is replaced only when asked.
 */
import type { Triwulan } from "../../domain/evaluasi/triwulan";
import type { Pengaturan } from "../../domain/pengaturan/model";
import { bacaRingkasan, namaLembarBeritaAcara, namaLembarEvaluasi } from "../../domain/evaluasi/lembar/tata-letak-evaluasi";
import { rencanaBeritaAcara } from "../../domain/evaluasi/lembar/berita-acara";
import { terapkanRencana } from "../rencana/terapkan";
import { galatTidakAda } from "../errors";
import { nilaiDariA1 } from "./sisipkan-evaluasi";

export type HasilSisipkanBeritaAcara =
  | { kind: "ok"; namaLembar: string }
  | { kind: "evaluasi-tidak-ada"; namaLembar: string }
  | { kind: "sudah-ada"; namaLembar: string };

export interface MasukanBeritaAcara {
  tahun: number;
  tw: Triwulan;
  tanggal: Date;
  tempat: string;
  nomor: string;
  tim: { nama: string; jabatan: string; nip?: string }[];
  ketuaTim: { nama: string; nip?: string };
  tindakLanjut: readonly string[];
  pengaturan: Pengaturan;
}

export async function sisipkanBeritaAcara(
  context: Excel.RequestContext,
  masukan: MasukanBeritaAcara,
  opsi: { ganti?: boolean } = {},
): Promise<HasilSisipkanBeritaAcara> {
  const { tahun, tw } = masukan;
  const namaEvaluasi = namaLembarEvaluasi(tahun, tw);
  const nama = namaLembarBeritaAcara(tahun, tw);
  const evaluasi = context.workbook.worksheets.getItem(namaEvaluasi).getUsedRangeOrNullObject(true);
  evaluasi.load("values, rowIndex, columnIndex");
  const lama = context.workbook.worksheets.getItemOrNullObject(nama);
  lama.load("name");
  try {
    await context.sync();
  } catch (e) {
    if (galatTidakAda(e)) return { kind: "evaluasi-tidak-ada", namaLembar: namaEvaluasi };
    throw e;
  }
  const ada = !lama.isNullObject;
  if (ada && opsi.ganti !== true) return { kind: "sudah-ada", namaLembar: nama };
  const ringkasan = evaluasi.isNullObject ? [] : bacaRingkasan(nilaiDariA1(evaluasi));
  // The pane builds the date from the local calendar day (new Date(y, m - 1, d)).
  const t = masukan.tanggal;
  const tanggal = { tahun: t.getFullYear(), bulan: t.getMonth() + 1, hari: t.getDate() };
  terapkanRencana(context, rencanaBeritaAcara({ ...masukan, tanggal, ringkasan }), { ganti: ada, aktifkan: true });
  await context.sync();
  return { kind: "ok", namaLembar: nama };
}
