/**
 * The "Tindak Lanjut <tahun>" sheet: the workbook's list of follow-ups with owner, deadline, status
 * and one date per status (the review trail of DESIGN.md "Evaluation and review"). It must read
 * without the add-in (the Sekcam may not have it): a status drop-down, real date cells and a
 * conditional format that marks overdue rows with TODAY().
 */
import type { UkuranKertas } from "../pengaturan/model";
import { alamatKotak, alamatSel, type IsiSel, type KotakSel, type RencanaLembar } from "../lembar/rencana";
import type { TanggalKalender } from "./kalender";
import { parseTanggal } from "./tanggal";
import { serialDariTanggal, tanggalDariSerial } from "./serial-excel";
import { hariTerlambat, LABEL_STATUS, statusDariLabel, URUTAN_STATUS, type RiwayatStatus, type StatusTindakLanjut, type TindakLanjut } from "./tindak-lanjut";
import { tinggiTeks } from "./lembar/teks-cetak";

export const JUDUL_KOLOM_TINDAK_LANJUT = [
  "No", "Rekomendasi", "Indikator", "Penanggung Jawab", "Batas Waktu", "Status",
  "Tanggal Diserahkan", "Tanggal Diperbaiki", "Tanggal Diperiksa Sekcam", "Tanggal Diketahui Camat", "Tanggal Diarsipkan",
  "Keterangan",
] as const;

/** 0-based columns. */
export const KOLOM_TL = { no: 0, rekomendasi: 1, indikator: 2, penanggungJawab: 3, batasWaktu: 4, status: 5, tanggalPertama: 6, keterangan: 11 } as const;
export const JUMLAH_KOLOM_TL = JUDUL_KOLOM_TINDAK_LANJUT.length;
/** Row 0 title, row 1 subtitle, row 2 empty, row 3 the table header; data from row 4 (Excel row 5). */
export const BARIS_JUDUL_TABEL = 3;
export const BARIS_DATA_PERTAMA = BARIS_JUDUL_TABEL + 1;
/** Validation and the overdue format cover this many rows, so rows appended later are covered too. */
export const BARIS_CAKUPAN = 500;
// [$-421]: Indonesian month names (LCID 0x0421) whatever the regional settings of the PC that opens the file.
export const FORMAT_TANGGAL = "[$-421]dd mmmm yyyy";
/** The five status dates are a record, short so the list prints readably on one page wide. */
export const FORMAT_TANGGAL_RIWAYAT = "dd/mm/yyyy";
/** Widths in points. 1,128 pt in all: ~70 % on A4 landscape, ~78 % on F4 (11 pt text at 7.7 / 8.6 pt). */
const LEBAR_KOLOM_TL = [28, 200, 150, 100, 90, 110, 66, 66, 66, 66, 66, 120];

export const namaLembarTindakLanjut = (tahun: number): string => `Tindak Lanjut ${tahun}`;
export const namaTabelTindakLanjut = (tahun: number): string => `TindakLanjut${tahun}`;

const kolomTanggal = (s: StatusTindakLanjut): number => KOLOM_TL.tanggalPertama + URUTAN_STATUS.indexOf(s);

/** One sheet row of a follow-up: numbers as Excel serials, the status as its label. */
export function isiBarisTindakLanjut(no: number, tl: TindakLanjut, keterangan = ""): IsiSel[] {
  const tanggal = URUTAN_STATUS.map((s) => {
    const r = tl.riwayat.find((x) => x.status === s);
    return r ? serialDariTanggal(r.tanggal) : null;
  });
  return [no, tl.rekomendasi, tl.indikator, tl.penanggungJawab, serialDariTanggal(tl.batasWaktu), LABEL_STATUS[tl.status], ...tanggal, keterangan];
}

