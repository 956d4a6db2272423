import {
  formatTanggal,
  formatTanggalAngka,
  formatTanggalDenganHari,
  jumlahHariBulan,
  keIso,
  parseTanggal,
  serialDariTanggal,
  tanggalDariSerial,
  type TanggalKalender,
} from "../../../src/domain/evaluasi";

const T = (tahun: number, bulan: number, hari: number): TanggalKalender => ({ tahun, bulan, hari });

describe("formatting Indonesian dates", () => {
  it("writes the official forms", () => {
    expect(formatTanggal(T(2024, 1, 22))).toBe("22 Januari 2024");
    expect(formatTanggal(T(2016, 1, 1))).toBe("1 Januari 2016");
    expect(formatTanggal(T(2016, 1, 1), { nolDepan: true })).toBe("01 Januari 2016");
    expect(formatTanggalDenganHari(T(2024, 1, 22))).toBe("Senin, 22 Januari 2024");
    expect(formatTanggalDenganHari(T(1945, 8, 17))).toBe("Jumat, 17 Agustus 1945");
    expect(keIso(T(2024, 1, 2))).toBe("2024-01-02");
    expect(formatTanggalAngka(T(2024, 1, 2))).toBe("02/01/2024");
  });

  it("prints an impossible month as its number instead of throwing", () => {
    expect(formatTanggal(T(2024, 13, 1))).toBe("1 13 2024");
  });

  it("every month name round-trips through parseTanggal", () => {
    for (let bulan = 1; bulan <= 12; bulan++) {
      const t = T(2024, bulan, jumlahHariBulan(2024, bulan));
      expect(parseTanggal(formatTanggal(t))).toEqual({ kind: "ok", tanggal: t });
      expect(parseTanggal(formatTanggalDenganHari(t))).toEqual({ kind: "ok", tanggal: t });
      expect(parseTanggal(keIso(t))).toEqual({ kind: "ok", tanggal: t });
      expect(parseTanggal(formatTanggalAngka(t))).toEqual({ kind: "ok", tanggal: t });
    }
  });
});

describe("parseTanggal", () => {
  it.each<[string, TanggalKalender]>([
    ["22 Januari 2024", T(2024, 1, 22)],
    ["01 Januari 2016", T(2016, 1, 1)],
    ["  22   januari   2024 ", T(2024, 1, 22)],
    ["22 JANUARI 2024", T(2024, 1, 22)],
    ["Senin, 22 Januari 2024", T(2024, 1, 22)],
    ["senin 22 januari 2024", T(2024, 1, 22)],
    ["Jum'at, 17 Agustus 1945", T(1945, 8, 17)],
    ["22 Jan 2024", T(2024, 1, 22)],
    ["22 Jan. 2024", T(2024, 1, 22)],
    ["22-Jan-2024", T(2024, 1, 22)],
    ["17 Agt 2024", T(2024, 8, 17)],
    ["10 Nopember 2023", T(2023, 11, 10)],
    ["15 Pebruari 2023", T(2023, 2, 15)],
    ["15 February 2023", T(2023, 2, 15)],
    ["22/01/2024", T(2024, 1, 22)],
    ["22/1/2024", T(2024, 1, 22)],
    ["22-01-2024", T(2024, 1, 22)],
    ["22.01.2024", T(2024, 1, 22)],
    ["2024-01-22", T(2024, 1, 22)],
    ["29/02/2024", T(2024, 2, 29)],
  ])("%j", (teks, tanggal) => {
    expect(parseTanggal(teks)).toEqual({ kind: "ok", tanggal });
  });

  it.each<[string, string]>([
    ["", "kosong"],
    ["   ", "kosong"],
    ["-", "kosong"],
    ["31 Februari 2024", "tanggal"],
    ["29 Februari 2023", "tanggal"],
    ["31/04/2024", "tanggal"],
    ["00/01/2024", "tanggal"],
    ["2024-02-30", "tanggal"],
    ["22/13/2024", "bulan"],
    ["2024-13-01", "bulan"],
    ["22 Januaribulan 2024", "bulan"],
    ["22 Smarch 2024", "bulan"],
    ["Selasa, 22 Januari 2024", "hari-tidak-cocok"],
    ["Sabtu 17 Agustus 1945", "hari-tidak-cocok"],
    ["Besok, 22 Januari 2024", "format"],
    ["22/01/24", "format"],
    ["01/22/2024 extra", "format"],
    ["22-01/2024", "format"],
    ["2024-1-22", "format"],
    ["Januari 2024", "format"],
    ["n/a", "format"],
    ["45313", "format"],
  ])("%j is not a date (%s)", (teks, alasan) => {
    expect(parseTanggal(teks)).toEqual({ kind: "tidak-valid", alasan });
  });

  it("is day-first: 01/02/2024 is 1 Februari", () => {
    expect(parseTanggal("01/02/2024")).toEqual({ kind: "ok", tanggal: T(2024, 2, 1) });
  });
});

