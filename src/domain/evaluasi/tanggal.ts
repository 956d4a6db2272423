/**
 * Dates as Indonesian official documents write them ("22 Januari 2024", "Senin, 22 Januari 2024")
 * and as staff type them ("22/01/2024", "22-01-2024", "22 Jan 2024", ISO "2024-01-22").
 * Day-first always: Indonesia never writes month-first.
 */
import { NAMA_BULAN, hariDalamMinggu, namaHari, periksaTanggal, type HasilTanggal, type TanggalKalender } from "./kalender";

export interface OpsiFormatTanggal {
  /** "01 Januari 2016" as some SOP headers write it; default "1 Januari 2016". */
  nolDepan?: boolean;
}

const dua = (n: number) => String(n).padStart(2, "0");

/**
 * "22 Januari 2024". Expects a date that passed `periksaTanggal`; a month outside 1–12 is printed
 * as its number rather than throwing.
 */
export function formatTanggal(t: TanggalKalender, opsi: OpsiFormatTanggal = {}): string {
  const hari = opsi.nolDepan ? dua(t.hari) : String(t.hari);
  const bulan = NAMA_BULAN[t.bulan - 1] ?? String(t.bulan);
  return `${hari} ${bulan} ${t.tahun}`;
}

/** "Senin, 22 Januari 2024". */
export function formatTanggalDenganHari(t: TanggalKalender, opsi: OpsiFormatTanggal = {}): string {
  return `${namaHari(t)}, ${formatTanggal(t, opsi)}`;
}

/** "2024-01-22": the form Evapor stores (settings XML, hidden columns). */
export function keIso(t: TanggalKalender): string {
  return `${String(t.tahun).padStart(4, "0")}-${dua(t.bulan)}-${dua(t.hari)}`;
}

/** "22/01/2024". */
export function formatTanggalAngka(t: TanggalKalender): string {
  return `${dua(t.hari)}/${dua(t.bulan)}/${t.tahun}`;
}

/**
 * Month words as typed: official names, the older spellings still printed on letterheads
 * (Pebruari, Nopember), the usual abbreviations, and English names (an English-locale Excel).
 */
const KATA_BULAN: ReadonlyMap<string, number> = new Map<string, number>([
  ...NAMA_BULAN.map((n, i): [string, number] => [n.toLowerCase(), i + 1]),
  ["pebruari", 2], ["nopember", 11],
  ["jan", 1], ["feb", 2], ["peb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7],
  ["agu", 8], ["agt", 8], ["ags", 8], ["agst", 8], ["agus", 8], ["sep", 9], ["sept", 9],
  ["okt", 10], ["nov", 11], ["nop", 11], ["des", 12],
  ["january", 1], ["february", 2], ["march", 3], ["may", 5], ["june", 6], ["july", 7],
  ["august", 8], ["aug", 8], ["october", 10], ["oct", 10], ["december", 12], ["dec", 12],
]);

/** Day words; "Jum'at" and "Ahad" are common variants of Jumat and Minggu. */
const KATA_HARI: ReadonlyMap<string, number> = new Map<string, number>([
  ["minggu", 0], ["ahad", 0], ["senin", 1], ["selasa", 2], ["rabu", 3], ["kamis", 4],
  ["jumat", 5], ["jum'at", 5], ["jum’at", 5], ["sabtu", 6],
]);

const POLA_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const POLA_ANGKA = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const POLA_KATA = /^(?:([a-z'’]+)\s*,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/;

function dariAngka(tahun: string, bulan: string, hari: string): HasilTanggal {
  return periksaTanggal({ tahun: Number(tahun), bulan: Number(bulan), hari: Number(hari) });
}

/**
 * Reads a date typed or written in a document. `tidak-valid` with a reason for anything that is
 * not a real day: empty or "-" (`kosong`), an unknown shape (`format`), 31 Februari (`tanggal`),
 * a weekday that does not match the date (`hari-tidak-cocok`).
 */
export function parseTanggal(teks: string): HasilTanggal {
  const s = teks.trim().replace(/\s+/g, " ").toLowerCase();
  if (s === "" || s === "-") return { kind: "tidak-valid", alasan: "kosong" };
  const iso = POLA_ISO.exec(s);
  if (iso) return dariAngka(iso[1], iso[2], iso[3]);
  const angka = POLA_ANGKA.exec(s);
  if (angka) return dariAngka(angka[4], angka[3], angka[1]);
  const kata = POLA_KATA.exec(s);
  if (!kata) return { kind: "tidak-valid", alasan: "format" };
  const [, kataHari, hari, kataBulan, tahun] = kata;
  const bulan = KATA_BULAN.get(kataBulan);
  if (bulan === undefined) return { kind: "tidak-valid", alasan: "bulan" };
  const hasil = dariAngka(tahun, String(bulan), hari);
  if (hasil.kind === "ok" && kataHari !== undefined) {
    const nomor = KATA_HARI.get(kataHari);
    if (nomor === undefined) return { kind: "tidak-valid", alasan: "format" };
    if (nomor !== hariDalamMinggu(hasil.tanggal)) return { kind: "tidak-valid", alasan: "hari-tidak-cocok" };
  }
  return hasil;
}
