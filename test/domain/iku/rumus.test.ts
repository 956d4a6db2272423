import { HyperFormula } from "hyperformula";
import {
  capaianRenstra,
  capaianTahunan,
  capaianTw,
  aggregateRealisasi,
  targetSampaiTw,
  type Agregasi,
  type AturanCapaian,
  type HasilCapaian,
  type NilaiTw,
  type TargetNilai,
} from "../../../src/domain/capaian";
import { SKALA_PERMENDAGRI_86_2017, predikatOf } from "../../../src/domain/kinerja/predikat";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import {
  KOLOM_IKU,
  refBarisIku,
  rumusIkuCapaian,
  rumusIkuCapaianRenstra,
  rumusIkuPredikat,
  rumusIkuRealisasiRenstra,
  rumusIkuRealisasiSdTw,
  rumusIkuRealisasiTahunan,
  rumusIkuTargetSdTw,
  teksAgregasi,
  teksPolaritas,
  type KunciKolomIku,
} from "../../../src/domain/iku";
import { prng } from "../../support/prng";

type Nilai = number | string | null;


interface Kasus { aturan: AturanCapaian; agregasi: Agregasi; target: TargetNilai | null; targetTw: NilaiTw; realisasiTw: NilaiTw; renstra: number | null; lalu: number | null; tw: Triwulan }

const BARIS = 6;
const kolom = (k: KunciKolomIku): number => KOLOM_IKU.findIndex((c) => c.kunci === k);

/** One IKU row (row 6) with the rule words, values and every computed formula; D3 holds the TW. */
function lembar(k: Kasus, batas?: number): Nilai[][] {
  const ref = refBarisIku(BARIS);
  const baris: Nilai[] = KOLOM_IKU.map(() => null);
  const isi = (kunci: KunciKolomIku, v: Nilai): void => { baris[kolom(kunci)] = v; };
  isi("polaritas", teksPolaritas(k.aturan));
  isi("agregasi", teksAgregasi(k.agregasi));
  if (typeof k.target === "number") isi("target", k.target);
  else if (k.target !== null) { isi("target", k.target.bawah); isi("target-atas", k.target.atas); }
  ([1, 2, 3, 4] as const).forEach((n, i) => { isi(`target-tw${n}`, k.targetTw[i]); isi(`realisasi-tw${n}`, k.realisasiTw[i]); });
  isi("target-renstra", k.renstra);
  isi("realisasi-renstra-lalu", k.lalu);
  isi("target-sd-tw", rumusIkuTargetSdTw(ref, "$D$3"));
  isi("realisasi-sd-tw", rumusIkuRealisasiSdTw(ref, "$D$3"));
  isi("capaian-sd-tw", rumusIkuCapaian(ref, ref.targetSdTw, ref.realisasiSdTw, batas));
  isi("predikat", rumusIkuPredikat(SKALA_PERMENDAGRI_86_2017, ref.capaianSdTw));
  isi("realisasi-tahunan", rumusIkuRealisasiTahunan(ref));
  isi("capaian-tahunan", rumusIkuCapaian(ref, ref.target, ref.realisasiTahunan, batas));
  isi("realisasi-renstra", rumusIkuRealisasiRenstra(ref, ref.realisasiTahunan));
  isi("capaian-renstra", rumusIkuCapaianRenstra(ref, ref.realisasiRenstra, batas));
  const rows: Nilai[][] = Array.from({ length: BARIS }, () => KOLOM_IKU.map(() => null));
  rows[2][3] = k.tw;
  rows[BARIS - 1] = baris;
  return rows;
}

const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
function hitung(rows: Nilai[][]): (k: KunciKolomIku) => unknown {
  hf.setSheetContent(0, rows);
  return (k) => hf.getCellValue({ sheet: 0, row: BARIS - 1, col: kolom(k) });
}

function samaHasil(engine: unknown, domain: HasilCapaian, konteks: string): void {
  if (domain.kind === "tidak-terhitung") expect([konteks, engine]).toEqual([konteks, ""]);
  else {
    expect([konteks, typeof engine]).toEqual([konteks, "number"]);
    expect(Math.abs((engine as number) - domain.persen)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(domain.persen)));
  }
}
function samaAngka(engine: unknown, domain: number | null, konteks: string): void {
  if (domain === null) expect([konteks, engine]).toEqual([konteks, ""]);
  else expect([konteks, Math.abs((engine as number) - domain) < 1e-9]).toEqual([konteks, true]);
}

const ATURAN: AturanCapaian[] = [
  { polaritas: "positif" },
  { polaritas: "negatif", rumusNegatif: "selisih" },
  { polaritas: "negatif", rumusNegatif: "rasio" },
  { polaritas: "stabil" },
];
const AGREGASI: Agregasi[] = ["kumulatif", "nilai-akhir", "rata-rata"];

