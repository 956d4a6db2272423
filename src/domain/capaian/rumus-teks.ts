/**
 * The readable formula shown next to every capaian (DESIGN.md, "Capaian": Evapor shows the rule as a
 * readable formula; real tools silently change formulas, Evapor never does).
 */
import { formatId } from "./angka";
import type { AturanCapaian, TargetNilai } from "./capaian";

function batasTeks(aturan: AturanCapaian): string {
  return aturan.batas === undefined ? "" : `; paling tinggi ${formatId(aturan.batas)}%`;
}

/** E.g. "Capaian = (2 × T − R) / T × 100%, paling rendah 0%". */
export function rumusTeks(aturan: AturanCapaian, target: TargetNilai | null): string {
  const cap = batasTeks(aturan);
  const rumus = aturan.rumusNegatif ?? "selisih";
  const negatif = (t: string): string =>
    rumus === "selisih" ? `(2 × ${t} − R) / ${t} × 100% (paling rendah 0%)` : `${t} / R × 100%`;
  if (target !== null && typeof target !== "number") {
    const nilai = ` (L = ${formatId(target.bawah)}, U = ${formatId(target.atas)})`;
    switch (aturan.polaritas) {
      case "positif":
        return `Capaian = 100% jika L ≤ R ≤ U; R / U × 100% jika R > U; R / L × 100% jika R < L${nilai}${cap}`;
      case "negatif":
        return `Capaian = 100% jika L ≤ R ≤ U; ${negatif("U")} jika R > U; ${negatif("L")} jika R < L${nilai}${cap}`;
      case "stabil":
        return `Capaian = 100% jika L ≤ R ≤ U; (2 × U − R) / U × 100% (paling rendah 0%) jika R > U; R / L × 100% jika R < L${nilai}${cap}`;
      default:
        return aturan.polaritas satisfies never;
    }
  }
  switch (aturan.polaritas) {
    case "positif":
      return `Capaian = R / T × 100%${cap}`;
    case "negatif":
      return `Capaian = ${negatif("T")}${cap}`;
    case "stabil":
      return `Capaian = 100% jika R = T; R / T × 100% jika R < T; (2 × T − R) / T × 100% (paling rendah 0%) jika R > T${cap}`;
    default:
      return aturan.polaritas satisfies never;
  }
}
