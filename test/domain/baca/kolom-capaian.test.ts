/**
 * The formulas rencanaKolomCapaian writes, evaluated by a real engine (HyperFormula), equal
 * hitungIndikator on generated rows (DESIGN.md, "Excel facts": the workbook must compute the same
 * without the add-in).
 */
import { HyperFormula } from "hyperformula";
import { bacaIndikator, hitungIndikator, petakanLembar, rencanaKolomCapaian, type HitunganIndikator, type IndikatorTerbaca } from "../../../src/domain/baca";
import { aggregateRealisasi, type HasilCapaian } from "../../../src/domain/capaian";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import { SKALA_PERMENDAGRI_86_2017 as SKALA } from "../../../src/domain/kinerja/predikat";
import { lembarAcak, type LembarAcak, type Tata } from "./fixtures/acak";
import { lembarDari, lembarE81 } from "./fixtures/lembar";
import { hurufKolom } from "../../../src/domain/baca";
import { alamatSel } from "../../support/formula-engine";

type Nilai = number | string | boolean | null;

/** The sheet plus the planned block, evaluated; returns a reader of computed values. */
function hitungLembar(acak: LembarAcak, tw: Triwulan) {
  const { lembar, numberFormat, aturan } = acak;
  const peta = petakanLembar(lembar);
  if (peta.kind !== "ok") throw new Error(peta.kind);
  const baca = bacaIndikator(lembar, peta.peta, { numberFormat });
  const rencana = rencanaKolomCapaian(lembar, peta.peta, baca.indikator, aturan, tw, SKALA);
  if (rencana.kind !== "ok") throw new Error(rencana.kind);
  const grid: Nilai[][] = lembar.values.map((r) => r.map((v) => (v === "" ? null : (v as Nilai))));
  const barisJudul = Math.max(...peta.peta.barisHeader);
  rencana.formulas.forEach((row, i) => {
    const g = (grid[barisJudul + i] ??= []);
    row.forEach((v, j) => (g[rencana.kolomPertama + j] = v === "" ? null : v));
  });
  const lebar = Math.max(...grid.map((r) => r.length));
  const hf = HyperFormula.buildFromArray(grid.map((r) => Array.from({ length: lebar }, (_, i) => r[i] ?? null)), { licenseKey: "gpl-v3", smartRounding: false });
  const baca1 = (baris: number, kolom: number): Nilai => {
    const v = hf.getCellValue({ sheet: 0, row: baris, col: rencana.kolomPertama + kolom });
    return v === null || typeof v !== "object" ? v : v.value;
  };
  return { indikator: baca.indikator, masalah: baca.masalah, rencana, baca: baca1, aturan, hf };
}

function samaCapaian(sel: Nilai, h: HasilCapaian): void {
  if (h.kind === "ok") {
    expect(typeof sel).toBe("number");
    expect(sel as number).toBeCloseTo(h.persen, 8);
  } else expect(sel).toBe("");
}

const KASUS: [number, Tata, Triwulan][] = [
  [11, "lengkap", 1],
  [12, "lengkap", 2],
  [13, "tanpa-target-tw", 3],
  [14, "lengkap", 4],
  [15, "tw3-hilang", 3],
  [16, "tanpa-target-tw", 4],
];

describe("capaian columns evaluated by HyperFormula equal hitungIndikator", () => {
  const semua: { ind: IndikatorTerbaca; h: HitunganIndikator; aturan: ReturnType<LembarAcak["aturan"]["get"]> }[] = [];

  it.each(KASUS)("seed %i, layout %s, TW %i", (seed, tata, tw) => {
    const acak = lembarAcak(seed, 45, tata);
    const { indikator, baca, aturan, hf } = hitungLembar(acak, tw);
    expect(indikator).toHaveLength(45);
    for (const ind of indikator) {
      const a = aturan.get(ind.baris)!;
      const h = hitungIndikator(ind, a, tw, SKALA);
      semua.push({ ind, h, aturan: a });
      const persen = acak.numberFormat[ind.baris].includes("0%");
      const r = aggregateRealisasi(ind.realisasiTw, a.agregasi, tw);
      const selR = baca(ind.baris, 2);
      if (r === null) expect(selR).toBe("");
      else expect((selR as number) * (persen ? 100 : 1)).toBeCloseTo(r, 8);
      samaCapaian(baca(ind.baris, 3), h.capaianTw);
      expect(baca(ind.baris, 4)).toBe(h.predikat ?? "");
      samaCapaian(baca(ind.baris, 5), h.capaianTahunan);
      expect(String(baca(ind.baris, 0))).toContain(h.rumus);
    }
    hf.destroy();
  });

  it("covered at least 200 rows and every case the rules distinguish", () => {
    expect(semua.length).toBeGreaterThanOrEqual(200);
    const ada = (f: (x: (typeof semua)[number]) => boolean) => semua.filter(f).length;
    expect(ada((x) => x.ind.realisasiTw.some((v) => v === null))).toBeGreaterThan(20);
    expect(ada((x) => x.ind.target === 0)).toBeGreaterThan(3);
    expect(ada((x) => x.aturan?.aturan.rumusNegatif === "selisih")).toBeGreaterThan(10);
    expect(ada((x) => x.aturan?.aturan.rumusNegatif === "rasio")).toBeGreaterThan(10);
    expect(ada((x) => x.aturan?.aturan.polaritas === "stabil")).toBeGreaterThan(10);
    expect(ada((x) => x.aturan?.aturan.batas !== undefined)).toBeGreaterThan(10);
    expect(ada((x) => x.ind.target !== null && typeof x.ind.target === "object")).toBeGreaterThan(10);
    expect(ada((x) => x.h.capaianTw.kind === "tidak-terhitung" && x.h.capaianTw.alasan === "rentang-terbalik")).toBeGreaterThan(0);
    for (const g of ["kumulatif", "nilai-akhir", "rata-rata"]) expect(ada((x) => x.aturan?.agregasi === g)).toBeGreaterThan(10);
    expect(ada((x) => x.h.capaianTw.kind === "ok")).toBeGreaterThan(100);
  });
});

