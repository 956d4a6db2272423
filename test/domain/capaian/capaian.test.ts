import { computeCapaian, rumusTeks, type AturanCapaian, type HasilCapaian, type TargetNilai } from "../../../src/domain/capaian";

const POS: AturanCapaian = { polaritas: "positif" };
const NEG: AturanCapaian = { polaritas: "negatif" };
const RASIO: AturanCapaian = { polaritas: "negatif", rumusNegatif: "rasio" };
const STABIL: AturanCapaian = { polaritas: "stabil" };
const R = (bawah: number, atas: number): TargetNilai => ({ bawah, atas });

function nilai(h: HasilCapaian): number | string {
  return h.kind === "ok" ? h.persen : h.alasan;
}

// DESIGN.md "Capaian": worked examples of the PermenPANRB guidance and every rule, T, R → expected.
const TABEL: [string, TargetNilai | null, number | null, AturanCapaian, number | string][] = [
  ["positif R/T", 80, 60, POS, 75],
  ["positif above target, no cap", 80, 100, POS, 125],
  ["negatif selisih T=7 R=6.5", 7, 6.5, NEG, ((2 * 7 - 6.5) / 7) * 100],
  ["negatif selisih T=7 R=9", 7, 9, NEG, ((2 * 7 - 9) / 7) * 100],
  ["negatif selisih floored at 0", 7, 20, NEG, 0],
  ["negatif rasio T/R", 20, 25, RASIO, 80],
  ["negatif rasio R=0 without cap", 20, 0, RASIO, "realisasi-nol"],
  ["negatif rasio R=0 with cap", 20, 0, { ...RASIO, batas: 120 }, 120],
  ["positif range inside", R(85, 90), 87, POS, 100],
  ["positif range above: R/U", R(85, 90), 92, POS, (92 / 90) * 100],
  ["positif range below: R/L", R(85, 90), 80, POS, (80 / 85) * 100],
  ["positif range bounds inclusive", R(85, 90), 90, POS, 100],
  ["negatif range below: (2L−R)/L", R(10, 12), 8, NEG, ((20 - 8) / 10) * 100],
  ["negatif range above: (2U−R)/U", R(10, 12), 15, NEG, ((24 - 15) / 12) * 100],
  ["negatif range rasio above: U/R", R(10, 12), 15, RASIO, (12 / 15) * 100],
  ["stabil inside", R(10, 12), 11, STABIL, 100],
  ["stabil below: R/L", R(10, 12), 8, STABIL, 80],
  ["stabil above: (2U−R)/U", R(10, 12), 15, STABIL, ((24 - 15) / 12) * 100],
  ["stabil scalar on target", 50, 50, STABIL, 100],
  ["stabil scalar above", 50, 60, STABIL, 80],
  ["target 0 positif", 0, 5, POS, "target-nol"],
  ["target 0 negatif R=0", 0, 0, NEG, 100],
  ["target 0 negatif R>0", 0, 3, NEG, 0],
  ["target 0 rasio R=0", 0, 0, RASIO, 100],
  ["target 0 rasio R>0", 0, 3, RASIO, 0],
  ["empty realisasi", 80, null, POS, "realisasi-kosong"],
  ["empty realisasi wins over empty target", null, null, POS, "realisasi-kosong"],
  ["empty target", null, 5, POS, "target-kosong"],
  ["realisasi 0 is a number", 80, 0, POS, 0],
  ["cap 100", 80, 100, { ...POS, batas: 100 }, 100],
  ["cap 120 not reached", 80, 90, { ...POS, batas: 120 }, 112.5],
  ["reversed range", R(90, 85), 87, POS, "rentang-terbalik"],
  ["range 0–0 positif below", R(0, 0), -1, POS, "target-nol"],
  ["NaN realisasi", 80, Number.NaN, POS, "bukan-bilangan"],
  ["infinite target", Number.POSITIVE_INFINITY, 3, POS, "bukan-bilangan"],
];

describe("computeCapaian", () => {
  test.each(TABEL)("%s", (_nama, target, realisasi, aturan, harapan) => {
    const h = computeCapaian(target, realisasi, aturan);
    if (typeof harapan === "number") expect(nilai(h)).toBeCloseTo(harapan, 10);
    else expect(nilai(h)).toBe(harapan);
  });
  test("the guidance's rounded figures", () => {
    expect(Number(nilai(computeCapaian(7, 6.5, NEG))).toFixed(2)).toBe("107.14");
    expect(Number(nilai(computeCapaian(7, 9, NEG))).toFixed(2)).toBe("71.43");
    expect(Number(nilai(computeCapaian(R(85, 90), 92, POS))).toFixed(2)).toBe("102.22");
  });
});

describe("rumusTeks", () => {
  test("shows each rule as a readable formula", () => {
    expect(rumusTeks(POS, 80)).toBe("Capaian = R / T × 100%");
    expect(rumusTeks(NEG, 7)).toBe("Capaian = (2 × T − R) / T × 100% (paling rendah 0%)");
    expect(rumusTeks({ ...RASIO, batas: 120 }, 7)).toBe("Capaian = T / R × 100%; paling tinggi 120%");
    expect(rumusTeks(POS, R(85, 90.5))).toBe(
      "Capaian = 100% jika L ≤ R ≤ U; R / U × 100% jika R > U; R / L × 100% jika R < L (L = 85, U = 90,5)",
    );
    expect(rumusTeks(STABIL, R(1, 2))).toContain("(2 × U − R) / U × 100% (paling rendah 0%) jika R > U");
    expect(rumusTeks(NEG, R(1, 2))).toContain("(2 × L − R) / L × 100% (paling rendah 0%) jika R < L");
    expect(rumusTeks(STABIL, 5)).toContain("R / T × 100% jika R < T");
  });
});
