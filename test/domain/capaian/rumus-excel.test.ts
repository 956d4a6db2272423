import { SKALA_PERMENDAGRI_86_2017, predikatOf } from "../../../src/domain/kinerja/predikat";
import {
  aggregateRealisasi,
  computeCapaian,
  rumusExcelCapaian,
  rumusExcelPredikat,
  rumusExcelRealisasi,
  rumusExcelTargetSampaiTw,
  targetSampaiTw,
  type Agregasi,
  type AturanCapaian,
  type NilaiTw,
} from "../../../src/domain/capaian";
import { hitungRumus, hitungSel, type NilaiSel } from "../../support/formula-engine";
import { prng } from "../../support/prng";


const TW_SEL = ["B1", "C1", "D1", "E1"] as const;
const TWT_SEL = ["B2", "C2", "D2", "E2"] as const;
const AGREGASI: Agregasi[] = ["kumulatif", "nilai-akhir", "rata-rata"];

function sama(engine: NilaiSel, domain: number | null): void {
  if (domain === null) expect(engine).toBe("");
  else {
    expect(typeof engine).toBe("number");
    expect(Math.abs((engine as number) - domain)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(domain)));
  }
}

describe("Excel formulas agree with the domain (HyperFormula, seeded)", () => {
  const acak = prng(20240122);
  const pilih = <T,>(xs: readonly T[]): T => xs[Math.floor(acak() * xs.length)];
  const angka = (): number => pilih([0, 0, 1, 5, 7, 10, 12, 85, 90, 100, Math.round(acak() * 20000) / 100, -2]);
  const mungkin = (): number | null => (acak() < 0.25 ? null : angka());

  test("600 generated cases: capaian over aggregated realisasi and TW targets", () => {
    // An unreported cell is blank or holds text such as "n/a": both must read as "not a number".
    const sel = (v: number | null): NilaiSel => (v !== null ? v : acak() < 0.5 ? null : "n/a");
    let terhitung = 0;
    let kosong = 0;
    for (let kasus = 0; kasus < 600; kasus++) {
      const polaritas = pilih(["positif", "negatif", "stabil"] as const);
      const aturan: AturanCapaian = { polaritas };
      if (polaritas === "negatif") aturan.rumusNegatif = pilih(["selisih", "rasio"] as const);
      if (acak() < 0.3) aturan.batas = pilih([100, 120]);
      const agregasi = pilih(AGREGASI);
      const tw = pilih([1, 2, 3, 4] as const);
      const realisasi: NilaiTw = [mungkin(), mungkin(), mungkin(), mungkin()];
      const pakaiRentang = acak() < 0.3;
      const l = angka();
      const u = l + pilih([0, 0.5, 5, -1]);
      const tahunan = acak() < 0.1 ? null : angka();
      const targetTw: NilaiTw = [mungkin(), mungkin(), mungkin(), mungkin()];

      const isi: Record<string, NilaiSel> = { A3: l, B3: u, A2: tahunan };
      TW_SEL.forEach((c, i) => (isi[c] = sel(realisasi[i])));
      TWT_SEL.forEach((c, i) => (isi[c] = sel(targetTw[i])));
      isi.F1 = rumusExcelRealisasi(TW_SEL, agregasi, tw);
      isi.F2 = rumusExcelTargetSampaiTw(TWT_SEL, "A2", agregasi, tw);
      isi.G1 = rumusExcelCapaian(aturan, pakaiRentang ? { bawah: "A3", atas: "B3" } : "F2", "F1");

      const r = aggregateRealisasi(realisasi, agregasi, tw);
      const t = pakaiRentang ? { bawah: l, atas: u } : targetSampaiTw(targetTw, tahunan, agregasi, tw);
      const h = computeCapaian(t, r, aturan);
      if (h.kind === "ok") terhitung++;
      else kosong++;
      const konteks = JSON.stringify({ kasus, aturan, agregasi, tw, realisasi, targetTw, tahunan, l, u, pakaiRentang, h });
      try {
        sama(hitungSel(isi, "F1"), r);
        if (!pakaiRentang) sama(hitungSel(isi, "F2"), typeof t === "number" ? t : null);
        sama(hitungSel(isi, "G1"), h.kind === "ok" ? h.persen : null);
      } catch (e) {
        throw new Error(`${konteks}\n${String(e)}`);
      }
    }
    // The generator must exercise both outcomes, or the agreement proves little.
    expect(terhitung).toBeGreaterThan(200);
    expect(kosong).toBeGreaterThan(50);
  });

  test("predikat formula equals predikatOf, '' for ''", () => {
    const rumus = rumusExcelPredikat(SKALA_PERMENDAGRI_86_2017, "A1");
    for (const c of [0, 50.99, 51, 65.999, 66, 75, 76, 90.9, 91, 107.14, -3]) {
      expect(hitungRumus({ A1: c }, rumus)).toBe(predikatOf(c));
    }
    expect(hitungRumus({ A1: "" }, rumus)).toBe("");
    expect(hitungRumus({ A1: null }, rumus)).toBe("");
  });

  test("predikat names with quotes are doubled as Excel string literals want", () => {
    // HyperFormula 3.5 does not evaluate "" inside a literal, so this checks the text Excel reads.
    const skala = {
      nama: "x",
      pita: [
        { nama: 'A "baik"', batasBawah: 50, warna: "#000000" },
        { nama: "B", batasBawah: null, warna: "#000000" },
      ],
    };
    expect(rumusExcelPredikat(skala, "A1")).toBe('=IF(ISNUMBER(A1),IF(A1>=50,"A ""baik""","B"),"")');
  });

  test("a scale without an open band ends with its last name, as predikatOf does", () => {
    const skala = {
      nama: "x",
      pita: [
        { nama: "Baik", batasBawah: 50, warna: "#000000" },
        { nama: "Kurang", batasBawah: 20, warna: "#000000" },
      ],
    };
    expect(hitungRumus({ A1: 10 }, rumusExcelPredikat(skala, "A1"))).toBe(predikatOf(10, skala));
  });

  test("formulas use only functions Excel 2016 and LibreOffice share", () => {
    const rumus = [
      rumusExcelCapaian({ polaritas: "negatif", rumusNegatif: "rasio", batas: 120 }, { bawah: "A1", atas: "B1" }, "C1"),
      rumusExcelCapaian({ polaritas: "stabil" }, "A1", "C1"),
      ...AGREGASI.map((a) => rumusExcelRealisasi(TW_SEL, a, 4)),
      rumusExcelPredikat(SKALA_PERMENDAGRI_86_2017, "A1"),
    ].join(" ");
    const fungsi = new Set(rumus.replace(/"[^"]*"/g, "").match(/[A-Z]+(?=\()/g));
    for (const f of fungsi) expect(["IF", "AND", "OR", "ISNUMBER", "COUNT", "SUM", "MAX", "MIN", "ROUND", "ABS"]).toContain(f);
  });

  test("the worked example as a formula", () => {
    expect(rumusExcelCapaian({ polaritas: "negatif" }, "A1", "B1")).toBe(
      '=IF(AND(ISNUMBER(B1),ISNUMBER(A1)),IF(A1=0,IF(B1=0,100,0),MAX(0,(2*A1-B1)/A1*100)),"")',
    );
    expect(hitungRumus({ A1: 7, B1: 6.5 }, rumusExcelCapaian({ polaritas: "negatif" }, "A1", "B1"))).toBeCloseTo(107.142857, 5);
  });
});