describe("the block rencanaKolomCapaian plans", () => {
  it("starts right of the used range on the last header row; skipped rows stay empty", async () => {
    const { lembar, numberFormat } = await lembarE81();
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    const { indikator } = bacaIndikator(lembar, peta.peta, { numberFormat });
    const r = rencanaKolomCapaian(lembar, peta.peta, indikator, new Map(), 2, SKALA);
    if (r.kind !== "ok") throw new Error(r.kind);
    const lebar = Math.max(...lembar.values.map((x) => x.length));
    expect(r.kolomPertama).toBe(lebar);
    expect(r.alamat).toBe(`${hurufKolom(lebar)}12:${hurufKolom(lebar + 5)}${lembar.values.length}`);
    expect(r.formulas[0]).toEqual(["Aturan capaian", "Target s.d. TW II", "Realisasi s.d. TW II", "Capaian TW II (%)", "Predikat TW II", "Capaian Tahunan (%)"]);
    expect(r.judul).toEqual(r.formulas[0]);
    expect(r.formulas).toHaveLength(lembar.values.length - 11);
    // Row 13 (the column-number row) and 15 (a group row) are skipped: empty strings.
    expect(r.formulas[13 - 12]).toEqual(["", "", "", "", "", ""]);
    expect(r.formulas[15 - 12]).toEqual(["", "", "", "", "", ""]);
    // Row 18 is an indicator: K columns only (O, Q are TW I and II; P is Rp and never referenced).
    expect(r.formulas[17 - 11][2]).toBe("=IF(COUNT(O18,Q18)=0,\"\",SUM(O18,Q18))");
    expect(r.formulas.flat().join(" ")).not.toMatch(/\bP\d+\b/);
    expect(r.numberFormat.every((row) => row.length === 6)).toBe(true);
  });

  it("writes a typed range as text with an apostrophe and its bounds as constants", () => {
    const lembar = lembarDari([["Indikator", "Satuan", "Target", "TW I"], ["Persentase pengaduan selesai", "%", "85 - 90", 92]]);
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    const { indikator } = bacaIndikator(lembar, peta.peta);
    const r = rencanaKolomCapaian(lembar, peta.peta, indikator, new Map(), 1, SKALA);
    if (r.kind !== "ok") throw new Error(r.kind);
    expect(r.formulas[1][1]).toBe("'85–90");
    expect(r.formulas[1][3]).toContain("ISNUMBER(85),ISNUMBER(90)");
    for (const v of r.formulas.flat()) if (typeof v === "string" && !v.startsWith("=")) expect(v).not.toMatch(/^[+\-@]/);
  });

  it("does not write formulas for a row mixing fractions under % with plain numbers, and says why", () => {
    const lembar = lembarDari([["Indikator", "Satuan", "Target", "TW I"], ["Persentase desa tertib", "%", 80, 0.85]]);
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    const { indikator } = bacaIndikator(lembar, peta.peta, { numberFormat: [["General", "General", "General", "General"], ["General", "General", "General", "0%"]] });
    expect(indikator[0].realisasiTw[0]).toBe(85);
    const r = rencanaKolomCapaian(lembar, peta.peta, indikator, new Map(), 1, SKALA);
    if (r.kind !== "ok") throw new Error(r.kind);
    expect(r.formulas[1][0]).toMatch(/^Tidak ditulis: sel baris 2 bercampur/);
    expect(r.formulas[1].slice(1)).toEqual(["", "", "", "", ""]);
  });

  it("names the cells holding numbers as text in the rule text (the formulas skip them), but not placeholders", () => {
    const lembar = lembarDari([["Indikator", "Satuan", "Target", "TW I", "TW II"], ["Indeks kepuasan masyarakat", "indeks", 80, "82,5", "-"]]);
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    const { indikator } = bacaIndikator(lembar, peta.peta);
    const r = rencanaKolomCapaian(lembar, peta.peta, indikator, new Map(), 2, SKALA);
    if (r.kind !== "ok") throw new Error(r.kind);
    expect(r.formulas[1][0]).toMatch(/; sel D2 berisi teks, bukan angka: rumus melewatinya$/);
  });

  it("has nothing to write without indicators", () => {
    const lembar = lembarDari([["Indikator", "Target"], ["Jumlah", 5]]);
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    expect(rencanaKolomCapaian(lembar, peta.peta, [], new Map(), 1, SKALA)).toEqual({ kind: "tanpa-indikator" });
  });

  it("a later read ignores the columns Evapor inserted", () => {
    const acak = lembarAcak(21, 5, "tanpa-target-tw");
    const { rencana } = hitungLembar(acak, 3);
    const values = acak.lembar.values.map((row, i) => [...row, ...rencana.formulas[i].map((v) => (typeof v === "string" && v.startsWith("=") ? 1 : v))]);
    const lembar = { ...acak.lembar, values };
    const peta = petakanLembar(lembar);
    if (peta.kind !== "ok") throw new Error(peta.kind);
    expect(peta.peta.kolom.some((k) => k.judul === "Realisasi s.d. TW III")).toBe(true);
    const ulang = bacaIndikator(lembar, peta.peta, { numberFormat: acak.numberFormat });
    for (const ind of ulang.indikator) for (const a of Object.values(ind.sel)) expect(alamatSel(a).col).toBeLessThan(rencana.kolomPertama);
  });
});
