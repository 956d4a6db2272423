/** Row slicing under a byte budget: every chunked write (plans, IKU sheet, capaian columns) uses it. */
import { isiFormula, potongBlok, potongUkuran, ukuranBaris } from "../../../src/domain/lembar/potong";

describe("potongUkuran", () => {
  it("cuts before the row that would pass the budget, and keeps an oversized row whole", () => {
    expect(potongUkuran([4, 4, 4, 4, 4], 10)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(potongUkuran([3, 25, 3], 10)).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(potongUkuran([5, 5], 10)).toEqual([[0, 2]]);
    expect(potongUkuran([], 10)).toEqual([]);
  });
});

describe("potongBlok", () => {
  it("keeps every row once, in order, with the slice's first row as its position", () => {
    const isi = Array.from({ length: 50 }, (_, i) => [`indikator ${i}`, i, { rumus: `=B${i + 1}*2` }]);
    const batas = ukuranBaris(isi[0]) * 7;
    const potongan = potongBlok({ baris: 3, kolom: 1, isi }, batas);
    expect(potongan.length).toBeGreaterThan(5);
    expect(potongan.flatMap((p) => p.isi)).toEqual(isi);
    let baris = 3;
    for (const p of potongan) {
      expect(p.baris).toBe(baris);
      expect(p.kolom).toBe(1);
      expect(p.isi.map(ukuranBaris).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(batas);
      baris += p.isi.length;
    }
  });

  it("writes text that looks like a formula with Excel's apostrophe, so it stays text", () => {
    expect([isiFormula("=abc"), isiFormula("-5 hari"), isiFormula({ rumus: "SUM(A1:A2)" }), isiFormula(null), isiFormula(7)]).toEqual(["'=abc", "'-5 hari", "=SUM(A1:A2)", "", 7]);
  });
});
