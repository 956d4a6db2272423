/**
 * One numeric cell of an indicator row, classified with parseCellNumber and turned into the value
 * Evapor computes with plus the problems the user must see (DESIGN.md, "Numbers as staff type
 * them": every cell is a number, empty, or invalid with its address; nothing invalid becomes 0).
 */
import { parseCellNumber, type HasilAngka, type LocaleAngka } from "../capaian/angka";
import type { TargetNilai } from "../capaian/capaian";
import type { BidangAngka, MasalahSel } from "./terbaca";

export interface SelAngka {
  alamat: string;
  baris: number;
  bidang: BidangAngka;
  raw: unknown;
  numberFormat?: string;
  locale: LocaleAngka;
}

// "85–90", "85 - 90 %", "85% – 90%", "85 s.d. 90": the two bounds of a target range (PermenPANRB
// guidance: inside the range counts 100 %). En/em dash or hyphen; a hyphen needs a digit before it
// so that "-5" stays a negative number.
const POLA_RENTANG = /^(.*?\d\s*%?)\s*(?:[–—]|-|s\.?\s?d\.?|sampai)\s*(.+)$/iu;

type Angka = Extract<HasilAngka, { kind: "angka" }>;

/** Both bounds of a range typed as text (with how each was read); null when the text is not a range. */
export function bacaRentang(teks: string, locale: LocaleAngka): { bawah: number; atas: number; sisi: [Angka, Angka] } | null {
  const m = POLA_RENTANG.exec(teks.replace(/\u00A0/g, " ").trim());
  if (m === null) return null;
  const kiri = parseCellNumber(m[1], { locale });
  const kanan = parseCellNumber(m[2], { locale });
  if (kiri.kind !== "angka" || kanan.kind !== "angka") return null;
  return { bawah: kiri.nilai, atas: kanan.nilai, sisi: [kiri, kanan] };
}

/**
 * The number of a cell (null when empty or invalid) and the problems it raises; `dibaca` collects
 * the classifications (tebakAturan looks at them for "%").
 */
export function bacaSelAngka(sel: SelAngka, masalah: MasalahSel[], dibaca?: HasilAngka[]): number | null {
  const hasil = parseCellNumber(sel.raw, { locale: sel.locale, numberFormat: sel.numberFormat });
  dibaca?.push(hasil);
  return catat(sel, hasil, masalah);
}

function catat(sel: SelAngka, hasil: HasilAngka, masalah: MasalahSel[]): number | null {
  const { alamat, baris, bidang } = sel;
  switch (hasil.kind) {
    case "angka":
      if (hasil.ambigu !== undefined) masalah.push({ kind: "nilai", alamat, baris, bidang, hasil });
      // A number kept as text: Evapor reads it, but SUM and the inserted formulas skip it.
      if (typeof sel.raw === "string") masalah.push({ kind: "teks-angka", alamat, baris, bidang, teks: sel.raw, nilai: hasil.nilai });
      return hasil.nilai;
    case "kosong":
      if (hasil.penanda !== undefined) masalah.push({ kind: "nilai", alamat, baris, bidang, hasil });
      return null;
    case "tidak-valid":
      masalah.push({ kind: "nilai", alamat, baris, bidang, hasil });
      return null;
    default:
      return hasil satisfies never;
  }
}

/** The year's target: a number, or a range typed as text ("85–90"); a reversed range is reported. */
export function bacaTarget(sel: SelAngka, masalah: MasalahSel[], dibaca?: HasilAngka[]): TargetNilai | null {
  if (typeof sel.raw === "string") {
    const tunggal = parseCellNumber(sel.raw, { locale: sel.locale });
    if (tunggal.kind !== "angka") {
      const rentang = bacaRentang(sel.raw, sel.locale);
      if (rentang !== null) {
        const { alamat, baris, bidang } = sel;
        // "1.000–2.000": each bound's separators are checked like a single number's.
        for (const hasil of rentang.sisi) if (hasil.ambigu !== undefined) masalah.push({ kind: "nilai", alamat, baris, bidang, hasil });
        if (rentang.bawah > rentang.atas) masalah.push({ kind: "rentang-terbalik", alamat, baris, teks: sel.raw });
        dibaca?.push(...rentang.sisi);
        return { bawah: rentang.bawah, atas: rentang.atas };
      }
    }
  }
  return bacaSelAngka(sel, masalah, dibaca);
}
