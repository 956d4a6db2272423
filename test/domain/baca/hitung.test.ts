import { bacaIndikator, hitungIndikator, petakanLembar, ringkasKinerja, type AturanIndikator, type IndikatorTerbaca } from "../../../src/domain/baca";
import { SKALA_PERMENDAGRI_86_2017 as SKALA } from "../../../src/domain/kinerja/predikat";
import { CAPAIAN_LEMBAR } from "./fixtures/capaian-lembar";
import { KANTOR } from "./fixtures/kantor";
import { lembarE81 } from "./fixtures/lembar";

function baca(lembar: typeof KANTOR): IndikatorTerbaca[] {
  const peta = petakanLembar(lembar);
  if (peta.kind !== "ok") throw new Error(peta.kind);
  return bacaIndikator(lembar, peta.peta).indikator;
}

const persen = (h: { kind: string; persen?: number }) => (h.kind === "ok" ? h.persen : null);

describe("hitungIndikator", () => {
  const [dok, aduan, ikm, perda] = baca(KANTOR);

  it("aggregates realisasi up to the quarter under the indicator's rule", () => {
    const h = hitungIndikator(dok, dok.aturanTebakan, 2, SKALA);
    expect(persen(h.capaianTw)).toBeCloseTo(((310 + 295) / 1200) * 100, 10);
    expect(h.predikat).toBe("Sangat Rendah");
    expect(h.rumus).toBe("Capaian = R / T × 100%");
    expect(persen(h.capaianTahunan)).toBeCloseTo(50.41666, 4);
    expect(h.capaianRenstra).toEqual({ kind: "tidak-terhitung", alasan: "realisasi-kosong" });
  });

  it("uses the range target: inside is 100 %, and the rule text shows L and U", () => {
    const h = hitungIndikator(aduan, aduan.aturanTebakan, 2, SKALA);
    expect(persen(h.capaianTw)).toBeCloseTo((91.5 / 90) * 100, 10);
    expect(h.rumus).toContain("L = 85, U = 90");
    expect(persen(hitungIndikator(aduan, aduan.aturanTebakan, 1, SKALA).capaianTw)).toBe(100);
  });

  it("follows the rule it is given, not the guess", () => {
    const negatif: AturanIndikator = { aturan: { polaritas: "negatif" }, agregasi: "kumulatif" };
    const h = hitungIndikator(perda, negatif, 1, SKALA);
    expect(persen(h.capaianTw)).toBeCloseTo(160, 10);
    expect(h.predikat).toBe("Sangat Tinggi");
    expect(persen(hitungIndikator(ikm, ikm.aturanTebakan, 2, SKALA).capaianTw)).toBeCloseTo((83 / 82) * 100, 10);
  });

  it("flags a sheet capaian that differs by more than 0.05 points, and only that one", () => {
    const ind = baca(CAPAIAN_LEMBAR);
    const h = ind.map((i) => hitungIndikator(i, i.aturanTebakan, 3, SKALA));
    expect(h.map((x) => x.selisihLembar)).toEqual([undefined, { lembar: 252.5, evapor: 90 }, undefined]);
  });
});

describe("ringkasKinerja", () => {
  it("counts per predikat in scale order with zeros, averages computable capaian, lists indicators without data", () => {
    const ind = baca(KANTOR);
    const kosong = { ...ind[3], baris: 99, indikator: "Belum dilaporkan", realisasiTw: [null, null, 7, null] as const };
    const semua = [...ind, kosong];
    const h = semua.map((i) => hitungIndikator(i, i.aturanTebakan, 2, SKALA));
    const r = ringkasKinerja(semua, h, 2, SKALA);
    expect(r.tw).toBe(2);
    expect(r.jumlah).toBe(5);
    expect(r.perPredikat).toEqual([
      { predikat: "Sangat Tinggi", jumlah: 2 },
      { predikat: "Tinggi", jumlah: 0 },
      { predikat: "Sedang", jumlah: 0 },
      { predikat: "Rendah", jumlah: 0 },
      { predikat: "Sangat Rendah", jumlah: 2 },
    ]);
    const nilai = h.flatMap((x) => (x.capaianTw.kind === "ok" ? [x.capaianTw.persen] : []));
    expect(nilai).toHaveLength(4);
    expect(r.rataRata).toBeCloseTo(nilai.reduce((a, b) => a + b, 0) / 4, 10);
    expect(r.tanpaData).toEqual([{ baris: 99, indikator: "Belum dilaporkan" }]);
  });

  it("has no mean when nothing is computable", () => {
    expect(ringkasKinerja([], [], 1, SKALA)).toMatchObject({ jumlah: 0, rataRata: null, tanpaData: [] });
  });
});

describe("capaian Renstra on form E.81", () => {
  it("equals the form's own column 15 (realisasi s.d. tahun n-1 against the RPJMD target)", async () => {
    const { lembar, numberFormat } = await lembarE81();
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    const atk = bacaIndikator(lembar, peta.peta, { numberFormat }).indikator.find((i) => i.baris === 17)!;
    expect(atk.realisasiRenstra).toBeCloseTo(138.6667, 3);
    const h = hitungIndikator(atk, { aturan: { polaritas: "positif" }, agregasi: "kumulatif" }, 4, SKALA);
    // AC18 of the sample: 53.33 (= 138.67 / 260 × 100).
    expect(persen(h.capaianRenstra)).toBeCloseTo(lembar.values[17][28] as number, 9);
    // The form's capaian column (Y) is the year's: 52 / 52 = 100 %, as Evapor computes at TW IV.
    expect(persen(h.capaianTw)).toBe(100);
    expect(h.selisihLembar).toBeUndefined();
  });
});
