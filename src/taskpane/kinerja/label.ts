import type { AlasanLewati, PeranKolom } from "../../domain/baca";
import type { Translate } from "../i18n";
export { hurufKolom } from "../../domain/baca/alamat";

const ROMAWI = ["", "I", "II", "III", "IV"];

export function labelPeran(p: PeranKolom, t: Translate): string {
  switch (p.kind) {
    case "target-tw": return t("kinerja.peran.target-tw", { tw: ROMAWI[p.tw] });
    case "realisasi-tw": return t("kinerja.peran.realisasi-tw", { tw: ROMAWI[p.tw] });
    case "no": case "sasaran": case "uraian": case "indikator": case "satuan": case "target": case "target-renstra":
    case "realisasi-renstra": case "capaian": case "penanggung-jawab": case "sumber-data": case "lainnya":
      return t(`kinerja.peran.${p.kind}`);
    default: return p satisfies never;
  }
}

export function labelLewati(a: AlasanLewati, t: Translate): string {
  return t(`kinerja.lewati.${a}`);
}
