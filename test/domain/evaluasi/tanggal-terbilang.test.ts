import { tanggalTerbilang } from "../../../src/domain/evaluasi";

describe("tanggalTerbilang (Berita Acara opening)", () => {
  it("spells the DESIGN.md example, 2024-01-22, with its parts", () => {
    expect(tanggalTerbilang({ tahun: 2024, bulan: 1, hari: 22 })).toEqual({
      kind: "ok",
      hari: "Senin",
      tanggal: "dua puluh dua",
      bulan: "Januari",
      tahun: "dua ribu dua puluh empat",
      kalimat: "Pada hari ini Senin tanggal dua puluh dua bulan Januari tahun dua ribu dua puluh empat",
    });
  });

  it("takes the same date as ISO, Indonesian or numeric text", () => {
    const harap = tanggalTerbilang({ tahun: 2024, bulan: 1, hari: 22 });
    for (const teks of ["2024-01-22", "22 Januari 2024", "Senin, 22 Januari 2024", "22/01/2024"]) {
      expect(tanggalTerbilang(teks)).toEqual(harap);
    }
  });

  it.each([
    ["2024-02-29", "Pada hari ini Kamis tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat"],
    ["2000-02-29", "Pada hari ini Selasa tanggal dua puluh sembilan bulan Februari tahun dua ribu"],
    ["2023-02-22", "Pada hari ini Rabu tanggal dua puluh dua bulan Februari tahun dua ribu dua puluh tiga"],
    ["2025-04-01", "Pada hari ini Selasa tanggal satu bulan April tahun dua ribu dua puluh lima"],
    ["2024-10-11", "Pada hari ini Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat"],
    ["2026-01-10", "Pada hari ini Sabtu tanggal sepuluh bulan Januari tahun dua ribu dua puluh enam"],
    ["2024-12-31", "Pada hari ini Selasa tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh empat"],
    ["2100-03-01", "Pada hari ini Senin tanggal satu bulan Maret tahun dua ribu seratus"],
    ["1999-07-18", "Pada hari ini Minggu tanggal delapan belas bulan Juli tahun seribu sembilan ratus sembilan puluh sembilan"],
  ])("%s", (iso, kalimat) => {
    const hasil = tanggalTerbilang(iso);
    expect(hasil.kind === "ok" && hasil.kalimat).toBe(kalimat);
  });

  it("rejects impossible dates (29 February of a common year, 31 Februari) with the reason", () => {
    expect(tanggalTerbilang("2023-02-29")).toEqual({ kind: "tidak-valid", alasan: "tanggal" });
    expect(tanggalTerbilang({ tahun: 2024, bulan: 2, hari: 31 })).toEqual({ kind: "tidak-valid", alasan: "tanggal" });
    expect(tanggalTerbilang({ tahun: 2024, bulan: 0, hari: 1 })).toEqual({ kind: "tidak-valid", alasan: "bulan" });
    expect(tanggalTerbilang("besok")).toEqual({ kind: "tidak-valid", alasan: "format" });
    expect(tanggalTerbilang("")).toEqual({ kind: "tidak-valid", alasan: "kosong" });
  });
});