/** The whole sheet, with the follow-ups it starts with (at least one: an Excel table needs a body row). */
export function rencanaLembarTindakLanjut(tahun: number, kertas: UkuranKertas, awal: readonly TindakLanjut[]): RencanaLembar {
  const baris = awal.length > 0 ? awal.map((tl, i) => isiBarisTindakLanjut(i + 1, tl)) : [Array<IsiSel>(JUMLAH_KOLOM_TL).fill(null)];
  const kotakData = (kolom: number, jumlahKolom = 1): KotakSel => ({ baris: BARIS_DATA_PERTAMA, kolom, jumlahBaris: BARIS_CAKUPAN, jumlahKolom });
  const kiriAtas = alamatSel(BARIS_DATA_PERTAMA, KOLOM_TL.batasWaktu).replace(/^([A-Z]+)/, "$$$1");
  const status = alamatSel(BARIS_DATA_PERTAMA, KOLOM_TL.status).replace(/^([A-Z]+)/, "$$$1");
  return {
    nama: namaLembarTindakLanjut(tahun),
    lebarKolom: LEBAR_KOLOM_TL,
    tinggiBaris: [{ baris: BARIS_JUDUL_TABEL, tinggi: Math.max(...JUDUL_KOLOM_TINDAK_LANJUT.map((j, k) => tinggiTeks(j, LEBAR_KOLOM_TL[k]))) }],
    // Rekomendasi and Indikator wrap: the rows are fitted to them (rows appended later are fitted when added).
    pasTinggi: [{ baris: BARIS_DATA_PERTAMA, kolom: 0, jumlahBaris: baris.length, jumlahKolom: JUMLAH_KOLOM_TL }],
    blok: [
      { baris: 0, kolom: 0, isi: [[`DAFTAR TINDAK LANJUT HASIL EVALUASI KINERJA TAHUN ${tahun}`]] },
      { baris: 1, kolom: 0, isi: [["Baris merah: melewati batas waktu dan belum diketahui Camat."]] },
      { baris: BARIS_JUDUL_TABEL, kolom: 0, isi: [[...JUDUL_KOLOM_TINDAK_LANJUT]] },
      { baris: BARIS_DATA_PERTAMA, kolom: 0, isi: baris },
    ],
    gaya: [
      { kotak: { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { tebal: true, ukuranHuruf: 14 } },
      { kotak: { baris: 1, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { miring: true, ukuranHuruf: 9 } },
      { kotak: { baris: BARIS_JUDUL_TABEL, kolom: 0, jumlahBaris: 1, jumlahKolom: JUMLAH_KOLOM_TL }, gaya: { tebal: true, bungkus: true, rataHorizontal: "tengah", rataVertikal: "tengah" } },
      // Every cell of a row starts at its top, level with the first line of a wrapped recommendation.
      { kotak: kotakData(0, JUMLAH_KOLOM_TL), gaya: { rataVertikal: "atas" } },
      // Text columns as text, so a recommendation starting with "=" or "-" stays text.
      { kotak: kotakData(KOLOM_TL.rekomendasi, 3), gaya: { bungkus: true, rataVertikal: "atas", formatAngka: "@" } },
      { kotak: kotakData(KOLOM_TL.status), gaya: { formatAngka: "@" } },
      { kotak: kotakData(KOLOM_TL.keterangan), gaya: { bungkus: true, formatAngka: "@" } },
      { kotak: kotakData(KOLOM_TL.batasWaktu), gaya: { formatAngka: FORMAT_TANGGAL } },
      { kotak: kotakData(KOLOM_TL.tanggalPertama, URUTAN_STATUS.length), gaya: { formatAngka: FORMAT_TANGGAL_RIWAYAT } },
    ],
    validasi: [{ kind: "daftar", kotak: kotakData(KOLOM_TL.status), pilihan: URUTAN_STATUS.map((s) => LABEL_STATUS[s]), pesan: "Pilih status dari daftar." }],
    // Overdue as in `terlambat`: past the deadline and not yet taken note of by the Camat.
    formatBersyarat: [{
      kotak: kotakData(0, JUMLAH_KOLOM_TL),
      rumus: `=AND(${kiriAtas}<>"",${kiriAtas}<TODAY(),${status}<>"${LABEL_STATUS["diketahui-camat"]}",${status}<>"${LABEL_STATUS.diarsipkan}")`,
      isi: "#FDE7E9",
      warnaHuruf: "#A4262C",
    }],
    tabel: { nama: namaTabelTindakLanjut(tahun), kotak: { baris: BARIS_JUDUL_TABEL, kolom: 0, jumlahBaris: baris.length + 1, jumlahKolom: JUMLAH_KOLOM_TL } },
    bekukan: { baris: BARIS_DATA_PERTAMA, kolom: 0 },
    halaman: { orientasi: "lanskap", kertas, margin: { atas: 36, bawah: 36, kiri: 28.8, kanan: 28.8 }, satuHalamanLebar: true, judulCetak: { dari: BARIS_JUDUL_TABEL, sampai: BARIS_JUDUL_TABEL }, kaki: `Tindak Lanjut ${tahun} — halaman &P` },
    warnaTab: "#C50F1F",
  };
}

export interface BarisTindakLanjut {
  /** Excel row number (1-based). */
  baris: number;
  tindakLanjut: TindakLanjut;
  keterangan: string;
  hariTerlambat: number;
}

export type MasalahBarisTindakLanjut =
  | { kind: "status-tidak-dikenal"; alamat: string; teks: string }
  | { kind: "bukan-tanggal"; alamat: string; kolom: string }
  | { kind: "batas-waktu-kosong"; alamat: string }
  | { kind: "tanggal-status-kosong"; alamat: string; status: StatusTindakLanjut };

export type HasilBacaTindakLanjut =
  | { kind: "ok"; daftar: BarisTindakLanjut[]; masalah: MasalahBarisTindakLanjut[] }
  | { kind: "bukan-lembar-tindak-lanjut" };

const teks = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

type HasilSelTanggal = { kind: "kosong" } | { kind: "ok"; tanggal: TanggalKalender } | { kind: "salah" };
function bacaSelTanggal(v: unknown): HasilSelTanggal {
  if (v === null || v === undefined || v === "") return { kind: "kosong" };
  const h = typeof v === "number" ? tanggalDariSerial(v) : typeof v === "string" ? parseTanggal(v) : null;
  return h && h.kind === "ok" ? { kind: "ok", tanggal: h.tanggal } : { kind: "salah" };
}

/**
 * Reads the list back from the sheet's values (from A1). Rows with an unknown status or an
 * unreadable deadline are left out and named in `masalah` with their cell.
 */
export function bacaTindakLanjut(values: readonly (readonly unknown[])[], hariIni: TanggalKalender): HasilBacaTindakLanjut {
  const judul = values[BARIS_JUDUL_TABEL];
  if (!judul || teks(judul[KOLOM_TL.rekomendasi]) !== "Rekomendasi" || teks(judul[KOLOM_TL.status]) !== "Status") return { kind: "bukan-lembar-tindak-lanjut" };
  const daftar: BarisTindakLanjut[] = [];
  const masalah: MasalahBarisTindakLanjut[] = [];
  for (let r = BARIS_DATA_PERTAMA; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.slice(KOLOM_TL.rekomendasi).every((v) => teks(v) === "")) continue;
    const sebelum = masalah.length;
    const statusTeks = teks(row[KOLOM_TL.status]);
    const status = statusDariLabel(statusTeks);
    if (!status) masalah.push({ kind: "status-tidak-dikenal", alamat: alamatSel(r, KOLOM_TL.status), teks: statusTeks });
    const batas = bacaSelTanggal(row[KOLOM_TL.batasWaktu]);
    if (batas.kind === "kosong") masalah.push({ kind: "batas-waktu-kosong", alamat: alamatSel(r, KOLOM_TL.batasWaktu) });
    if (batas.kind === "salah") masalah.push({ kind: "bukan-tanggal", alamat: alamatSel(r, KOLOM_TL.batasWaktu), kolom: "Batas Waktu" });
    const riwayat: RiwayatStatus[] = [];
    URUTAN_STATUS.forEach((s, i) => {
      const c = KOLOM_TL.tanggalPertama + i;
      const t = bacaSelTanggal(row[c]);
      if (t.kind === "salah") masalah.push({ kind: "bukan-tanggal", alamat: alamatSel(r, c), kolom: JUDUL_KOLOM_TINDAK_LANJUT[c] });
      else if (t.kind === "ok") riwayat.push({ status: s, tanggal: t.tanggal });
      else if (status && i <= URUTAN_STATUS.indexOf(status)) masalah.push({ kind: "tanggal-status-kosong", alamat: alamatSel(r, c), status: s });
    });
    if (masalah.length > sebelum || !status || batas.kind !== "ok") continue;
    const tindakLanjut: TindakLanjut = {
      id: `baris-${r + 1}`,
      rekomendasi: teks(row[KOLOM_TL.rekomendasi]),
      indikator: teks(row[KOLOM_TL.indikator]),
      penanggungJawab: teks(row[KOLOM_TL.penanggungJawab]),
      batasWaktu: batas.tanggal,
      status,
      riwayat: riwayat.filter((x) => URUTAN_STATUS.indexOf(x.status) <= URUTAN_STATUS.indexOf(status)),
    };
    daftar.push({ baris: r + 1, tindakLanjut, keterangan: teks(row[KOLOM_TL.keterangan]), hariTerlambat: hariTerlambat(tindakLanjut, hariIni) });
  }
  return { kind: "ok", daftar, masalah };
}

/** Number formats of one data row: dates as dates, texts as text ("@"), No as a number. */
export const FORMAT_BARIS_TL: readonly string[] = JUDUL_KOLOM_TINDAK_LANJUT.map((_, k) =>
  k === KOLOM_TL.no ? "General" : k === KOLOM_TL.batasWaktu ? FORMAT_TANGGAL : k >= KOLOM_TL.tanggalPertama && k < KOLOM_TL.keterangan ? FORMAT_TANGGAL_RIWAYAT : "@");

/** A single cell write. */
export interface TulisSel { alamat: string; nilai: string | number; formatAngka?: string }

/**
 * Moving one follow-up along writes exactly two cells of its row: Status and that status's date
 * (so the rest of the row, including the user's Keterangan, is never touched).
 */
export function rencanaPerubahanStatus(baris: number, ke: StatusTindakLanjut, tanggal: TanggalKalender): TulisSel[] {
  const r = baris - 1;
  return [
    { alamat: alamatSel(r, KOLOM_TL.status), nilai: LABEL_STATUS[ke] },
    { alamat: alamatSel(r, kolomTanggal(ke)), nilai: serialDariTanggal(tanggal) ?? 0, formatAngka: FORMAT_TANGGAL_RIWAYAT },
  ];
}

/** The rows to append under the last data row `barisTerakhir` (Excel row number), numbered on. */
export function rencanaTambahBaris(barisTerakhir: number, nomorTerakhir: number, baru: readonly TindakLanjut[]): { alamat: string; isi: IsiSel[][] } {
  const isi = baru.map((tl, i) => isiBarisTindakLanjut(nomorTerakhir + i + 1, tl));
  return { alamat: alamatKotak({ baris: barisTerakhir, kolom: 0, jumlahBaris: baru.length, jumlahKolom: JUMLAH_KOLOM_TL }), isi };
}

/** Same follow-up: the same recommendation on the same indicator (case and spacing ignored). */
export function kunciTindakLanjut(tl: Pick<TindakLanjut, "rekomendasi" | "indikator">): string {
  const n = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return `${n(tl.rekomendasi)}\u0000${n(tl.indikator)}`;
}
