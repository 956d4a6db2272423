/**
 * The user corrects a column's role on the Kinerja page. A role that names one field of the row
 * (indikator, satuan, target, a quarter, Renstra, capaian) can belong to one column only: giving it
 * to a column takes it from any other (that one becomes "lainnya"), so no field is read twice.
 */
import type { PeranKolom, PetaLembar } from "./model";

function tunggal(peran: PeranKolom): boolean {
  switch (peran.kind) {
    case "indikator":
    case "satuan":
    case "target":
    case "target-tw":
    case "realisasi-tw":
    case "target-renstra":
    case "realisasi-renstra":
    case "capaian":
      return true;
    case "no":
    case "sasaran":
    case "uraian":
    case "penanggung-jawab":
    case "sumber-data":
    case "lainnya":
      return false;
    default:
      return peran satisfies never;
  }
}

const sama = (a: PeranKolom, b: PeranKolom): boolean =>
  a.kind === b.kind && ("tw" in a ? a.tw : 0) === ("tw" in b ? b.tw : 0);

/** A new map where column `kolom` (0-based sheet column) has `peran`; the input is not changed. */
export function ubahPeran(peta: PetaLembar, kolom: number, peran: PeranKolom): PetaLembar {
  const lepas = tunggal(peran);
  const baru = peta.kolom.map((k) => {
    if (k.kolom === kolom) return { ...k, peran };
    if (lepas && sama(k.peran, peran)) return { ...k, peran: { kind: "lainnya" } as const };
    return k;
  });
  // A column without a header text is not in the map yet: it joins it in sheet order.
  if (!peta.kolom.some((k) => k.kolom === kolom)) baru.push({ kolom, judul: "", peran });
  return { ...peta, kolom: baru.sort((a, b) => a.kolom - b.kolom) };
}