function acakKasus(acak: () => number): Kasus {
  const angka = (): number | null => (acak() < 0.2 ? null : acak() < 0.1 ? 0 : Math.round(acak() * 1000) / 10);
  const empat = (): NilaiTw => [angka(), angka(), angka(), angka()];
  const rentang = acak() < 0.25;
  const bawah = Math.round(acak() * 900) / 10;
  return {
    aturan: ATURAN[Math.floor(acak() * ATURAN.length)],
    agregasi: AGREGASI[Math.floor(acak() * AGREGASI.length)],
    target: rentang ? { bawah, atas: bawah + Math.round(acak() * 100) / 10 } : angka(),
    // TW targets are not used for a range target (rumus.ts): the generated range rows have none.
    targetTw: rentang ? [null, null, null, null] : empat(),
    realisasiTw: empat(),
    renstra: angka(),
    lalu: angka(),
    tw: (1 + Math.floor(acak() * 4)) as Triwulan,
  };
}

function periksa(k: Kasus, batas?: number): void {
  const aturan = batas === undefined ? k.aturan : { ...k.aturan, batas };
  const ind = { targetTahunan: k.target, targetTw: k.targetTw, realisasiTw: k.realisasiTw, agregasi: k.agregasi, aturan };
  const sel = hitung(lembar(k, batas));
  const konteks = JSON.stringify(k);
  const targetSd = targetSampaiTw(k.targetTw, k.target, k.agregasi, k.tw);
  samaAngka(sel("target-sd-tw"), typeof targetSd === "number" ? targetSd : targetSd === null ? null : targetSd.bawah, konteks);
  samaAngka(sel("realisasi-sd-tw"), aggregateRealisasi(k.realisasiTw, k.agregasi, k.tw), konteks);
  const tw = capaianTw(ind, k.tw);
  samaHasil(sel("capaian-sd-tw"), tw, konteks);
  expect([konteks, sel("predikat")]).toEqual([konteks, tw.kind === "ok" ? predikatOf(tw.persen) : ""]);
  samaAngka(sel("realisasi-tahunan"), aggregateRealisasi(k.realisasiTw, k.agregasi, 4), konteks);
  samaHasil(sel("capaian-tahunan"), capaianTahunan(ind), konteks);
  const tahunan = aggregateRealisasi(k.realisasiTw, k.agregasi, 4);
  samaHasil(sel("capaian-renstra"), capaianRenstra([k.lalu, tahunan], k.renstra, k.agregasi, aturan), konteks);
}

describe("IKU sheet formulas, generic over the rule cells, agree with the domain (HyperFormula)", () => {
  it("on 400 generated rows: every polaritas incl. rasio, ranges, target 0, empty quarters, each agregasi, TW from D3", () => {
    const acak = prng(2026_11_23);
    for (let i = 0; i < 400; i++) periksa(acakKasus(acak));
  });

  it("with a cap of 120 %", () => {
    const acak = prng(120);
    for (let i = 0; i < 150; i++) periksa(acakKasus(acak), 120);
  });

  it("the DESIGN.md examples: negatif 7 months vs 6.5 → 107.1 %, range 85–90 with 92 → 102.2 %", () => {
    const kosong: NilaiTw = [null, null, null, null];
    const neg = hitung(lembar({ aturan: { polaritas: "negatif" }, agregasi: "nilai-akhir", target: 7, targetTw: kosong, realisasiTw: [6.5, null, null, null], renstra: null, lalu: null, tw: 1 }));
    expect(neg("capaian-sd-tw")).toBeCloseTo(107.142857, 5);
    const rentang = hitung(lembar({ aturan: { polaritas: "positif" }, agregasi: "nilai-akhir", target: { bawah: 85, atas: 90 }, targetTw: kosong, realisasiTw: [92, null, null, null], renstra: null, lalu: null, tw: 1 }));
    expect(rentang("capaian-tahunan")).toBeCloseTo(102.2222, 4);
  });

  it("an unknown word in Polaritas or Agregasi gives an empty result, not a guess", () => {
    const k: Kasus = { aturan: { polaritas: "positif" }, agregasi: "kumulatif", target: 100, targetTw: [25, 25, 25, 25], realisasiTw: [30, null, null, null], renstra: null, lalu: null, tw: 1 };
    const rows = lembar(k);
    rows[BARIS - 1][kolom("polaritas")] = "naik";
    expect(hitung(rows)("capaian-sd-tw")).toBe("");
    const rows2 = lembar(k);
    rows2[BARIS - 1][kolom("agregasi")] = "total";
    expect(hitung(rows2)("realisasi-sd-tw")).toBe("");
    const rows3 = lembar(k);
    rows3[BARIS - 1][kolom("polaritas")] = "  Positif ";
    expect(hitung(rows3)("capaian-sd-tw")).toBeCloseTo(120, 9);
  });

  it("references another sheet with its name quoted", () => {
    expect(refBarisIku(7, "IKU 2026").capaianSdTw).toBe("'IKU 2026'!W7");
    expect(refBarisIku(7, "Pak Budi's").target).toBe("'Pak Budi''s'!G7");
    expect(rumusIkuCapaian(refBarisIku(6), "U6", "V6").length).toBeLessThan(8192);
  });
});
