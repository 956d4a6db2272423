/** The SOP total per unit: menit and jam combine, hari/minggu/JP never turn into jam. */
import { formatTotalWaktu, PUSTAKA_SOP, totalWaktu, formatAngka } from "../../../../src/domain/sop";

const langkah = (...waktu: string[]) => waktu.map((w, i) => ({ id: `L${i + 1}`, waktu: w }));

describe("totalWaktu", () => {
  it("adds per unit as written, leaving out the unreadable and listing the empty", () => {
    const t = totalWaktu(langkah("15 menit", "1 jam", "30 menit", "1jam", "3 Hari", "Zhar", "", "1 JP", "1 minggu"));
    expect(t).toMatchObject({ menit: 45, jam: 2, hari: 3, jp: 1, minggu: 1, bulan: 0, tahun: 0 });
    expect(t.tidakTerbaca).toEqual([{ langkahId: "L6", teks: "Zhar" }]);
    expect(t.kosong).toEqual(["L7"]);
    expect(formatTotalWaktu(t)).toBe("2 jam 45 menit + 1 JP + 3 hari + 1 minggu");
  });

  it("uses the upper end of a range and shows the range in the display", () => {
    const t = totalWaktu(langkah("1-2 hari", "2 hari", "30 menit - 1 jam"));
    expect(t.hari).toBe(4);
    expect(t.bawah.hari).toBe(3);
    expect(t.menit).toBe(60);
    expect(t.bawah.menit).toBe(30);
    expect(formatTotalWaktu(t)).toBe("30 menit – 1 jam + 3 – 4 hari");
  });

  it("uses the column unit for bare numbers", () => {
    const t = totalWaktu(langkah("15", "30", "0"), { satuanBawaan: "menit" });
    expect(t.menit).toBe(45);
    expect(formatTotalWaktu(t)).toBe("45 menit");
  });

  it("carries menit into jam exactly and keeps decimals readable", () => {
    expect(formatTotalWaktu(totalWaktu(langkah("50 menit", "50 menit", "1,5 jam")))).toBe("3 jam 10 menit");
    expect(formatTotalWaktu(totalWaktu(langkah("0,1 hari", "0,2 hari")))).toBe("0,3 hari");
    expect(formatTotalWaktu(totalWaktu(langkah("0", "")))).toBe("0 menit");
    expect(formatAngka(2.5)).toBe("2,5");
  });

  it("totals the seed SOPs as their documents add up", () => {
    const total = (id: string) => {
      const e = PUSTAKA_SOP.find((p) => p.id === id);
      if (!e) throw new Error(id);
      return formatTotalWaktu(totalWaktu(e.sop.langkah));
    };
    // 15+60+15+0+10+15+15+10+5 menit
    expect(total("kalipare-evaluasi-data-kinerja")).toBe("2 jam 25 menit");
    // 15+15 menit; 3+1+1+5+1+1 hari
    expect(total("purwokerto-utara-evaluasi-kinerja")).toBe("30 menit + 12 hari");
    // 1+2+2+3 jam, 5+5 menit; 2+2+1 hari
    expect(total("janapria-evaluasi-kinerja-kecamatan")).toBe("8 jam 10 menit + 5 hari");
  });
});
