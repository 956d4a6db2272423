/** layoutFlowchart: columns, rows, pages, symbols, arrows and connectors on known SOPs. */
import { layoutFlowchart, maksKolomPelaksana, PUSTAKA_SOP, susunKolom, type TataFlowchart } from "../../../../src/domain/sop";
import { sopContoh } from "./contoh";
import { periksaTata } from "./periksa";

const pustaka = (id: string) => {
  const e = PUSTAKA_SOP.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e.sop;
};
const semuaPanah = (t: TataFlowchart) => t.halaman.flatMap((h) => h.panah);
const simbolDari = (t: TataFlowchart, id: string) => t.halaman.flatMap((h) => h.simbol).find((s) => s.langkahId === id);

describe("columns", () => {
  it("lays out NO | KEGIATAN | pelaksana… | KELENGKAPAN | WAKTU | OUTPUT | KETERANGAN within the page", () => {
    const kolom = susunKolom(["Camat", "Sekcam", "Kasi", "Staf"], "A4");
    expect(kolom.map((k) => k.kunci)).toEqual(["no", "kegiatan", "pelaksana-0", "pelaksana-1", "pelaksana-2", "pelaksana-3", "kelengkapan", "waktu", "output", "keterangan"]);
    expect(kolom.map((k) => k.judul).slice(2, 6)).toEqual(["Camat", "Sekcam", "Kasi", "Staf"]);
    const lebar = kolom.reduce((s, k) => s + k.lebar, 0);
    expect(lebar).toBeLessThanOrEqual(784.29);
    expect(lebar).toBeGreaterThan(784.29 - 1);
    // the last pelaksana column carries the routing lane
    expect(kolom[5].lebar - kolom[4].lebar).toBe(22.5);
    kolom.slice(1).forEach((k, i) => expect(k.x).toBeCloseTo(kolom[i].x + kolom[i].lebar));
  });

  it("fits 7 pelaksana columns on A4 and 9 on F4 (42 pt each, KEGIATAN at least 150 pt)", () => {
    expect(maksKolomPelaksana("A4")).toBe(7);
    expect(maksKolomPelaksana("F4")).toBe(9);
    const lebar = (n: number) => {
      const kolom = susunKolom(Array.from({ length: n }, (_, i) => `P${i}`), "A4");
      return { pelaksana: kolom[2].lebar, kegiatan: kolom[1].lebar, tabel: kolom.reduce((s, k) => s + k.lebar, 0) };
    };
    expect(lebar(7)).toEqual({ pelaksana: 45, kegiatan: expect.any(Number) as number, tabel: expect.any(Number) as number });
    expect(lebar(7).kegiatan).toBeGreaterThanOrEqual(150);
    expect(lebar(7).tabel).toBeLessThanOrEqual(784.29);
    // one more does not fit: minimum widths, wider than the page (validateSop reports it)
    expect(lebar(8)).toMatchObject({ pelaksana: 42, kegiatan: 150 });
    expect(lebar(8).tabel).toBeGreaterThan(784.29);
  });

  it("gives the width F4 has beyond KEGIATAN's maximum to KELENGKAPAN and OUTPUT", () => {
    const kolom = susunKolom(["A", "B", "C"], "F4");
    expect(kolom.find((k) => k.kunci === "kegiatan")?.lebar).toBe(259.5);
    expect(kolom.find((k) => k.kunci === "kelengkapan")?.lebar).toBeGreaterThan(84);
  });
});

describe("steps per page", () => {
  it("follows from the printable height, the header and the row height", () => {
    // Kalipare Evaluasi Data Kinerja: role names on 2 lines (29.25 pt), short texts (57 pt rows).
    const a4 = layoutFlowchart(pustaka("kalipare-evaluasi-data-kinerja"), { kertas: "A4" });
    expect(a4.barisTinggi).toEqual({ kepalaGrup: 18, kepalaNama: 29.25, nomorKolom: 13.5, langkah: 57, konektor: 33 });
    // (595.28 − 72 − 6 − 60.75 − 2 × 33) / 57 = 6.85
    expect(a4.langkahPerHalaman).toBe(6);
    // (612 − 72 − 6 − 60.75 − 66) / 57 = 7.14
    expect(layoutFlowchart(pustaka("kalipare-evaluasi-data-kinerja"), { kertas: "F4" }).langkahPerHalaman).toBe(7);
    // Texts needing 5 lines make 69 pt rows: 5 per page.
    const panjang = layoutFlowchart(pustaka("kalipare-pengumpulan-data-kinerja-musrenbangcam"), { kertas: "A4" });
    expect(panjang.barisTinggi.langkah).toBe(69);
    expect(panjang.langkahPerHalaman).toBe(5);
  });

  it("takes a requested number, clamped to what fits", () => {
    const sop = pustaka("janapria-evaluasi-kinerja-kecamatan");
    expect(layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 3 }).halaman.map((h) => h.simbol.length)).toEqual([3, 3, 3]);
    const banyak = layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 50 });
    expect(banyak.langkahPerHalaman).toBe(banyak.maksLangkahPerHalaman);
    expect(layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 0 }).langkahPerHalaman).toBe(1);
  });
});

