import {
  bandingkanTanggal,
  dariNomorHari,
  hariDalamMinggu,
  jumlahHariBulan,
  kabisat,
  namaBulan,
  namaHari,
  nomorHari,
  periksaTanggal,
  selisihHari,
  tambahHari,
  type TanggalKalender,
} from "../../../src/domain/evaluasi";

const HARI_MS = 86_400_000;

/** The reference: JavaScript's own UTC calendar (setUTCFullYear so that years 0–99 are not moved to 19xx). */
function utc(t: TanggalKalender): Date {
  const d = new Date(0);
  d.setUTCFullYear(t.tahun, t.bulan - 1, t.hari);
  return d;
}

describe("day of the week", () => {
  it.each<[string, TanggalKalender, string]>([
    ["the DESIGN.md Berita Acara date", { tahun: 2024, bulan: 1, hari: 22 }, "Senin"],
    ["Proklamasi", { tahun: 1945, bulan: 8, hari: 17 }, "Jumat"],
    ["the Unix epoch", { tahun: 1970, bulan: 1, hari: 1 }, "Kamis"],
    ["a 400-year leap day", { tahun: 2000, bulan: 2, hari: 29 }, "Selasa"],
    ["Purwokerto Utara SOP effective date", { tahun: 2023, bulan: 2, hari: 22 }, "Rabu"],
    ["Kalipare SOP revision date", { tahun: 2019, bulan: 1, hari: 7 }, "Senin"],
    ["Kalipare SOP creation date", { tahun: 2016, bulan: 1, hari: 1 }, "Jumat"],
    ["a Sunday", { tahun: 2024, bulan: 3, hari: 31 }, "Minggu"],
    ["a Saturday", { tahun: 2024, bulan: 12, hari: 28 }, "Sabtu"],
    ["the Gregorian start", { tahun: 1582, bulan: 10, hari: 15 }, "Jumat"],
  ])("%s", (_, tanggal, hari) => {
    expect(namaHari(tanggal)).toBe(hari);
  });

  it("agrees with Date.UTC(...).getUTCDay() and the UTC day count for every day 1900–2100", () => {
    const salah: string[] = [];
    let jumlah = 0;
    for (let tahun = 1900; tahun <= 2100; tahun++) {
      for (let bulan = 1; bulan <= 12; bulan++) {
        for (let hari = 1; hari <= jumlahHariBulan(tahun, bulan); hari++) {
          const t = { tahun, bulan, hari };
          const ms = Date.UTC(tahun, bulan - 1, hari);
          jumlah++;
          if (hariDalamMinggu(t) !== new Date(ms).getUTCDay() || nomorHari(t) !== ms / HARI_MS) {
            salah.push(`${tahun}-${bulan}-${hari}`);
          }
        }
      }
    }
    expect(jumlah).toBe(73_414);
    expect(salah).toEqual([]);
  });

  it("agrees with JavaScript's calendar across years 1–9999 (every 97th day)", () => {
    const salah: string[] = [];
    const awal = nomorHari({ tahun: 1, bulan: 1, hari: 1 });
    const akhir = nomorHari({ tahun: 9999, bulan: 12, hari: 31 });
    for (let n = awal; n <= akhir; n += 97) {
      const t = dariNomorHari(n);
      const d = utc(t);
      if (d.getTime() / HARI_MS !== n || d.getUTCDay() !== hariDalamMinggu(t) || d.getUTCDate() !== t.hari) {
        salah.push(JSON.stringify(t));
      }
    }
    expect(salah).toEqual([]);
  });

  it("dariNomorHari inverts nomorHari across leap-year boundaries", () => {
    for (const t of [
      { tahun: 1900, bulan: 2, hari: 28 }, { tahun: 1900, bulan: 3, hari: 1 }, { tahun: 2000, bulan: 2, hari: 29 },
      { tahun: 2024, bulan: 12, hari: 31 }, { tahun: 1, bulan: 1, hari: 1 }, { tahun: 9999, bulan: 12, hari: 31 },
    ]) {
      expect(dariNomorHari(nomorHari(t))).toEqual(t);
    }
  });
});

