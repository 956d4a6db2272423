import {
  aggregateRealisasi,
  capaianRenstra,
  capaianTahunan,
  capaianTw,
  targetSampaiTw,
  type IndikatorCapaian,
} from "../../../src/domain/capaian";

describe("aggregateRealisasi", () => {
  test("kumulatif sums the reported quarters up to TW n", () => {
    expect(aggregateRealisasi([3, 4, 5, 6], "kumulatif", 2)).toBe(7);
    expect(aggregateRealisasi([3, null, 5, null], "kumulatif", 4)).toBe(8);
    expect(aggregateRealisasi([0, null, null, null], "kumulatif", 1)).toBe(0);
  });
  test("nilai-akhir takes the last reported quarter", () => {
    expect(aggregateRealisasi([80, 82, null, 90], "nilai-akhir", 3)).toBe(82);
    expect(aggregateRealisasi([80, 82, null, 90], "nilai-akhir", 4)).toBe(90);
  });
  test("rata-rata is the mean of reported quarters", () => {
    expect(aggregateRealisasi([80, null, 90, null], "rata-rata", 4)).toBe(85);
  });
  test("null (never 0) when nothing is reported up to TW n", () => {
    expect(aggregateRealisasi([null, null, 5, 6], "kumulatif", 2)).toBeNull();
    expect(aggregateRealisasi([null, null, null, null], "rata-rata", 4)).toBeNull();
    expect(aggregateRealisasi([null, null, null, 1], "nilai-akhir", 3)).toBeNull();
  });
});

describe("targetSampaiTw", () => {
  test("kumulatif sums TW targets when all are given, else the year's target", () => {
    expect(targetSampaiTw([2, 3, 3, 2], 10, "kumulatif", 2)).toBe(5);
    expect(targetSampaiTw([2, null, 3, 2], 10, "kumulatif", 2)).toBe(10);
    expect(targetSampaiTw(undefined, 10, "kumulatif", 2)).toBe(10);
  });
  test("nilai-akhir uses TW n's own target", () => {
    expect(targetSampaiTw([70, 75, 80, 85], 85, "nilai-akhir", 2)).toBe(75);
    expect(targetSampaiTw([70, null, 80, 85], 85, "rata-rata", 2)).toBe(85);
  });
});

const dokumen: IndikatorCapaian = {
  targetTahunan: 12,
  targetTw: [3, 3, 3, 3],
  realisasiTw: [2, 4, null, null],
  agregasi: "kumulatif",
  aturan: { polaritas: "positif" },
};

describe("capaian helpers", () => {
  test("capaianTw compares s.d. TW aggregates", () => {
    expect(capaianTw(dokumen, 2)).toEqual({ kind: "ok", persen: 100 });
    expect(capaianTw(dokumen, 1)).toEqual({ kind: "ok", persen: (2 / 3) * 100 });
  });
  test("capaianTahunan uses the year's target", () => {
    expect(capaianTahunan(dokumen)).toEqual({ kind: "ok", persen: 50 });
    expect(capaianTahunan({ ...dokumen, realisasiTw: [null, null, null, null] })).toEqual({
      kind: "tidak-terhitung",
      alasan: "realisasi-kosong",
    });
  });
  test("capaianRenstra compares the cumulative realisasi with the end target", () => {
    const renstra = capaianRenstra([10, 12, null], 40, "kumulatif", { polaritas: "positif" });
    expect(renstra.kind === "ok" ? renstra.persen : renstra.alasan).toBeCloseTo(55, 10);
    expect(capaianRenstra([70, 78], 80, "nilai-akhir", { polaritas: "positif" })).toEqual({ kind: "ok", persen: 97.5 });
  });
});
