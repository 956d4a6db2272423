import { ringkasEvaluasi, type HasilIndikatorTw } from "../../../src/domain/evaluasi";
import { SKALA_PERMENDAGRI_86_2017, predikatOf } from "../../../src/domain/kinerja";

const PITA = SKALA_PERMENDAGRI_86_2017.pita.map((p) => p.nama);
const ok = (indikator: string, persen: number): HasilIndikatorTw => ({
  indikator,
  capaian: { kind: "ok", persen },
  predikat: predikatOf(persen),
});

describe("ringkasEvaluasi", () => {
  it("counts indicators per predikat in scale order with zeros, averages the computed ones and lists the rest", () => {
    const hasil: HasilIndikatorTw[] = [
      ok("Partisipasi delegasi Musrenbangcam", 104.96),
      ok("Pelayanan KTP, KK dan mutasi", 92),
      { indikator: "Keaktifan Siskamling", capaian: { kind: "kosong" } },
      ok("Nilai IKM", 70),
      { indikator: "Kasus stunting", capaian: { kind: "tidak-terhitung", alasan: "target 0 (positif)" } },
      ok("Dokumen perencanaan", 40),
      { indikator: "Laporan desa", capaian: { kind: "kosong" } },
    ];
    const r = ringkasEvaluasi(hasil, PITA);
    expect(r.jumlahIndikator).toBe(7);
    expect(r.perPredikat).toEqual([
      { predikat: "Sangat Tinggi", jumlah: 2 },
      { predikat: "Tinggi", jumlah: 0 },
      { predikat: "Sedang", jumlah: 1 },
      { predikat: "Rendah", jumlah: 0 },
      { predikat: "Sangat Rendah", jumlah: 1 },
    ]);
    expect(r.jumlahTerhitung).toBe(4);
    expect(r.rataRataCapaian).toBeCloseTo((104.96 + 92 + 70 + 40) / 4, 10);
    expect(r.tanpaData).toEqual([
      { indeks: 2, indikator: "Keaktifan Siskamling" },
      { indeks: 6, indikator: "Laporan desa" },
    ]);
    expect(r.tidakTerhitung).toEqual([{ indeks: 4, indikator: "Kasus stunting", alasan: "target 0 (positif)" }]);
    expect(r.predikatLain).toEqual([]);
    expect(r.tanpaPredikat).toEqual([]);
  });

  it("has no average (null, not 0 or NaN) when nothing is computable, and zero counts for every band", () => {
    const r = ringkasEvaluasi([{ indikator: "A", capaian: { kind: "kosong" } }], PITA);
    expect(r.rataRataCapaian).toBeNull();
    expect(r.jumlahTerhitung).toBe(0);
    expect(r.perPredikat.map((p) => p.jumlah)).toEqual([0, 0, 0, 0, 0]);
    expect(ringkasEvaluasi([], PITA).rataRataCapaian).toBeNull();
  });

  it("keeps predikat names that are not on the scale, and computed indicators without a predikat, apart", () => {
    const r = ringkasEvaluasi(
      [
        { indikator: "A", capaian: { kind: "ok", persen: 95 }, predikat: "Sangat Baik" },
        { indikator: "B", capaian: { kind: "ok", persen: 96 }, predikat: " Sangat Baik " },
        { indikator: "C", capaian: { kind: "ok", persen: 80 } },
        { indikator: "D", capaian: { kind: "ok", persen: 80 }, predikat: "" },
        { indikator: "E", capaian: { kind: "kosong" }, predikat: "Tinggi" },
      ],
      PITA,
    );
    expect(r.perPredikat.every((p) => p.jumlah === 0)).toBe(true);
    expect(r.predikatLain).toEqual([{ predikat: "Sangat Baik", jumlah: 2 }]);
    expect(r.tanpaPredikat).toEqual([{ indeks: 2, indikator: "C" }, { indeks: 3, indikator: "D" }]);
    expect(r.jumlahTerhitung).toBe(4);
    expect(r.tanpaData).toEqual([{ indeks: 4, indikator: "E" }]);
  });

  it("follows the band names it is given (another office's scale)", () => {
    const r = ringkasEvaluasi([{ indikator: "A", capaian: { kind: "ok", persen: 70 }, predikat: "Cukup" }], ["Sangat Baik", "Baik", "Cukup", "Kurang"]);
    expect(r.perPredikat).toEqual([
      { predikat: "Sangat Baik", jumlah: 0 },
      { predikat: "Baik", jumlah: 0 },
      { predikat: "Cukup", jumlah: 1 },
      { predikat: "Kurang", jumlah: 0 },
    ]);
  });

  it("treats a non-finite capaian as not computable so the average stays a number", () => {
    const r = ringkasEvaluasi(
      [
        { indikator: "A", capaian: { kind: "ok", persen: Number.NaN } },
        { indikator: "B", capaian: { kind: "ok", persen: Infinity } },
        { indikator: "C", capaian: { kind: "ok", persen: 50 }, predikat: "Sangat Rendah" },
      ],
      PITA,
    );
    expect(r.rataRataCapaian).toBe(50);
    expect(r.tidakTerhitung.map((t) => t.indikator)).toEqual(["A", "B"]);
  });
});
