import { rencanaLembarEvaluasi, tataBarisEvaluasi, type MasukanLembarEvaluasi } from "../../../../src/domain/evaluasi/lembar/rencana-evaluasi";
import { jumlahBarisCetak, tinggiTeks } from "../../../../src/domain/evaluasi/lembar/teks-cetak";
import { JUMLAH_KOLOM_CETAK, KOLOM_EVALUASI, kolomEvaluasi } from "../../../../src/domain/evaluasi/lembar/tata-letak-evaluasi";
import { pengaturanAwal, type Pengaturan } from "../../../../src/domain/pengaturan/model";
import type { IsiSel, RencanaLembar } from "../../../../src/domain/lembar/rencana";
import { hitungSel } from "../../../support/formula-engine";

const pengaturan: Pengaturan = {
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "Jl. Raya" },
  kertas: "F4",
};
const masukan = (n: number, catatan?: MasukanLembarEvaluasi["catatan"]): MasukanLembarEvaluasi => ({
  tahun: 2026, tw: 3, pengaturan, catatan,
  barisIku: Array.from({ length: n }, (_, i) => ({ baris: 6 + i, indikator: `Indikator ${i + 1}` })),
});
const t = tataBarisEvaluasi(pengaturan.skala.pita.length);

function sel(r: RencanaLembar, baris: number, kolom: number): IsiSel | undefined {
  for (const b of r.blok) {
    const v = b.isi[baris - b.baris]?.[kolom - b.kolom];
    if (v !== undefined) return v;
  }
  return undefined;
}
const rumus = (v: IsiSel | undefined): string => (v !== null && typeof v === "object" ? v.rumus : "");

/** Function names used in a formula. */
const fungsi = (f: string): string[] => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
/** Shared by Excel 2016 and LibreOffice (DESIGN.md, Excel facts). */
const BOLEH = new Set(["IF", "AND", "OR", "ISNUMBER", "COUNT", "COUNTIF", "SUM", "MAX", "MIN", "TRIM", "ROWS", "AVERAGE", "NA"]);