describe("Janapria (a decision whose Tidak goes back a step)", () => {
  const sop = pustaka("janapria-evaluasi-kinerja-kecamatan");

  it("on one page routes Tidak through the lane from the diamond's right vertex into step 5", () => {
    const t = layoutFlowchart(sop, { kertas: "A4" });
    expect(t.halaman.map((h) => h.simbol.map((s) => s.langkahId))).toEqual([["L1", "L2", "L3", "L4", "L5", "L6"], ["L7", "L8", "L9"]]);
    const l6 = simbolDari(t, "L6"), l5 = simbolDari(t, "L5");
    expect(l6?.bentuk).toBe("keputusan");
    const tidak = semuaPanah(t).find((p) => p.dari === "simbol:L6" && p.cabang === "tidak");
    expect(tidak?.ke).toBe("simbol:L5");
    expect(tidak?.titik[0]).toEqual({ x: (l6?.x ?? 0) + (l6?.lebar ?? 0), y: (l6?.y ?? 0) + (l6?.tinggi ?? 0) / 2 });
    const jalurX = tidak?.titik[1].x ?? 0;
    expect(jalurX).toBeGreaterThan(t.jalur.x);
    expect(jalurX).toBeLessThan(t.jalur.x + t.jalur.lebar);
    expect(tidak?.titik[tidak.titik.length - 1].x).toBeCloseTo((l5?.x ?? 0) + (l5?.lebar ?? 0));
    const ya = semuaPanah(t).find((p) => p.dari === "simbol:L6" && p.cabang === "ya");
    expect(ya?.ke).toBe("konektor:A:keluar:1"); // step 7 is on the next page
    expect(t.halaman[0].label.map((l) => l.teks).sort()).toEqual(["Tidak", "Ya"]);
    expect(periksaTata(sop, t)).toEqual([]);
  });

  it("across a page break joins the flow with A and the Tidak branch with B", () => {
    const t = layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 5 });
    expect(t.halaman.map((h) => h.baris.map((b) => b.jenis))).toEqual([
      ["konektor-atas", "langkah", "langkah", "langkah", "langkah", "langkah", "konektor-bawah"],
      ["konektor-atas", "langkah", "langkah", "langkah", "langkah", "konektor-bawah"],
    ]);
    expect(t.halaman.map((h) => h.konektor.map((k) => k.id))).toEqual([
      ["konektor:A:keluar:1", "konektor:B:masuk:1"],
      ["konektor:A:masuk:2", "konektor:B:keluar:2"],
    ]);
    const p = semuaPanah(t);
    expect(p.find((a) => a.dari === "simbol:L6" && a.cabang === "tidak")?.ke).toBe("konektor:B:keluar:2");
    expect(p.find((a) => a.dari === "konektor:B:masuk:1")?.ke).toBe("simbol:L5");
    expect(p.find((a) => a.dari === "konektor:A:masuk:2")?.ke).toBe("simbol:L6");
    expect(periksaTata(sop, t)).toEqual([]);
  });

  it("spans the joint activity (step 2) over both its columns", () => {
    const t = layoutFlowchart(sop, { kertas: "A4" });
    const l2 = simbolDari(t, "L2");
    const k1 = t.kolom.find((k) => k.pelaksana === 1), k2 = t.kolom.find((k) => k.pelaksana === 2);
    expect([l2?.pelaksanaAwal, l2?.pelaksanaAkhir]).toEqual([1, 2]);
    expect(l2?.x).toBeLessThan((k1?.x ?? 0) + (k1?.lebar ?? 0));
    expect((l2?.x ?? 0) + (l2?.lebar ?? 0)).toBeGreaterThan(k2?.x ?? 0);
  });
});

