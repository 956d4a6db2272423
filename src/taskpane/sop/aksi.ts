/**
 * The workbook actions of the SOP page, each one `host.run` (one Excel.run per user action):
 * insert reads the workbook's paper and instansi from its settings in the same run.
 */
import type { Pengaturan, UkuranKertas } from "../../domain/pengaturan";
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
  const kabupaten = p?.instansi.kabupaten.trim() ?? "";
  const kecamatan = p?.instansi.kecamatan.trim() ?? "";
  const baris = [kabupaten, kecamatan === "" || /^kecamatan\b/i.test(kecamatan) ? kecamatan : `Kecamatan ${kecamatan}`];
  const teks = baris.filter((b) => b !== "").map((b) => b.toUpperCase()).join("\n");
  return teks === "" ? undefined : teks;
}

export async function bacaKertas(context: Konteks, tahun: number): Promise<UkuranKertas> {
  return kertasDari(await readPengaturan(context, tahun));
}

export async function sisipkanDenganPengaturan(context: Konteks, sop: Sop, tahun: number, ganti: boolean): Promise<HasilSisip> {
  const pengaturan = await readPengaturan(context, tahun);
  return sisipkanSop(context, sop, { kertas: kertasDari(pengaturan), instansi: instansiDari(pengaturan), ganti });
}

export function bacaSop(context: Konteks): Promise<HasilBaca> {
  return bacaSopDariLembar(context);
}
