/**
 * "Buat lembar IKU dari data ini": the indicators read from the user's own sheet, with the rules the
 * user confirmed, as rows of the standard IKU sheet (../iku/tata-letak.ts). Penanggung jawab and
 * sumber data come along when the sheet has those columns.
 */
import type { IndikatorIku } from "../iku/tata-letak";
import { teksSel } from "./judul";
import type { LembarMentah, PetaLembar } from "./model";
import type { AturanIndikator, IndikatorTerbaca } from "./terbaca";

const KOSONG4 = [null, null, null, null] as const;

function teksKolom(lembar: LembarMentah, peta: PetaLembar, baris: number, peran: "penanggung-jawab" | "sumber-data"): string {
  const k = peta.kolom.find((x) => x.peran.kind === peran);
  if (k === undefined) return "";
  return teksSel(lembar.values[baris - lembar.baris0]?.[k.kolom - lembar.kolom0]);
}

export function indikatorKeIku(
  lembar: LembarMentah,
  peta: PetaLembar,
  indikator: readonly IndikatorTerbaca[],
  aturan: ReadonlyMap<number, AturanIndikator>,
): IndikatorIku[] {
  const renstraLalu = peta.kolom.some((k) => k.peran.kind === "realisasi-renstra" && /lalu/i.test(k.judul));
  return indikator.map((ind) => {
    const a = aturan.get(ind.baris) ?? ind.aturanTebakan;
    return {
      sasaran: ind.sasaran,
      indikator: ind.indikator,
      satuan: ind.satuan,
      aturan: a.aturan,
      agregasi: a.agregasi,
      target: ind.target,
      targetTw: ind.targetTw ?? KOSONG4,
      realisasiTw: ind.realisasiTw,
      targetRenstra: ind.targetRenstra,
      // The IKU sheet adds this year's realisasi to "realisasi Renstra s.d. tahun lalu" (form E.81
      // column 6); a Renstra column that is not "… tahun lalu" already holds this year's and is left out.
      realisasiRenstraLalu: renstraLalu ? ind.realisasiRenstra : null,
      penanggungJawab: teksKolom(lembar, peta, ind.baris, "penanggung-jawab"),
      sumberData: teksKolom(lembar, peta, ind.baris, "sumber-data"),
    };
  });
}
