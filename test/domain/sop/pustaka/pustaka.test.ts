/** The shipped SOP library: seven procedures from the five seeds, well-formed SOP AP. */
import { PUSTAKA_SOP, salinSopPustaka, sopPustaka } from "../../../../src/domain/sop";

describe("PUSTAKA_SOP", () => {
  it("holds the seven seed procedures under unique ids", () => {
    expect(PUSTAKA_SOP.map((e) => e.id)).toEqual([
      "kalipare-evaluasi-data-kinerja",
      "kalipare-pengumpulan-data-kinerja-musrenbangcam",
      "kalipare-pengumpulan-data-kinerja-adminduk",
      "kalipare-pengumpulan-data-kinerja-siskamling",
      "purwokerto-utara-evaluasi-kinerja",
      "janapria-evaluasi-kinerja-kecamatan",
      "dinas-evaluasi-kinerja-internal",
    ]);
    expect(PUSTAKA_SOP.map((e) => e.sop.langkah.length)).toEqual([9, 6, 6, 6, 8, 9, 8]);
    expect(sopPustaka("tidak-ada")).toBeNull();
  });

  describe.each(PUSTAKA_SOP.map((e) => [e.id, e] as const))("%s", (_id, e) => {
    const { sop } = e;

    it("has a name, a source and role columns", () => {
      expect(e.judul).not.toBe("");
      expect(e.sumber).not.toBe("");
      expect(sop.identitas.nama).not.toBe("");
      expect(sop.pelaksana.length).toBeGreaterThanOrEqual(3);
    });

    it("starts and ends with a terminator and numbers its ids L1…Ln", () => {
      expect(sop.langkah[0].jenis).toBe("mulai");
      expect(sop.langkah[sop.langkah.length - 1].jenis).toBe("selesai");
      expect(sop.langkah.map((l) => l.id)).toEqual(sop.langkah.map((_, i) => `L${i + 1}`));
    });

    it("puts every step in one column or in adjacent columns (a joint activity)", () => {
      for (const l of sop.langkah) {
        expect(l.pelaksana.length).toBeGreaterThan(0);
        l.pelaksana.forEach((k, i) => {
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThan(sop.pelaksana.length);
          if (i > 0) expect(k).toBe(l.pelaksana[i - 1] + 1);
        });
      }
    });

    it("fills the mutu baku of every step", () => {
      for (const l of sop.langkah) {
        expect([l.kegiatan, l.kelengkapan, l.waktu, l.output].every((s) => s.trim() !== "")).toBe(true);
      }
    });

    it("gives branches only to decisions, pointing at steps that exist", () => {
      const ids = new Set(sop.langkah.map((l) => l.id));
      for (const l of sop.langkah) {
        expect(l.cabang !== undefined).toBe(l.jenis === "keputusan");
        if (l.cabang) for (const t of [l.cabang.ya, l.cabang.tidak]) expect(t === null || ids.has(t)).toBe(true);
      }
    });
  });

  it("hands out copies for editing, leaving the library as shipped", () => {
    const salinan = salinSopPustaka("kalipare-evaluasi-data-kinerja");
    salinan?.langkah[0].pelaksana.push(0);
    expect(sopPustaka("kalipare-evaluasi-data-kinerja")?.sop.langkah[0].pelaksana).toEqual([4]);
    expect(salinSopPustaka("tidak-ada")).toBeNull();
  });

  it("has Janapria's decision at step 6: Ya → step 7, Tidak → back to step 5", () => {
    const sop = sopPustaka("janapria-evaluasi-kinerja-kecamatan")?.sop;
    expect(sop?.langkah.map((l) => l.jenis).indexOf("keputusan")).toBe(5);
    expect(sop?.langkah[5].cabang).toEqual({ ya: null, tidak: "L5" });
  });

  it("marks unreadable words '[?]' only in the scanned dinas SOP, with a note in keterangan", () => {
    for (const e of PUSTAKA_SOP) {
      const tanda = e.sop.langkah.filter((l) => l.kegiatan.includes("[?]"));
      if (e.id !== "dinas-evaluasi-kinerja-internal") {
        expect(tanda).toEqual([]);
        continue;
      }
      expect(tanda.map((l) => l.id)).toEqual(["L1", "L2", "L6", "L8"]);
      for (const l of tanda) expect(l.keterangan).toMatch(/OCR.*\[\?\]/);
    }
  });

  it("keeps the Rapat Dinas of the scanned SOP as one activity across all five columns", () => {
    const sop = sopPustaka("dinas-evaluasi-kinerja-internal")?.sop;
    expect(sop?.langkah[6].pelaksana).toEqual([0, 1, 2, 3, 4]);
  });
});
