/** The IKU sheet on paper: pages of whole column groups at a scale where each fits, text readable. */
import { SKALA_PERMENDAGRI_86_2017 } from "../../../src/domain/kinerja/predikat";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { rencanaLembarIku } from "../../../src/domain/iku/lembar-iku";
import { kelompokHalamanIku, lebarHalamanIku } from "../../../src/domain/iku/cetak-iku";
import { KOLOM_IKU } from "../../../src/domain/iku/tata-letak";
import { halamanKertas } from "../../../src/domain/sop/layout/ukuran";
import { jumlahBarisCetak } from "../../../src/domain/evaluasi/lembar/teks-cetak";

const rencana = (kertas: "A4" | "F4") =>
  rencanaLembarIku({ tahun: 2026, instansi: "Kecamatan Kalipare", skala: SKALA_PERMENDAGRI_86_2017, kertas, tw: 3, indikator: CONTOH_INDIKATOR_IKU });

describe("IKU sheet print setup", () => {
  it("splits the columns into three whole groups, every column printed once", () => {
    const k = kelompokHalamanIku();
    expect(k.map((g) => KOLOM_IKU[g[0]].kunci)).toEqual(["no", "realisasi-tw1", "target-sd-tw"]);
    expect(k.flat()).toEqual(KOLOM_IKU.map((_, i) => i));
  });

  it.each(["A4", "F4"] as const)("on %s landscape every page fits at one scale that keeps 11 pt text at 8 pt or more", (kertas) => {
    const r = rencana(kertas);
    const h = r.halaman;
    const cetak = halamanKertas(kertas).lebarCetak;
    expect(h.satuHalamanLebar).toBe(false);
    const skala = h.skala ?? 0;
    for (const lebar of lebarHalamanIku(r.lebarKolom)) expect((lebar * skala) / 100).toBeLessThanOrEqual(cetak);
    expect((11 * skala) / 100).toBeGreaterThanOrEqual(8);
    expect(h.margin).toEqual({ atas: 36, bawah: 36, kiri: 28.8, kanan: 28.8 });
    expect(h.pemisahKolom).toEqual(kelompokHalamanIku().slice(1).map((g) => g[0]));
  });

  it("gives the header row room for every wrapped heading, and puts the title in the repeated columns", () => {
    const r = rencana("A4");
    const header = r.tabel?.kotak.baris ?? -1;
    const tinggi = r.tinggiBaris?.find((t) => t.baris === header)?.tinggi ?? 0;
    KOLOM_IKU.forEach((k, i) => expect(tinggi).toBeGreaterThanOrEqual(jumlahBarisCetak(k.judul, r.lebarKolom[i]) * 15));
    expect(r.gabung?.slice(0, 2)).toEqual([0, 1].map((baris) => ({ baris, kolom: 0, jumlahBaris: 1, jumlahKolom: 3 })));
  });

  it("prints the legend whole on every page: merged and wrapped over the repeated columns, each band's text on its colour", () => {
    const r = rencana("A4");
    const judul = [0, 1, 2];
    expect(r.halaman.judulKolomCetak).toEqual({ dari: 0, sampai: 2 });
    const lebar1 = judul.reduce((a, c) => a + r.lebarKolom[c], 0);
    const teks = new Map(r.blok.flatMap((b) => b.isi.map((baris, i) => [b.baris + i, typeof baris[0] === "string" ? baris[0] : ""] as const)));
    const legenda = (r.gabung ?? []).filter((g) => g.baris > (r.tabel?.kotak.baris ?? 0) + (r.tabel?.kotak.jumlahBaris ?? 0));
    expect(legenda.every((g) => g.kolom === 0 && g.jumlahKolom === judul.length)).toBe(true);
    const pita = legenda.slice(-SKALA_PERMENDAGRI_86_2017.pita.length);
    const aturan = legenda.slice(0, -SKALA_PERMENDAGRI_86_2017.pita.length);
    expect(aturan.length).toBeGreaterThanOrEqual(9);
    expect(pita).toHaveLength(SKALA_PERMENDAGRI_86_2017.pita.length);
    for (const g of aturan) {
      const t = teks.get(g.baris) ?? "";
      const tinggi = r.tinggiBaris?.find((x) => x.baris === g.baris)?.tinggi ?? 0;
      expect(tinggi).toBeGreaterThanOrEqual(jumlahBarisCetak(t, lebar1) * 15);
    }
    SKALA_PERMENDAGRI_86_2017.pita.forEach((p, i) => {
      const isi = (r.gaya ?? []).find((g) => g.kotak.baris === pita[i].baris && g.kotak.jumlahKolom === 3)?.gaya.isi;
      expect(isi).toBe(p.warna);
      expect(teks.get(pita[i].baris)).toMatch(new RegExp(`^${p.nama}`));
    });
  });
});
