/** The invariant checker itself: each invariant fails when the layout is broken on purpose. */
import { layoutFlowchart, PUSTAKA_SOP, type TataFlowchart } from "../../../../src/domain/sop";
import { periksaTata } from "./periksa";

const sop = PUSTAKA_SOP.find((e) => e.id === "janapria-evaluasi-kinerja-kecamatan")?.sop;
if (!sop) throw new Error("janapria missing");
const rusak = (ubah: (t: TataFlowchart) => void): string[] => {
  const t = structuredClone(layoutFlowchart(sop, { kertas: "A4", langkahPerHalaman: 5 }));
  ubah(t);
  return periksaTata(sop, t);
};
const panahDari = (t: TataFlowchart, dari: string, cabang?: string) =>
  t.halaman.flatMap((h) => h.panah).find((p) => p.dari === dari && (cabang === undefined || p.cabang === cabang));

describe("periksaTata", () => {
  it("accepts the intact layout", () => {
    expect(rusak(() => undefined)).toEqual([]);
  });

  it("sees overlapping symbols and a symbol outside its row", () => {
    const salah = rusak((t) => { t.halaman[0].simbol[1].y = t.halaman[0].simbol[0].y; t.halaman[0].simbol[1].x = t.halaman[0].simbol[0].x; });
    expect(salah).toEqual(expect.arrayContaining(["simbol:L1 overlaps simbol:L2", "simbol:L2 sticks out of its row"]));
  });

  it("sees a symbol outside its columns", () => {
    expect(rusak((t) => { t.halaman[0].simbol[0].x -= 60; })).toContain("simbol:L1 outside its columns");
  });

  it("sees an arrow that does not reach its symbol", () => {
    const salah = rusak((t) => {
      const p = panahDari(t, "simbol:L3");
      if (p) p.titik[p.titik.length - 1].y -= 5;
    });
    expect(salah.some((s) => /^panah:simbol:L3>simbol:L4: end .* not on simbol:L4$/.test(s))).toBe(true);
  });

  it("sees an arrow crossing a symbol it does not join", () => {
    const salah = rusak((t) => {
      const p = panahDari(t, "simbol:L3"); // L3, L4, L5 share a column
      const l5 = t.halaman[0].simbol[4];
      if (p) p.titik.splice(1, 0, { x: p.titik[0].x, y: l5.y + l5.tinggi / 2 });
    });
    expect(salah).toEqual(expect.arrayContaining([
      "panah:simbol:L3>simbol:L4: segment 1 crosses simbol:L5",
      "panah:simbol:L3>simbol:L4: segment 1 runs inside simbol:L4",
    ]));
  });

  it("sees a page break whose connectors disagree", () => {
    const salah = rusak((t) => { t.halaman[1].konektor[0].huruf = "Z"; });
    expect(salah).toEqual(expect.arrayContaining(["break after page 1: no connector pair"]));
  });

  it("sees a decision exit without its label", () => {
    const salah = rusak((t) => { t.halaman[1].label = t.halaman[1].label.filter((l) => l.teks !== "Tidak"); });
    expect(salah).toContain("L6: tidak exit unlabelled");
  });

  it("sees a branch leading to the wrong step", () => {
    const salah = rusak((t) => {
      const p = t.halaman[0].panah.find((a) => a.dari === "konektor:B:masuk:1");
      if (p) p.ke = "simbol:L4";
    });
    expect(salah).toContain("L6: tidak leads to simbol:L4, not L5");
  });

  it("sees a page taller than the paper", () => {
    const salah = rusak((t) => { t.halaman[0].tinggiCetak += 400; });
    expect(salah.some((s) => s.startsWith("page 1:"))).toBe(true);
  });
});
