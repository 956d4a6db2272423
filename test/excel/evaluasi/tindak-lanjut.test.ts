import { createExcelEmulator } from "../../../src/emulator";
import { bacaDaftarTindakLanjut, lanjutkanStatus, tambahTindakLanjut } from "../../../src/excel/evaluasi/tindak-lanjut";
import { serialDariTanggal } from "../../../src/domain/evaluasi/serial-excel";
import { tindakLanjutBaru, type TindakLanjut } from "../../../src/domain/evaluasi/tindak-lanjut";
import type { TanggalKalender } from "../../../src/domain/evaluasi/kalender";

const hariIni: TanggalKalender = { tahun: 2026, bulan: 11, hari: 23 };
const tl = (rekomendasi: string, indikator = "Persentase PBB"): TindakLanjut =>
  tindakLanjutBaru({ id: rekomendasi, rekomendasi, indikator, penanggungJawab: "Kasi Pem", batasWaktu: { tahun: 2026, bulan: 12, hari: 31 } }, { tahun: 2026, bulan: 11, hari: 2 });
const opsi = { kertas: "F4" as const, hariIni };

async function nilai(host: ReturnType<typeof createExcelEmulator>, alamat: string): Promise<unknown[][]> {
  return host.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Tindak Lanjut 2026").getRange(alamat);
    r.load("values");
    await context.sync();
    return r.values as unknown[][];
  });
}

