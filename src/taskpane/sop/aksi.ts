/**
 * The workbook actions of the SOP page, each one `host.run` (one Excel.run per user action). The
 * paper and instansi are read from the settings when the page opens (the page is remounted after a
 * visit to Pengaturan), so that inserting is the 2 syncs of sisipkanSop alone.
 */
import { barisInstansi, type Pengaturan, type UkuranKertas } from "../../domain/pengaturan";
import type { Sop } from "../../domain/sop";
import type { ExcelHost } from "../../excel/host";
import { readPengaturan, type HasilPengaturanWorkbook } from "../../excel/pengaturan";
import { bacaSopDariLembar } from "../../excel/sop/baca-sop";
import { sisipkanSop } from "../../excel/sop/sisipkan-sop";
import type { HasilBaca, HasilSisip } from "./state";

type Konteks = Parameters<Parameters<ExcelHost["run"]>[0]>[0];

function pengaturanDari(hasil: HasilPengaturanWorkbook): Pengaturan | null {
  switch (hasil.kind) {
    case "ok":
    case "belum-ada": return hasil.pengaturan;
    case "rusak":
    case "ganda": return null;
    default: return hasil satisfies never;
  }
}

/** A4 unless the workbook's settings say otherwise (DESIGN.md: offices print on A4 or F4). */
export const kertasDari = (hasil: HasilPengaturanWorkbook): UkuranKertas => pengaturanDari(hasil)?.kertas ?? "A4";

/**
 * Institution lines ("\n"-separated, as sisipkanSop takes them) from the settings, for an SOP whose
 * identity block names none: "KABUPATEN MALANG\nKECAMATAN KALIPARE", capitals as on the seeds' letterheads.
 */
export function instansiDari(hasil: HasilPengaturanWorkbook): string | undefined {
  const p = pengaturanDari(hasil);
  const teks = p === null ? "" : barisInstansi(p).map((b) => b.toUpperCase()).join("\n");
  return teks === "" ? undefined : teks;
}

export interface CetakSop { kertas: UkuranKertas; instansi?: string }

export async function bacaCetak(context: Konteks, tahun: number): Promise<CetakSop> {
  const pengaturan = await readPengaturan(context, tahun);
  return { kertas: kertasDari(pengaturan), instansi: instansiDari(pengaturan) };
}

export function sisipkanDenganCetak(context: Konteks, sop: Sop, cetak: CetakSop, ganti: boolean): Promise<HasilSisip> {
  return sisipkanSop(context, sop, { kertas: cetak.kertas, instansi: cetak.instansi, ganti });
}

export function bacaSop(context: Konteks): Promise<HasilBaca> {
  return bacaSopDariLembar(context);
}
