import { MAKS_PANJANG_TEKS, bacaMasukanTindakLanjut, type MasukanTindakLanjut } from "../../../src/domain/evaluasi";

const isi = (ubah: Partial<MasukanTindakLanjut> = {}): MasukanTindakLanjut => ({
  rekomendasi: "  Lengkapi daftar hadir Musrenbangcam ",
  indikator: "Partisipasi delegasi Musrenbangcam",
  penanggungJawab: "Kasi Ekbang",
  batasWaktu: "5 Februari 2024",
  tanggalDiserahkan: "22/01/2024",
  ...ubah,
});

describe("bacaMasukanTindakLanjut", () => {
  it("turns a complete form into a follow-up handed to the Kasi, texts trimmed", () => {
    expect(bacaMasukanTindakLanjut("TL-1", isi())).toEqual({
      kind: "ok",
      tindakLanjut: {
        id: "TL-1",
        rekomendasi: "Lengkapi daftar hadir Musrenbangcam",
        indikator: "Partisipasi delegasi Musrenbangcam",
        penanggungJawab: "Kasi Ekbang",
        batasWaktu: { tahun: 2024, bulan: 2, hari: 5 },
        status: "diserahkan-ke-kasi",
        riwayat: [{ status: "diserahkan-ke-kasi", tanggal: { tahun: 2024, bulan: 1, hari: 22 } }],
      },
    });
  });

  it("accepts an empty indikator (a general recommendation) and a deadline on the day itself", () => {
    const hasil = bacaMasukanTindakLanjut("TL-2", isi({ indikator: "  ", batasWaktu: "2024-01-22" }));
    expect(hasil.kind).toBe("ok");
    if (hasil.kind === "ok") expect(hasil.tindakLanjut.indikator).toBe("");
  });

  it("names every empty required field, in the order of the form", () => {
    expect(bacaMasukanTindakLanjut("TL-3", { rekomendasi: " ", indikator: "", penanggungJawab: "", batasWaktu: "", tanggalDiserahkan: "-" })).toEqual({
      kind: "tidak-valid",
      masalah: [
        { field: "rekomendasi", kind: "wajib-diisi" },
        { field: "penanggungJawab", kind: "wajib-diisi" },
        { field: "batasWaktu", kind: "wajib-diisi" },
        { field: "tanggalDiserahkan", kind: "wajib-diisi" },
      ],
    });
  });

  it("reports bad dates with the reason", () => {
    expect(bacaMasukanTindakLanjut("TL-4", isi({ batasWaktu: "31 Februari 2024", tanggalDiserahkan: "kemarin" }))).toEqual({
      kind: "tidak-valid",
      masalah: [
        { field: "batasWaktu", kind: "tanggal-tidak-valid", alasan: "tanggal" },
        { field: "tanggalDiserahkan", kind: "tanggal-tidak-valid", alasan: "format" },
      ],
    });
  });

  it("catches a year typo outside the workbook years", () => {
    expect(bacaMasukanTindakLanjut("TL-5", isi({ batasWaktu: "05/02/0224" }))).toEqual({
      kind: "tidak-valid",
      masalah: [{ field: "batasWaktu", kind: "tahun-di-luar-rentang", min: 2000, max: 2100 }],
    });
  });

  it("rejects a deadline before the follow-up was handed over", () => {
    expect(bacaMasukanTindakLanjut("TL-6", isi({ batasWaktu: "21 Januari 2024" }))).toEqual({
      kind: "tidak-valid",
      masalah: [{ field: "batasWaktu", kind: "sebelum-diserahkan" }],
    });
  });

  it("rejects text longer than an Excel cell holds", () => {
    const hasil = bacaMasukanTindakLanjut("TL-7", isi({ rekomendasi: "x".repeat(MAKS_PANJANG_TEKS + 1) }));
    expect(hasil).toEqual({ kind: "tidak-valid", masalah: [{ field: "rekomendasi", kind: "terlalu-panjang", maks: 32767 }] });
    expect(bacaMasukanTindakLanjut("TL-8", isi({ rekomendasi: "x".repeat(MAKS_PANJANG_TEKS) })).kind).toBe("ok");
  });
});
