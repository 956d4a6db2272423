import {
  DAFTAR_TW,
  dalamTw,
  jumlahHariBulan,
  labelPeriodeTw,
  labelTriwulan,
  labelTw,
  periodeDariTanggal,
  rentangTw,
  romawiTw,
  selisihHari,
  tambahHari,
  twBerikutnya,
  twDariBulan,
  twSebelumnya,
  type PeriodeTw,
} from "../../../src/domain/evaluasi";

describe("quarters", () => {
  it("puts each month in its quarter", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(twDariBulan)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it.each([0, 13, -1, 1.5, Number.NaN])("has no quarter for month %p", (bulan) => {
    expect(twDariBulan(bulan)).toBeNull();
  });

  it.each<[1 | 2 | 3 | 4, string, string]>([
    [1, "2024-01-01", "2024-03-31"],
    [2, "2024-04-01", "2024-06-30"],
    [3, "2024-07-01", "2024-09-30"],
    [4, "2024-10-01", "2024-12-31"],
  ])("TW %i 2024 runs %s … %s", (tw, awal, akhir) => {
    const r = rentangTw(2024, tw);
    const iso = (t: { tahun: number; bulan: number; hari: number }) =>
      `${t.tahun}-${String(t.bulan).padStart(2, "0")}-${String(t.hari).padStart(2, "0")}`;
    expect([iso(r.awal), iso(r.akhir)]).toEqual([awal, akhir]);
  });

  it("quarters tile each year with no gap or overlap, in leap and common years", () => {
    for (const tahun of [1900, 2000, 2023, 2024, 2100]) {
      let hari = 0;
      for (const tw of DAFTAR_TW) {
        const { awal, akhir } = rentangTw(tahun, tw);
        expect(akhir.hari).toBe(jumlahHariBulan(tahun, akhir.bulan));
        hari += selisihHari(awal, akhir) + 1;
        if (tw < 4) expect(tambahHari(akhir, 1)).toEqual(rentangTw(tahun, (tw + 1) as 2 | 3 | 4).awal);
        expect(periodeDariTanggal(awal)).toEqual({ tahun, tw });
        expect(periodeDariTanggal(akhir)).toEqual({ tahun, tw });
        expect(dalamTw(tambahHari(akhir, 1), { tahun, tw })).toBe(false);
      }
      expect(hari).toBe(tahun % 4 === 0 && (tahun % 100 !== 0 || tahun % 400 === 0) ? 366 : 365);
    }
  });

  it.each<[string, { tahun: number; bulan: number; hari: number }, PeriodeTw]>([
    ["evaluating in April looks at TW I of the same year", { tahun: 2024, bulan: 4, hari: 15 }, { tahun: 2024, tw: 1 }],
    ["evaluating on the first day of a quarter", { tahun: 2024, bulan: 7, hari: 1 }, { tahun: 2024, tw: 2 }],
    ["evaluating on the last day of a quarter still looks one back", { tahun: 2024, bulan: 9, hari: 30 }, { tahun: 2024, tw: 2 }],
    ["evaluating in October looks at TW III", { tahun: 2024, bulan: 10, hari: 10 }, { tahun: 2024, tw: 3 }],
    ["evaluating in January looks at TW IV of last year", { tahun: 2024, bulan: 1, hari: 22 }, { tahun: 2023, tw: 4 }],
    ["evaluating on 31 December looks at TW III", { tahun: 2024, bulan: 12, hari: 31 }, { tahun: 2024, tw: 3 }],
  ])("%s", (_, tanggal, periode) => {
    expect(twSebelumnya(tanggal)).toEqual(periode);
  });

  it("steps back and forward over year ends", () => {
    expect(twSebelumnya({ tahun: 2024, tw: 1 })).toEqual({ tahun: 2023, tw: 4 });
    expect(twSebelumnya({ tahun: 2024, tw: 3 })).toEqual({ tahun: 2024, tw: 2 });
    expect(twBerikutnya({ tahun: 2023, tw: 4 })).toEqual({ tahun: 2024, tw: 1 });
    expect(twBerikutnya({ tahun: 2024, tw: 2 })).toEqual({ tahun: 2024, tw: 3 });
    for (const tw of DAFTAR_TW) expect(twBerikutnya(twSebelumnya({ tahun: 2024, tw }))).toEqual({ tahun: 2024, tw });
  });

  it("labels quarters with roman numerals", () => {
    expect(DAFTAR_TW.map(romawiTw)).toEqual(["I", "II", "III", "IV"]);
    expect(DAFTAR_TW.map(labelTw)).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    expect(DAFTAR_TW.map(labelTriwulan)).toEqual(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]);
    expect(labelPeriodeTw({ tahun: 2023, tw: 4 })).toBe("Triwulan IV Tahun 2023");
  });
});
