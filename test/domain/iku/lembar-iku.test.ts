/** The IKU sheet plan: layout contract, validations, formats, and its formulas evaluated by HyperFormula. */
import { HyperFormula } from "hyperformula";
import { SKALA_PERMENDAGRI_86_2017 } from "../../../src/domain/kinerja/predikat";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { rencanaLembarIku, type MasukanLembarIku } from "../../../src/domain/iku/lembar-iku";
import { BARIS_HEADER, DATA_MULAI, KOLOM_IKU, SEL_TW, hurufKolomIku, namaTabelIku, type IndikatorIku, type KunciKolomIku } from "../../../src/domain/iku/tata-letak";
import type { IsiSel, RencanaLembar } from "../../../src/domain/lembar/rencana";
import { harapan, indikatorAcak } from "./acak-iku";

const skala = SKALA_PERMENDAGRI_86_2017;
const masukan = (indikator: readonly IndikatorIku[], lain: Partial<MasukanLembarIku> = {}): MasukanLembarIku =>
  ({ tahun: 2026, instansi: "Kecamatan Kalipare", skala, kertas: "A4", tw: 3, indikator, ...lain });
const kol = (k: KunciKolomIku) => KOLOM_IKU.findIndex((x) => x.kunci === k);

/** The plan's cells as a 2-D array (formulas as "=…"). */
function sel(r: RencanaLembar): (string | number | boolean | null)[][] {
  const g: (string | number | boolean | null)[][] = [];
  for (const b of r.blok) {
    b.isi.forEach((baris, i) => baris.forEach((v: IsiSel, j) => {
      while (g.length <= b.baris + i) g.push([]);
      g[b.baris + i][b.kolom + j] = v !== null && typeof v === "object" ? v.rumus : v;
    }));
  }
  const lebar = Math.max(...g.map((x) => x.length));
  return g.map((x) => Array.from({ length: lebar }, (_, i) => x[i] ?? null));
}

function nilaiDi(hf: HyperFormula, baris: number, k: KunciKolomIku): unknown {
  const v = hf.getCellValue({ sheet: 0, row: baris - 1, col: kol(k) });
  return v !== null && typeof v === "object" ? v.value : v;
}

function periksa(hf: HyperFormula, indikator: readonly IndikatorIku[], tw: Triwulan): void {
  indikator.forEach((ind, i) => {
    const h = harapan(ind, tw, skala);
    for (const [k, v] of Object.entries(h) as [KunciKolomIku, number | string][]) {
      const dapat = nilaiDi(hf, DATA_MULAI + i, k);
      const pesan = `${ind.indikator} ${k} tw${tw}`;
      if (typeof v === "number") expect([pesan, dapat]).toEqual([pesan, expect.closeTo(v, 6)]);
      else expect([pesan, dapat ?? ""]).toEqual([pesan, v]);
    }
  });
}

const mesin = (r: RencanaLembar) => HyperFormula.buildFromArray(sel(r), { licenseKey: "gpl-v3", smartRounding: false });

