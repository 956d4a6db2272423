import {
  LABEL_STATUS,
  URUTAN_STATUS,
  bolehBeralih,
  hariTerlambat,
  lanjutkan,
  statusBerikutnya,
  statusDariLabel,
  tanggalStatus,
  terlambat,
  tindakLanjutBaru,
  tindakLanjutSelesai,
  type StatusTindakLanjut,
  type TanggalKalender,
  type TindakLanjut,
} from "../../../src/domain/evaluasi";

const T = (tahun: number, bulan: number, hari: number): TanggalKalender => ({ tahun, bulan, hari });

const baru = (): TindakLanjut =>
  tindakLanjutBaru(
    {
      id: "TL-2024-1-01",
      rekomendasi: "Lengkapi daftar hadir Musrenbangcam",
      indikator: "Partisipasi delegasi Musrenbangcam",
      penanggungJawab: "Kasi Ekbang",
      batasWaktu: T(2024, 2, 5),
    },
    T(2024, 1, 22),
  );

/** A follow-up standing at `status`, reached step by step one day apart. */
function pada(status: StatusTindakLanjut): TindakLanjut {
  let tl = baru();
  let hari = 22;
  while (tl.status !== status) {
    const ke = statusBerikutnya(tl.status);
    if (ke === null) throw new Error("unreachable status");
    const hasil = lanjutkan(tl, ke, T(2024, 1, ++hari));
    if (hasil.kind !== "ok") throw new Error(hasil.kind);
    tl = hasil.tindakLanjut;
  }
  return tl;
}

const MAJU: ReadonlyArray<[StatusTindakLanjut, StatusTindakLanjut]> = [
  ["diserahkan-ke-kasi", "diperbaiki"],
  ["diperbaiki", "diperiksa-sekcam"],
  ["diperiksa-sekcam", "diketahui-camat"],
  ["diketahui-camat", "diarsipkan"],
];

describe("tindak lanjut state machine", () => {
  it("starts at Diserahkan ke Kasi with its date", () => {
    const tl = baru();
    expect(tl.status).toBe("diserahkan-ke-kasi");
    expect(tl.riwayat).toEqual([{ status: "diserahkan-ke-kasi", tanggal: T(2024, 1, 22) }]);
  });

  const pasangan = URUTAN_STATUS.flatMap((dari) => URUTAN_STATUS.map((ke) => [dari, ke] as const));

  it("has 25 status pairs to check", () => {
    expect(pasangan).toHaveLength(25);
  });

  it.each(pasangan)("%s → %s", (dari, ke) => {
    const maju = MAJU.some(([a, b]) => a === dari && b === ke);
    const tl = pada(dari);
    const hasil = lanjutkan(tl, ke, T(2024, 1, 31));
    expect(bolehBeralih(dari, ke)).toBe(maju);
    if (maju) {
      expect(hasil.kind).toBe("ok");
      if (hasil.kind !== "ok") return;
      expect(hasil.tindakLanjut.status).toBe(ke);
      expect(hasil.tindakLanjut.riwayat).toEqual([...tl.riwayat, { status: ke, tanggal: T(2024, 1, 31) }]);
      expect(tanggalStatus(hasil.tindakLanjut, ke)).toEqual(T(2024, 1, 31));
    } else {
      expect(hasil).toEqual({ kind: "transisi-ditolak", dari, ke });
    }
  });

  it("does not change the follow-up it was given", () => {
    const tl = baru();
    const salinan = structuredClone(tl);
    lanjutkan(tl, "diperbaiki", T(2024, 1, 25));
    expect(tl).toEqual(salinan);
  });

  it("names the next status, none after Diarsipkan", () => {
    expect(URUTAN_STATUS.map(statusBerikutnya)).toEqual(["diperbaiki", "diperiksa-sekcam", "diketahui-camat", "diarsipkan", null]);
  });

  it("keeps the date of every status", () => {
    const tl = pada("diarsipkan");
    expect(URUTAN_STATUS.map((s) => tanggalStatus(tl, s))).toEqual([T(2024, 1, 22), T(2024, 1, 23), T(2024, 1, 24), T(2024, 1, 25), T(2024, 1, 26)]);
    expect(tanggalStatus(baru(), "diperbaiki")).toBeNull();
  });

  it("allows several steps on the same day but rejects a date before the previous status", () => {
    const samaHari = lanjutkan(baru(), "diperbaiki", T(2024, 1, 22));
    expect(samaHari.kind).toBe("ok");
    expect(lanjutkan(baru(), "diperbaiki", T(2024, 1, 21))).toEqual({
      kind: "tanggal-mundur",
      tanggalSebelumnya: T(2024, 1, 22),
      tanggal: T(2024, 1, 21),
    });
    expect(lanjutkan(pada("diperiksa-sekcam"), "diketahui-camat", T(2023, 12, 31)).kind).toBe("tanggal-mundur");
  });

  it("rejects an impossible date", () => {
    expect(lanjutkan(baru(), "diperbaiki", T(2024, 2, 30))).toEqual({ kind: "tanggal-tidak-valid", tanggal: T(2024, 2, 30) });
  });

  it("checks the transition before the date", () => {
    expect(lanjutkan(baru(), "diarsipkan", T(2020, 1, 1)).kind).toBe("transisi-ditolak");
  });
});

describe("overdue follow-ups", () => {
  it("is on time up to and including the deadline day, overdue the day after", () => {
    const tl = baru();
    expect(terlambat(tl, T(2024, 2, 4))).toBe(false);
    expect(terlambat(tl, T(2024, 2, 5))).toBe(false);
    expect(terlambat(tl, T(2024, 2, 6))).toBe(true);
    expect(hariTerlambat(tl, T(2024, 2, 5))).toBe(0);
    expect(hariTerlambat(tl, T(2024, 3, 1))).toBe(25);
  });

  it.each<[StatusTindakLanjut, boolean]>([
    ["diserahkan-ke-kasi", true],
    ["diperbaiki", true],
    ["diperiksa-sekcam", true],
    ["diketahui-camat", false],
    ["diarsipkan", false],
  ])("past the deadline at %s → overdue: %s", (status, harap) => {
    const tl = pada(status);
    expect(terlambat(tl, T(2024, 6, 1))).toBe(harap);
    expect(tindakLanjutSelesai(tl)).toBe(!harap);
    expect(hariTerlambat(tl, T(2024, 6, 1)) > 0).toBe(harap);
  });
});

describe("status labels", () => {
  it("writes and reads back the labels of the seeds' flow", () => {
    expect(URUTAN_STATUS.map((s) => LABEL_STATUS[s])).toEqual(["Diserahkan ke Kasi", "Diperbaiki", "Diperiksa Sekcam", "Diketahui Camat", "Diarsipkan"]);
    for (const s of URUTAN_STATUS) expect(statusDariLabel(LABEL_STATUS[s])).toBe(s);
    expect(statusDariLabel("  diperiksa   SEKCAM ")).toBe("diperiksa-sekcam");
    expect(statusDariLabel("diketahui-camat")).toBe("diketahui-camat");
    expect(statusDariLabel("Selesai")).toBeNull();
    expect(statusDariLabel("")).toBeNull();
  });
});
