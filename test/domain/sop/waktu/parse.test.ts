/** parseWaktu: every form of DESIGN.md, every form of the seeds, and what it must refuse. */
import { parseWaktu, PUSTAKA_SOP, type SatuanWaktu, type BatasWaktu } from "../../../../src/domain/sop";

type Harapan = [teks: string, satuan: SatuanWaktu, bawah: number, atas: number, batas?: BatasWaktu];

const durasi = ([teks, satuan, bawah, atas, batas = "tepat"]: Harapan) =>
  ({ kind: "durasi", teks, satuan, bawah, atas, batas });

describe("parseWaktu", () => {
  it.each<Harapan>([
    // DESIGN.md, SOP AP
    ["15 menit", "menit", 15, 15],
    ["1 jam", "jam", 1, 1],
    ["1jam", "jam", 1, 1],
    ["3 Hari", "hari", 3, 3],
    ["2 hari", "hari", 2, 2],
    ["5 Menit", "menit", 5, 5],
    ["0", "menit", 0, 0],
    ["1 JP", "jp", 1, 1],
    ["1 minggu", "minggu", 1, 1],
    ["maks 15 menit", "menit", 15, 15, "maks"],
    // seeds 000–004 (also the OCR'd "2jam", "4 jam")
    ["10 menit", "menit", 10, 10],
    ["15 Menit", "menit", 15, 15],
    ["1 Hari", "hari", 1, 1],
    ["5 Hari", "hari", 5, 5],
    ["1 Jam", "jam", 1, 1],
    ["2jam", "jam", 2, 2],
    ["4 jam", "jam", 4, 4],
    // other spellings of SOP tables
    ["1 bulan", "bulan", 1, 1],
    ["30 mnt", "menit", 30, 30],
    ["30 mnt.", "menit", 30, 30],
    ["1 hari kerja", "hari", 1, 1],
    ["3 (tiga) hari kerja", "hari", 3, 3],
    ["1-2 hari", "hari", 1, 2],
    ["1 – 2 hari", "hari", 1, 2],
    ["1 s.d. 2 hari", "hari", 1, 2],
    ["1 s/d 3 hari", "hari", 1, 3],
    ["2 sampai 3 minggu", "minggu", 2, 3],
    ["30 menit - 1 jam", "menit", 30, 60],
    ["1 jam 30 menit", "menit", 90, 90],
    ["1 x 24 jam", "jam", 24, 24],
    ["1x24 jam", "jam", 24, 24],
    ["± 10 menit", "menit", 10, 10, "kira"],
    ["kurang lebih 2 jam", "jam", 2, 2, "kira"],
    ["Maksimal 3 hari", "hari", 3, 3, "maks"],
    ["maks. 15 menit", "menit", 15, 15, "maks"],
    ["paling lama 7 hari", "hari", 7, 7, "maks"],
    ["1,5 jam", "jam", 1.5, 1.5],
    ["0.5 hari", "hari", 0.5, 0.5],
    ["½ hari", "hari", 0.5, 0.5],
    ["setengah hari", "hari", 0.5, 0.5],
    ["satu jam", "jam", 1, 1],
    ["sehari", "hari", 1, 1],
    ["2 jam pelajaran", "jp", 2, 2],
    ["2 JPL", "jp", 2, 2],
    ["1 tahun", "tahun", 1, 1],
    ["0 menit", "menit", 0, 0],
    ["  15 menit  ", "menit", 15, 15],
    ["<p>15 menit</p>", "menit", 15, 15],
  ])("reads %p", (...h) => {
    expect(parseWaktu(h[0])).toEqual(durasi(h));
  });

  it("reads a bare number in the unit of the column header (\"Waktu (menit)\")", () => {
    expect(parseWaktu("15", { satuanBawaan: "menit" })).toEqual(durasi(["15", "menit", 15, 15]));
    expect(parseWaktu("2", { satuanBawaan: "hari" })).toEqual(durasi(["2", "hari", 2, 2]));
    expect(parseWaktu("10-15", { satuanBawaan: "menit" })).toEqual(durasi(["10-15", "menit", 10, 15]));
    // a written unit wins over the header's
    expect(parseWaktu("1 jam", { satuanBawaan: "menit" })).toEqual(durasi(["1 jam", "jam", 1, 1]));
  });

  it.each(["", "   ", "-", "—"])("calls %p empty", (teks) => {
    expect(parseWaktu(teks)).toEqual({ kind: "kosong", teks });
  });

  it.each([
    ["15", "tanpa-satuan"],
    ["2,5", "tanpa-satuan"],
    ["Zhar", "tidak-dikenal"], // seed 003: OCR of "2 hari"
    ["P jam", "tidak-dikenal"], // seed 003
    ["sesuai jadwal", "tidak-dikenal"],
    ["jam", "tidak-dikenal"],
    ["15 menit/berkas", "tidak-dikenal"],
    ["1 jam 30", "tidak-dikenal"],
    ["-5 menit", "tidak-dikenal"],
    ["3-1 hari", "tidak-dikenal"],
    ["1 hari 2 jam", "satuan-campuran"],
    ["2 jam - 1 hari", "satuan-campuran"],
    ["1 detik", "tidak-dikenal"],
  ] as const)("cannot read %p (%s)", (teks, alasan) => {
    expect(parseWaktu(teks)).toEqual({ kind: "tidak-terbaca", teks, alasan });
  });

  it("reads every waktu of the shipped library", () => {
    const semua = PUSTAKA_SOP.flatMap((e) => e.sop.langkah.map((l) => l.waktu));
    expect(semua.length).toBeGreaterThan(40);
    for (const w of semua) expect(parseWaktu(w).kind).toBe("durasi");
  });
});