describe("tindak-lanjut list in the workbook", () => {
  it("creates the sheet with the table, then appends without overwriting and skips duplicates", async () => {
    const host = createExcelEmulator();
    expect(await host.run((c) => bacaDaftarTindakLanjut(c, 2026, hariIni))).toEqual({ kind: "lembar-tidak-ada", namaLembar: "Tindak Lanjut 2026" });
    expect(await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Perbaiki data"), tl("=Lengkapi bukti")], opsi)))
      .toEqual({ kind: "ok", namaLembar: "Tindak Lanjut 2026", ditambah: 2, ganda: 0, lembarBaru: true });
    expect(host.lastRun()?.syncs).toBeLessThanOrEqual(2);
    // The user writes a note in Keterangan: appending must leave it.
    await host.run(async (c) => { c.workbook.worksheets.getItem("Tindak Lanjut 2026").getRange("L5").values = [["catatan"]]; await c.sync(); });

    expect(await host.run((c) => tambahTindakLanjut(c, 2026, [tl("perbaiki  data"), tl("Kirim laporan", "")], opsi)))
      .toEqual({ kind: "ok", namaLembar: "Tindak Lanjut 2026", ditambah: 1, ganda: 1, lembarBaru: false });
    // Find the sheet, read it, write: a range cannot be taken off a null-object sheet.
    expect(host.lastRun()?.syncs).toBe(3);

    const rows = await nilai(host, "A4:L7");
    expect(rows[0].slice(0, 6)).toEqual(["No", "Rekomendasi", "Indikator", "Penanggung Jawab", "Batas Waktu", "Status"]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5], r[11]])).toEqual([
      [1, "Perbaiki data", "Diserahkan ke Kasi", "catatan"],
      [2, "=Lengkapi bukti", "Diserahkan ke Kasi", ""],
      [3, "Kirim laporan", "Diserahkan ke Kasi", ""],
    ]);
    expect(rows[3][4]).toBe(serialDariTanggal({ tahun: 2026, bulan: 12, hari: 31 }));
    const sheet = host.snapshot().sheets.find((s) => s.name === "Tindak Lanjut 2026");
    expect(sheet?.tables.map((t) => t.name)).toEqual(["TindakLanjut2026"]);
    expect(sheet?.dataValidations.map((v) => v.list?.source)).toEqual(["Diserahkan ke Kasi,Diperbaiki,Diperiksa Sekcam,Diketahui Camat,Diarsipkan"]);
    expect(sheet?.conditionalFormats.map((f) => [f.type, f.formula])).toEqual([["Custom", expect.stringContaining("TODAY()")]]);

    const daftar = await host.run((c) => bacaDaftarTindakLanjut(c, 2026, hariIni));
    expect(daftar.kind === "ok" && daftar.daftar.map((b) => b.baris)).toEqual([5, 6, 7]);
  });

  it("appends in 2 syncs when the caller knows the sheet exists, and still creates it when the hint is wrong", async () => {
    const host = createExcelEmulator();
    expect(await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Perbaiki data")], { ...opsi, lembarAda: true })))
      .toEqual({ kind: "ok", namaLembar: "Tindak Lanjut 2026", ditambah: 1, ganda: 0, lembarBaru: true });
    expect(host.lastRun()?.syncs).toBe(3);
    expect(await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Perbaiki data"), tl("Kirim laporan")], { ...opsi, lembarAda: true })))
      .toEqual({ kind: "ok", namaLembar: "Tindak Lanjut 2026", ditambah: 1, ganda: 1, lembarBaru: false });
    expect(host.lastRun()?.syncs).toBe(2);
    const daftar = await host.run((c) => bacaDaftarTindakLanjut(c, 2026, hariIni));
    expect(daftar.kind === "ok" && daftar.daftar.map((b) => [b.baris, b.tindakLanjut.rekomendasi])).toEqual([[5, "Perbaiki data"], [6, "Kirim laporan"]]);
  });

  it("fits appended rows to a long recommendation, as the first rows are", async () => {
    const host = createExcelEmulator();
    await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Perbaiki data")], opsi));
    const panjang = "Lengkapi bukti dukung realisasi PBB untuk seluruh desa dan kelurahan sebelum rapat evaluasi triwulan berikutnya dimulai";
    await host.run((c) => tambahTindakLanjut(c, 2026, [tl(panjang)], opsi));
    const s = host.snapshot().sheets.find((x) => x.name === "Tindak Lanjut 2026");
    const tinggi = (r: number) => s?.rowHeights[r] ?? s?.standardHeight ?? 0;
    expect(tinggi(5)).toBeGreaterThanOrEqual(3 * 15);
    expect(tinggi(4)).toBeLessThan(tinggi(5));
  });

  it("moves a follow-up along the exact chain, writing Status and its date, and refuses skipping", async () => {
    const host = createExcelEmulator();
    await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Perbaiki data")], opsi));
    expect(await host.run((c) => lanjutkanStatus(c, 2026, 5, hariIni, "diperiksa-sekcam")))
      .toEqual({ kind: "transisi-ditolak", dari: "diserahkan-ke-kasi", ke: "diperiksa-sekcam" });
    const urutan = ["Diperbaiki", "Diperiksa Sekcam", "Diketahui Camat", "Diarsipkan"];
    for (const [i, label] of urutan.entries()) {
      const h = await host.run((c) => lanjutkanStatus(c, 2026, 5, hariIni));
      expect(host.lastRun()?.syncs).toBeLessThanOrEqual(2);
      expect(h.kind).toBe("ok");
      const row = (await nilai(host, "A5:L5"))[0];
      expect(row[5]).toBe(label);
      expect(row[7 + i]).toBe(serialDariTanggal(hariIni));
    }
    expect(await host.run((c) => lanjutkanStatus(c, 2026, 5, hariIni))).toEqual({ kind: "sudah-diarsipkan", baris: 5 });
    expect(await host.run((c) => lanjutkanStatus(c, 2026, 9, hariIni))).toEqual({ kind: "baris-tidak-ada", baris: 9 });
  });

  it("does not write into a sheet of that name that is not a tindak-lanjut list", async () => {
    const host = createExcelEmulator();
    await host.run(async (c) => { c.workbook.worksheets.add("Tindak Lanjut 2026").getRange("A1").values = [["Catatan rapat"]]; await c.sync(); });
    expect(await host.run((c) => tambahTindakLanjut(c, 2026, [tl("X")], opsi))).toEqual({ kind: "bukan-lembar-tindak-lanjut", namaLembar: "Tindak Lanjut 2026" });
    expect(await nilai(host, "A1:A5")).toEqual([["Catatan rapat"], [""], [""], [""], [""]]);
  });
});
