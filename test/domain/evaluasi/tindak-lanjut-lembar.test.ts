import { HyperFormula } from "hyperformula";
import {
  bacaTindakLanjut, isiBarisTindakLanjut, JUDUL_KOLOM_TINDAK_LANJUT, kunciTindakLanjut, rencanaLembarTindakLanjut, rencanaPerubahanStatus, rencanaTambahBaris,
} from "../../../src/domain/evaluasi/tindak-lanjut-lembar";
import { lanjutkan, tindakLanjutBaru, type TindakLanjut } from "../../../src/domain/evaluasi/tindak-lanjut";
import { serialDariTanggal } from "../../../src/domain/evaluasi/serial-excel";

const tl = (rekomendasi: string, batas = { tahun: 2026, bulan: 11, hari: 30 }): TindakLanjut =>
  tindakLanjutBaru({ id: rekomendasi, rekomendasi, indikator: "Persentase PBB", penanggungJawab: "Kasi Pem", batasWaktu: batas }, { tahun: 2026, bulan: 10, hari: 15 });
const hariIni = { tahun: 2026, bulan: 11, hari: 23 };

/** The plan's blocks as a values grid from A1. */
function grid(rencana: ReturnType<typeof rencanaLembarTindakLanjut>): unknown[][] {
  const g: unknown[][] = [];
  for (const b of rencana.blok) b.isi.forEach((row, i) => { g[b.baris + i] = [...(g[b.baris + i] ?? [])]; row.forEach((v, j) => { g[b.baris + i][b.kolom + j] = v; }); });
  return Array.from(g, (r) => Array.from(r ?? [], (v) => (v === undefined ? "" : v)));
}

describe("rencanaLembarTindakLanjut", () => {
  const rencana = rencanaLembarTindakLanjut(2026, "F4", [tl("Perbaiki data"), tl("Lengkapi bukti")]);

  it("names the sheet by year and lays out the table with a date column per status", () => {
    expect(rencana.nama).toBe("Tindak Lanjut 2026");
    expect(JUDUL_KOLOM_TINDAK_LANJUT).toEqual(["No", "Rekomendasi", "Indikator", "Penanggung Jawab", "Batas Waktu", "Status",
      "Tanggal Diserahkan", "Tanggal Diperbaiki", "Tanggal Diperiksa Sekcam", "Tanggal Diketahui Camat", "Tanggal Diarsipkan", "Keterangan"]);
    expect(rencana.tabel).toEqual({ nama: "TindakLanjut2026", kotak: { baris: 3, kolom: 0, jumlahBaris: 3, jumlahKolom: 12 } });
    const g = grid(rencana);
    expect(g[4].slice(0, 7)).toEqual([1, "Perbaiki data", "Persentase PBB", "Kasi Pem", serialDariTanggal({ tahun: 2026, bulan: 11, hari: 30 }), "Diserahkan ke Kasi", serialDariTanggal({ tahun: 2026, bulan: 10, hari: 15 })]);
    expect(rencana.gaya?.some((g2) => g2.kotak.kolom === 4 && g2.gaya.formatAngka === "[$-421]dd mmmm yyyy")).toBe(true);
    expect(rencana.halaman).toMatchObject({ orientasi: "lanskap", kertas: "F4", judulCetak: { dari: 3, sampai: 3 } });
  });

  it("offers the five statuses as a list on the Status column", () => {
    expect(rencana.validasi).toHaveLength(1);
    const v = rencana.validasi?.[0];
    expect(v?.kind === "daftar" && v.pilihan).toEqual(["Diserahkan ke Kasi", "Diperbaiki", "Diperiksa Sekcam", "Diketahui Camat", "Diarsipkan"]);
    expect(v?.kotak).toMatchObject({ baris: 4, kolom: 5, jumlahKolom: 1 });
  });

  it("marks overdue rows with a formula that a spreadsheet engine evaluates as `terlambat` does", () => {
    const f = rencana.formatBersyarat?.[0];
    expect(f?.kotak).toMatchObject({ baris: 4, kolom: 0, jumlahKolom: 12 });
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const s = hf.getSheetId(hf.addSheet("S")) ?? 0;
    const today = Number(hf.calculateFormula("=TODAY()", s));
    // E5 batas waktu, F5 status; rows: overdue open, overdue but noted by the Camat, not yet due, no deadline.
    const rows = [[today - 3, "Diperbaiki"], [today - 3, "Diketahui Camat"], [today + 1, "Diserahkan ke Kasi"], ["", "Diperbaiki"]];
    rows.forEach(([e, st], i) => hf.setCellContents({ sheet: s, row: 4 + i, col: 4 }, [[e, st]]));
    const hasil = rows.map((_, i) => hf.calculateFormula((f?.rumus ?? "").replace(/\$E5/g, `$E${5 + i}`).replace(/\$F5/g, `$F${5 + i}`), s));
    expect(hasil).toEqual([true, false, false, false]);
  });
});