describe("decision exits", () => {
  it("sends Ya down and turns it into the lane when neither branch is the next step", () => {
    const sop = sopContoh([[0], [1], [1], [2], [3]], { 3: { jenis: "keputusan", cabang: { ya: "L5", tidak: "L2" } } });
    const t = layoutFlowchart(sop, { kertas: "A4" });
    const d = simbolDari(t, "L3");
    const ya = semuaPanah(t).find((p) => p.dari === "simbol:L3" && p.cabang === "ya");
    expect(ya?.titik[0]).toEqual({ x: (d?.x ?? 0) + (d?.lebar ?? 0) / 2, y: (d?.y ?? 0) + (d?.tinggi ?? 0) });
    expect(ya?.ke).toBe("simbol:L5");
    // step 4 gets no arrow from the decision
    expect(semuaPanah(t).some((p) => p.dari === "simbol:L3" && p.ke === "simbol:L4")).toBe(false);
    const label = t.halaman[0].label.find((l) => l.panahId === ya?.id);
    expect(label?.teks).toBe("Ya");
    expect(label?.y).toBeGreaterThanOrEqual((d?.y ?? 0) + (d?.tinggi ?? 0));
    expect(periksaTata(sop, t)).toEqual([]);
  });

  it("sends Tidak down when Tidak is the next step", () => {
    const sop = sopContoh([[0], [1], [1], [2]], { 3: { jenis: "keputusan", cabang: { ya: "L1", tidak: null } } });
    const t = layoutFlowchart(sop, { kertas: "F4" });
    const tidak = semuaPanah(t).find((p) => p.cabang === "tidak");
    expect(tidak?.ke).toBe("simbol:L4");
    expect(tidak?.titik.every((q) => q.x < t.jalur.x)).toBe(true);
    expect(periksaTata(sop, t)).toEqual([]);
  });
});

describe("coordinates", () => {
  it("shifts everything by asal", () => {
    const sop = pustaka("janapria-evaluasi-kinerja-kecamatan");
    const a = layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 4 });
    const b = layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 4, asal: { x: 10, y: 300 } });
    expect(b.kolom.map((k) => k.x)).toEqual(a.kolom.map((k) => k.x + 10));
    expect(b.baris.map((r) => r.y)).toEqual(a.baris.map((r) => r.y + 300));
    const pa = semuaPanah(a), pb = semuaPanah(b);
    expect(pb.map((p) => p.titik.map((q) => [q.x - 10, q.y - 300]))).toEqual(pa.map((p) => p.titik.map((q) => [q.x, q.y])));
    expect(b.jalur.x).toBe(a.jalur.x + 10);
    expect(periksaTata(sop, b)).toEqual([]);
  });

  it("puts the three header rows first (print titles) and marks each step row", () => {
    const t = layoutFlowchart(pustaka("purwokerto-utara-evaluasi-kinerja"), { kertas: "A4" });
    expect(t.kepala.map((b) => b.jenis)).toEqual(["kepala-grup", "kepala-nama", "nomor-kolom"]);
    expect(t.baris.slice(0, 3)).toEqual(t.kepala);
    expect(t.baris.filter((b) => b.jenis === "langkah").map((b) => b.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.grupKepala).toEqual([
      { judul: "PELAKSANA", kolomAwal: 2, kolomAkhir: 5 },
      { judul: "MUTU BAKU", kolomAwal: 6, kolomAkhir: 8 },
    ]);
  });
});

describe("SOPs that break the rules still lay out", () => {
  it("returns no pages for no steps", () => {
    expect(layoutFlowchart(sopContoh([]), { kertas: "A4" }).halaman).toEqual([]);
  });

  it("draws a blank pelaksana column when there is none", () => {
    const sop = sopContoh([[], [], []], {}, []);
    const t = layoutFlowchart(sop, { kertas: "A4" });
    expect(t.kolom.filter((k) => k.pelaksana !== undefined).map((k) => k.judul)).toEqual([""]);
    expect(t.halaman[0].simbol).toHaveLength(3);
  });

  it("leaves out branches that lead nowhere and keeps unknown columns in the first", () => {
    const sop = sopContoh([[0], [9], [1], [2]], { 3: { jenis: "keputusan", cabang: { ya: "L99", tidak: "L3" } } });
    const t = layoutFlowchart(sop, { kertas: "A4" });
    expect(simbolDari(t, "L2")?.pelaksanaAwal).toBe(0);
    expect(semuaPanah(t).filter((p) => p.dari === "simbol:L3")).toEqual([]);
  });
});