describe("rencanaLembarEvaluasi", () => {
  it("links every indicator row to the IKU sheet with the quarter fixed", () => {
    const r = rencanaLembarEvaluasi(masukan(3));
    expect(r.nama).toBe("Evaluasi TW III 2026");
    expect(sel(r, t.header, kolomEvaluasi("target"))).toBe("Target s.d. TW III");
    expect(rumus(sel(r, t.data + 1, kolomEvaluasi("indikator")))).toBe("='IKU 2026'!C7");
    expect(rumus(sel(r, t.data + 1, kolomEvaluasi("satuan")))).toBe("=\"\"&'IKU 2026'!D7");
    const target = rumus(sel(r, t.data + 1, kolomEvaluasi("target")));
    expect(target).toContain("'IKU 2026'!K7");
    expect(target).not.toContain("D3");
    const capaian = rumus(sel(r, t.data + 1, kolomEvaluasi("capaian")));
    expect(capaian).toContain(`D${t.data + 2}`);
    expect(capaian).toContain("'IKU 2026'!E7");
    expect(rumus(sel(r, t.data + 1, kolomEvaluasi("predikat")))).toContain(`F${t.data + 2}`);
    expect(sel(r, t.data + 2, 0)).toBe(3);
  });

  it("uses only functions shared by Excel 2016 and LibreOffice", () => {
    const r = rencanaLembarEvaluasi(masukan(2));
    const semua = r.blok.flatMap((b) => b.isi.flat()).map(rumus).filter((f) => f !== "");
    expect(semua.length).toBeGreaterThan(10);
    for (const f of semua) for (const nama of fungsi(f)) expect([nama, BOLEH.has(nama)]).toEqual([nama, true]);
  });

  it("carries the free text over and leaves other rows empty", () => {
    const r = rencanaLembarEvaluasi(masukan(2, new Map([["Indikator 2", { pendukung: "", penghambat: "Hujan", rekomendasi: "=lanjutkan" }]])));
    expect(sel(r, t.data, kolomEvaluasi("penghambat"))).toBeNull();
    expect(sel(r, t.data + 1, kolomEvaluasi("penghambat"))).toBe("Hujan");
    expect(sel(r, t.data + 1, kolomEvaluasi("pendukung"))).toBeNull();
    expect(sel(r, t.data + 1, kolomEvaluasi("rekomendasi"))).toBe("=lanjutkan");
  });

  it("summary formulas count per predikat, average and no-data over the data rows", () => {
    const r = rencanaLembarEvaluasi(masukan(3));
    const labels = Array.from({ length: t.jumlahRingkasan }, (_, i) => sel(r, t.ringkasan + 1 + i, 0));
    expect(labels).toEqual(["Jumlah indikator dievaluasi", ...pengaturan.skala.pita.map((p) => `Predikat ${p.nama}`), "Rata-rata capaian (%)", "Belum ada realisasi s.d. Triwulan III"]);
    // Evaluate them on a grid standing for the data rows: capaian 95, "" and 70; predikat accordingly.
    const d = t.data + 1;
    const grid = {
      [`B${d}`]: "a", [`B${d + 1}`]: "b", [`B${d + 2}`]: "c",
      [`E${d}`]: 5, [`E${d + 1}`]: "=\"\"", [`E${d + 2}`]: 3,
      [`F${d}`]: 95, [`F${d + 1}`]: "=\"\"", [`F${d + 2}`]: 70,
      [`G${d}`]: "Sangat Tinggi", [`G${d + 1}`]: "=\"\"", [`G${d + 2}`]: "Sedang",
    };
    const nilai = (i: number) => hitungSel({ ...grid, Z1: rumus(sel(r, t.ringkasan + 1 + i, 2)) }, "Z1");
    expect(nilai(0)).toBe(3);
    expect(pengaturan.skala.pita.map((_, i) => nilai(1 + i))).toEqual([1, 0, 1, 0, 0]);
    expect(nilai(1 + pengaturan.skala.pita.length)).toBeCloseTo(82.5, 9);
    expect(nilai(2 + pengaturan.skala.pita.length)).toBe(1);
  });

  it("gives the header row room for its longest wrapped heading, so nothing is cut off on paper", () => {
    const r = rencanaLembarEvaluasi(masukan(4));
    const tinggi = r.tinggiBaris?.find((x) => x.baris === t.header)?.tinggi ?? 0;
    // "Realisasi s.d. TW III" wraps to three lines of ~15 pt in its 66-point column.
    expect(jumlahBarisCetak("Realisasi s.d. TW III", KOLOM_EVALUASI[kolomEvaluasi("realisasi")].lebar)).toBe(3);
    expect(tinggi).toBeGreaterThanOrEqual(3 * 15);
    for (const k of KOLOM_EVALUASI) expect(tinggi).toBeGreaterThanOrEqual(tinggiTeks(k.judul(3), k.lebar));
  });

  it("puts the chart beside the summary on its own columns, and prints landscape one page wide", () => {
    const r = rencanaLembarEvaluasi(masukan(4));
    const g = r.grafik?.[0];
    expect(g?.kategori).toEqual({ baris: t.data, kolom: kolomEvaluasi("grafik-indikator"), jumlahBaris: 4, jumlahKolom: 1 });
    expect(g?.seri.map((s) => [s.nilai.kolom, s.jenis])).toEqual([[kolomEvaluasi("grafik-capaian"), undefined], [kolomEvaluasi("grafik-target"), "garis"]]);
    expect(sel(r, t.data, kolomEvaluasi("grafik-target"))).toBe(100);
    // The chart's top is the summary title row's top: row heights above it are all fixed.
    const tinggi = new Map(r.tinggiBaris?.map((x) => [x.baris, x.tinggi]));
    const atas = Array.from({ length: t.ringkasan }, (_, i) => tinggi.get(i) ?? NaN).reduce((a, b) => a + b, 0);
    expect(g?.y).toBe(atas);
    expect((g?.y ?? 0) + (g?.tinggi ?? 0)).toBeLessThanOrEqual(atas + t.tinggiBlok * 16);
    const lebar = KOLOM_EVALUASI.slice(0, JUMLAH_KOLOM_CETAK).reduce((a, k) => a + k.lebar, 0);
    expect((g?.x ?? 0) + (g?.lebar ?? 0)).toBeLessThanOrEqual(lebar);
    expect(r.halaman).toMatchObject({ orientasi: "lanskap", kertas: "F4", satuHalamanLebar: true, judulCetak: { dari: t.header, sampai: t.header } });
    expect(r.halaman.areaCetak).toEqual({ baris: 0, kolom: 0, jumlahBaris: t.data + 4, jumlahKolom: JUMLAH_KOLOM_CETAK });
    expect(sel(r, 0, 0)).toBe("EVALUASI KINERJA TRIWULAN III TAHUN 2026");
    expect(sel(r, 2, 0)).toBe("Periode 1 Januari 2026 s.d. 30 September 2026 · sumber data: lembar IKU 2026");
  });

  it("names the office once even when the settings already say \"Kecamatan\"", () => {
    const r = rencanaLembarEvaluasi({ ...masukan(1), pengaturan: { ...pengaturan, instansi: { ...pengaturan.instansi, kecamatan: "Kecamatan Kalipare" } } });
    expect(sel(r, 1, 0)).toBe("Kecamatan Kalipare, Kabupaten Malang");
  });
});