describe("Excel serial dates", () => {
  it.each<[number, TanggalKalender]>([
    [1, T(1900, 1, 1)],
    [59, T(1900, 2, 28)],
    [61, T(1900, 3, 1)],
    [25569, T(1970, 1, 1)],
    [36951, T(2001, 3, 1)],
    [45292, T(2024, 1, 1)],
    [45313, T(2024, 1, 22)],
    [2958465, T(9999, 12, 31)],
  ])("serial %i ↔ %j", (serial, tanggal) => {
    expect(tanggalDariSerial(serial)).toEqual({ kind: "ok", tanggal });
    expect(serialDariTanggal(tanggal)).toBe(serial);
  });

  it("drops the time of day and rejects the fictitious 29 February 1900 and out-of-range serials", () => {
    expect(tanggalDariSerial(45313.75)).toEqual({ kind: "ok", tanggal: T(2024, 1, 22) });
    expect(tanggalDariSerial(60)).toEqual({ kind: "tidak-valid", alasan: "tanggal" });
    expect(tanggalDariSerial(0)).toEqual({ kind: "tidak-valid", alasan: "tahun" });
    expect(tanggalDariSerial(-5)).toEqual({ kind: "tidak-valid", alasan: "tahun" });
    expect(tanggalDariSerial(2958466)).toEqual({ kind: "tidak-valid", alasan: "tahun" });
    expect(tanggalDariSerial(Number.NaN)).toEqual({ kind: "tidak-valid", alasan: "format" });
    expect(serialDariTanggal(T(1899, 12, 31))).toBeNull();
  });

  it("agrees with the Unix-epoch offset (25569) for every day 1900-03-01 … 2100-12-31", () => {
    const salah: number[] = [];
    const awal = Date.UTC(1900, 2, 1) / 86_400_000 + 25569;
    const akhir = Date.UTC(2100, 11, 31) / 86_400_000 + 25569;
    for (let serial = awal; serial <= akhir; serial++) {
      const d = new Date((serial - 25569) * 86_400_000);
      const hasil = tanggalDariSerial(serial);
      const t = T(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      if (hasil.kind !== "ok" || hasil.tanggal.tahun !== t.tahun || hasil.tanggal.bulan !== t.bulan || hasil.tanggal.hari !== t.hari || serialDariTanggal(t) !== serial) {
        salah.push(serial);
      }
    }
    expect(salah).toEqual([]);
  });

  it("reads the 1904 date system (serial 0 = 1 January 1904)", () => {
    expect(tanggalDariSerial(0, true)).toEqual({ kind: "ok", tanggal: T(1904, 1, 1) });
    expect(tanggalDariSerial(43851, true)).toEqual({ kind: "ok", tanggal: T(2024, 1, 22) });
    expect(serialDariTanggal(T(2024, 1, 22), true)).toBe(43851);
    expect(serialDariTanggal(T(1903, 12, 31), true)).toBeNull();
    expect(tanggalDariSerial(-1, true)).toEqual({ kind: "tidak-valid", alasan: "tahun" });
  });
});