describe("bacaTindakLanjut", () => {
  it("reads the rows back with their Excel row numbers, status history and days late", () => {
    const g = grid(rencanaLembarTindakLanjut(2026, "A4", [tl("Perbaiki data", { tahun: 2026, bulan: 11, hari: 20 }), tl("Lengkapi bukti")]));
    const hasil = bacaTindakLanjut(g, hariIni);
    if (hasil.kind !== "ok") throw new Error(hasil.kind);
    expect(hasil.masalah).toEqual([]);
    expect(hasil.daftar.map((b) => [b.baris, b.tindakLanjut.rekomendasi, b.tindakLanjut.status, b.hariTerlambat])).toEqual([
      [5, "Perbaiki data", "diserahkan-ke-kasi", 3], [6, "Lengkapi bukti", "diserahkan-ke-kasi", 0]]);
    expect(hasil.daftar[0].tindakLanjut.riwayat).toEqual([{ status: "diserahkan-ke-kasi", tanggal: { tahun: 2026, bulan: 10, hari: 15 } }]);
  });

  it("names the cell of an unknown status and of a date that is not a date, and leaves those rows out", () => {
    const g = grid(rencanaLembarTindakLanjut(2026, "A4", [tl("A"), tl("B"), tl("C")]));
    g[4][5] = "Selesai";
    g[5][7] = "besok";
    g[6][5] = " diperbaiki ";
    g[6][7] = "20/11/2026";
    const hasil = bacaTindakLanjut(g, hariIni);
    if (hasil.kind !== "ok") throw new Error(hasil.kind);
    expect(hasil.masalah).toEqual([
      { kind: "status-tidak-dikenal", alamat: "F5", teks: "Selesai" },
      { kind: "bukan-tanggal", alamat: "H6", kolom: "Tanggal Diperbaiki" },
    ]);
    expect(hasil.daftar.map((b) => [b.baris, b.tindakLanjut.status])).toEqual([[7, "diperbaiki"]]);
  });

  it("says when the sheet is not a tindak-lanjut list", () => {
    expect(bacaTindakLanjut([["Nama"], [], [], ["No", "Nama"]], hariIni)).toEqual({ kind: "bukan-lembar-tindak-lanjut" });
  });
});

describe("row plans", () => {
  it("moving a follow-up writes its Status and that status's date cell only", () => {
    const tanggal = { tahun: 2026, bulan: 11, hari: 23 };
    expect(rencanaPerubahanStatus(7, "diperiksa-sekcam", tanggal)).toEqual([
      { alamat: "F7", nilai: "Diperiksa Sekcam" },
      { alamat: "I7", nilai: serialDariTanggal(tanggal), formatAngka: "dd/mm/yyyy" },
    ]);
  });

  it("appends numbered rows under the last one", () => {
    const r = rencanaTambahBaris(6, 2, [tl("X")]);
    expect(r.alamat).toBe("A7:L7");
    expect(r.isi[0][0]).toBe(3);
  });

  it("writes every status date of the history", () => {
    const moved = lanjutkan(tl("X"), "diperbaiki", { tahun: 2026, bulan: 10, hari: 20 });
    if (moved.kind !== "ok") throw new Error(moved.kind);
    expect(isiBarisTindakLanjut(1, moved.tindakLanjut).slice(5, 9)).toEqual(["Diperbaiki", serialDariTanggal({ tahun: 2026, bulan: 10, hari: 15 }), serialDariTanggal({ tahun: 2026, bulan: 10, hari: 20 }), null]);
  });

  it("treats the same recommendation on the same indicator as the same follow-up", () => {
    expect(kunciTindakLanjut({ rekomendasi: " Perbaiki  data", indikator: "PBB" })).toBe(kunciTindakLanjut({ rekomendasi: "perbaiki data", indikator: "pbb " }));
    expect(kunciTindakLanjut({ rekomendasi: "Perbaiki data", indikator: "PBB" })).not.toBe(kunciTindakLanjut({ rekomendasi: "Perbaiki data", indikator: "IKM" }));
  });

  it("prints one page wide at a readable scale, the deadline with Indonesian month names", () => {
    const r = rencanaLembarTindakLanjut(2026, "A4", [tl("Perbaiki data")]);
    const lebar = r.lebarKolom.reduce((a, b) => a + b, 0);
    const cetakA4 = 841.89 - 2 * 28.8;
    // 11 pt text prints at 7.5 pt or more once fitted to the page width.
    expect((11 * cetakA4) / lebar).toBeGreaterThanOrEqual(7.5);
    expect(r.halaman.margin).toEqual({ atas: 36, bawah: 36, kiri: 28.8, kanan: 28.8 });
    const format = (k: number) => r.gaya?.find((g) => g.kotak.kolom === k && g.gaya.formatAngka !== undefined)?.gaya.formatAngka;
    expect(format(4)).toBe("[$-421]dd mmmm yyyy");
    expect(format(6)).toBe("dd/mm/yyyy");
    expect(r.pasTinggi).toEqual([{ baris: 4, kolom: 0, jumlahBaris: 1, jumlahKolom: 12 }]);
  });
});