describe("leap years and month lengths", () => {
  it.each([
    [2024, true], [2023, false], [2000, true], [1900, false], [2100, false], [2400, true], [1996, true],
  ])("%i leap: %s", (tahun, kabisatkah) => {
    expect(kabisat(tahun)).toBe(kabisatkah);
    expect(jumlahHariBulan(tahun, 2)).toBe(kabisatkah ? 29 : 28);
  });

  it("knows the thirty-day months and rejects months outside 1–12", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((b) => jumlahHariBulan(2023, b))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(jumlahHariBulan(2024, 0)).toBe(0);
    expect(jumlahHariBulan(2024, 13)).toBe(0);
  });
});

describe("periksaTanggal", () => {
  it("accepts real days, including 29 Februari of a leap year", () => {
    expect(periksaTanggal({ tahun: 2024, bulan: 2, hari: 29 })).toEqual({ kind: "ok", tanggal: { tahun: 2024, bulan: 2, hari: 29 } });
    expect(periksaTanggal({ tahun: 2024, bulan: 12, hari: 31 }).kind).toBe("ok");
  });

  it.each<[TanggalKalender, string]>([
    [{ tahun: 2024, bulan: 2, hari: 31 }, "tanggal"],
    [{ tahun: 2023, bulan: 2, hari: 29 }, "tanggal"],
    [{ tahun: 1900, bulan: 2, hari: 29 }, "tanggal"],
    [{ tahun: 2024, bulan: 4, hari: 31 }, "tanggal"],
    [{ tahun: 2024, bulan: 1, hari: 0 }, "tanggal"],
    [{ tahun: 2024, bulan: 1, hari: 1.5 }, "tanggal"],
    [{ tahun: 2024, bulan: 13, hari: 1 }, "bulan"],
    [{ tahun: 2024, bulan: 0, hari: 1 }, "bulan"],
    [{ tahun: 2024, bulan: Number.NaN, hari: 1 }, "bulan"],
    [{ tahun: 0, bulan: 1, hari: 1 }, "tahun"],
    [{ tahun: 10_000, bulan: 1, hari: 1 }, "tahun"],
    [{ tahun: 2024.5, bulan: 1, hari: 1 }, "tahun"],
  ])("rejects %j (%s)", (t, alasan) => {
    expect(periksaTanggal(t)).toEqual({ kind: "tidak-valid", alasan });
  });
});

describe("date arithmetic", () => {
  it("compares, counts and adds days across month, year and leap-day boundaries", () => {
    const a = { tahun: 2024, bulan: 2, hari: 28 };
    const b = { tahun: 2024, bulan: 3, hari: 1 };
    expect(selisihHari(a, b)).toBe(2);
    expect(selisihHari(b, a)).toBe(-2);
    expect(bandingkanTanggal(a, b)).toBeLessThan(0);
    expect(bandingkanTanggal(b, a)).toBeGreaterThan(0);
    expect(bandingkanTanggal(a, { ...a })).toBe(0);
    expect(tambahHari(a, 1)).toEqual({ tahun: 2024, bulan: 2, hari: 29 });
    expect(tambahHari({ tahun: 2023, bulan: 12, hari: 31 }, 1)).toEqual({ tahun: 2024, bulan: 1, hari: 1 });
    expect(tambahHari({ tahun: 2024, bulan: 1, hari: 1 }, -1)).toEqual({ tahun: 2023, bulan: 12, hari: 31 });
    expect(tambahHari({ tahun: 2024, bulan: 1, hari: 22 }, 366)).toEqual({ tahun: 2025, bulan: 1, hari: 22 });
    expect(tambahHari({ tahun: 2024, bulan: 1, hari: 22 }, 2.9)).toEqual({ tahun: 2024, bulan: 1, hari: 24 });
  });

  it("names months 1–12 and nothing else", () => {
    expect(namaBulan(1)).toBe("Januari");
    expect(namaBulan(8)).toBe("Agustus");
    expect(namaBulan(12)).toBe("Desember");
    expect(namaBulan(0)).toBeNull();
    expect(namaBulan(13)).toBeNull();
    expect(namaBulan(2.5)).toBeNull();
  });
});