describe("rencanaLembarIku", () => {
  const r = rencanaLembarIku(masukan(CONTOH_INDIKATOR_IKU));
  const g = sel(r);

  it("writes the title, instansi, TW cell and the headers in contract order", () => {
    expect(r.nama).toBe("IKU 2026");
    expect(g[0][0]).toBe("INDIKATOR KINERJA UTAMA (IKU) TAHUN 2026");
    expect(g[1][0]).toBe("Kecamatan Kalipare");
    expect(g[2][0]).toBe("Triwulan berjalan");
    expect(g[2][3]).toBe(3);
    expect(SEL_TW).toBe("D3");
    expect(g[BARIS_HEADER - 1].slice(0, KOLOM_IKU.length)).toEqual(KOLOM_IKU.map((k) => k.judul));
    expect(r.tabel).toEqual({ nama: namaTabelIku(2026), kotak: { baris: BARIS_HEADER - 1, kolom: 0, jumlahBaris: 1 + CONTOH_INDIKATOR_IKU.length, jumlahKolom: KOLOM_IKU.length } });
    expect(r.bekukan).toEqual({ baris: BARIS_HEADER, kolom: kol("indikator") + 1 });
    expect(r.halaman).toMatchObject({ orientasi: "lanskap", kertas: "A4", satuHalamanLebar: false, judulCetak: { dari: 4, sampai: 4 }, judulKolomCetak: { dari: 0, sampai: 2 } });
    expect(r.halaman.kaki).toContain("&P");
    expect(r.lebarKolom).toHaveLength(KOLOM_IKU.length);
  });

  it("numbers the rows, writes ranges to Target Tahunan and its s.d. column, and null for empty quarters", () => {
    const rentang = CONTOH_INDIKATOR_IKU.findIndex((i) => i.target !== null && typeof i.target !== "number");
    const b = g[DATA_MULAI - 1 + rentang];
    expect(b[kol("no")]).toBe(rentang + 1);
    expect([b[kol("target")], b[kol("target-atas")]]).toEqual([82, 88]);
    expect(b[kol("realisasi-tw4")]).toBeNull();
    expect(b[kol("polaritas")]).toBe("positif");
    expect(b[kol("agregasi")]).toBe("nilai akhir");
  });

  it("puts a formula in every computed cell, also in the empty rows, using $D$3 for the TW", () => {
    const kosong = rencanaLembarIku(masukan([]));
    const data = kosong.blok.find((b) => b.baris === DATA_MULAI - 1);
    expect(data?.isi).toHaveLength(10);
    expect(rencanaLembarIku(masukan(CONTOH_INDIKATOR_IKU, { barisKosong: 3 })).tabel?.kotak.jumlahBaris).toBe(1 + CONTOH_INDIKATOR_IKU.length + 3);
    for (const rr of [r, kosong]) {
      const d = rr.blok.find((b) => b.baris === DATA_MULAI - 1);
      d?.isi.forEach((baris) => KOLOM_IKU.forEach((k, c) => {
        const v = baris[c];
        if (k.dihitung) expect(typeof v === "object" && v !== null && v.rumus.startsWith("=")).toBe(true);
        else expect(typeof v === "object" && v !== null).toBe(false);
      }));
    }
    const b0 = r.blok.find((b) => b.baris === DATA_MULAI - 1)?.isi[0][kol("target-sd-tw")];
    expect(JSON.stringify(b0)).toContain("$D$3");
  });

  it("validates TW, Polaritas, Agregasi and numeric inputs with Indonesian messages", () => {
    const v = r.validasi ?? [];
    expect(v.find((x) => x.kind === "bilangan-bulat")).toMatchObject({ min: 1, maks: 4, kotak: { baris: 2, kolom: 3 } });
    const daftar = v.filter((x) => x.kind === "daftar");
    expect(daftar.map((x) => x.kotak.kolom)).toEqual([kol("polaritas"), kol("agregasi")]);
    expect(daftar.map((x) => (x.kind === "daftar" ? x.pilihan : []))).toEqual([["positif", "negatif", "negatif (rasio)", "stabil"], ["kumulatif", "nilai akhir", "rata-rata"]]);
    const desimal = v.filter((x) => x.kind === "desimal").map((x) => x.kotak.kolom);
    expect(desimal).toEqual(expect.arrayContaining([kol("target"), kol("realisasi-tw1"), kol("target-renstra")]));
    expect(desimal).not.toContain(kol("capaian-sd-tw"));
    v.forEach((x) => expect(x.pesan).toMatch(/Isi|Pilih/));
  });

  it("colours each predikat band on Capaian s.d. TW and Predikat, and formats capaian as 0.00", () => {
    const fb = r.formatBersyarat ?? [];
    expect(fb).toHaveLength(skala.pita.length);
    fb.forEach((f, i) => {
      expect(f.isi).toBe(skala.pita[i].warna);
      expect(f.rumus).toBe(`=$${hurufKolomIku("predikat")}${DATA_MULAI}="${skala.pita[i].nama}"`);
      expect(f.kotak).toMatchObject({ baris: DATA_MULAI - 1, kolom: kol("capaian-sd-tw"), jumlahKolom: 2 });
    });
    const formatCapaian = (r.gaya ?? []).find((x) => x.kotak.kolom === kol("capaian-tahunan") && x.gaya.formatAngka !== undefined);
    expect(formatCapaian?.gaya.formatAngka).toBe("0.00");
    const dihitung = (r.gaya ?? []).filter((x) => x.gaya.isi !== undefined && x.kotak.baris === BARIS_HEADER - 1 && x.kotak.jumlahKolom === 1);
    expect(dihitung.map((x) => x.kotak.kolom)).toEqual(KOLOM_IKU.flatMap((k, c) => (k.dihitung ? [c] : [])));
  });

  it("prints a legend with the readable rules and the predikat bands under the table", () => {
    const teks = g.slice(DATA_MULAI - 1 + CONTOH_INDIKATOR_IKU.length).map((b) => b[0]).filter((x) => typeof x === "string").join("\n");
    expect(teks).toContain("Polaritas positif: Capaian = R / T × 100%");
    expect(teks).toContain("(2 × T − R) / T × 100%");
    expect(teks).toContain("Sangat Tinggi: capaian ≥ 91%");
    expect(teks).toContain("Sangat Rendah: capaian < 51%");
  });
});

describe("IKU formulas evaluated (HyperFormula) equal the domain", () => {
  it("for the worked example at every TW", () => {
    for (const tw of [1, 2, 3, 4] as const) periksa(mesin(rencanaLembarIku(masukan(CONTOH_INDIKATOR_IKU, { tw }))), CONTOH_INDIKATOR_IKU, tw);
  });

  it("for 200 generated indicators, then follows a changed TW cell and Polaritas", () => {
    const acak = indikatorAcak(200);
    const hf = mesin(rencanaLembarIku(masukan(acak, { tw: 2 })));
    periksa(hf, acak, 2);
    hf.setCellContents({ sheet: 0, row: 2, col: 3 }, 4);
    periksa(hf, acak, 4);
    hf.setCellContents({ sheet: 0, row: DATA_MULAI - 1, col: kol("polaritas") }, "negatif (rasio)");
    periksa(hf, [{ ...acak[0], aturan: { polaritas: "negatif", rumusNegatif: "rasio" } }, ...acak.slice(1)], 4);
  });
});

describe("CONTOH_INDIKATOR_IKU", () => {
  it("shows each rule once: a negatif, a nilai akhir, a range target, TW IV not yet reported", () => {
    const c = CONTOH_INDIKATOR_IKU;
    expect(c.some((i) => i.aturan.polaritas === "negatif")).toBe(true);
    expect(c.some((i) => i.agregasi === "nilai-akhir")).toBe(true);
    expect(c.some((i) => i.target !== null && typeof i.target !== "number")).toBe(true);
    expect(c.every((i) => i.realisasiTw[3] === null && i.realisasiTw[0] !== null)).toBe(true);
    expect(c.map((i) => i.indikator).join(" ")).toMatch(/Musrenbangcam[\s\S]*kependudukan[\s\S]*Siskamling/);
  });
});
