/**
 * The text grammar of a typed number: optional "Rp", sign or accounting parentheses, digits with
 * "." / "," separators, then an optional "%" or unit word ("12 dokumen"). DESIGN.md, "Numbers as staff type them".
 */
import type { HasilAngka, LocaleAngka } from "./angka";

type Angka = Extract<HasilAngka, { kind: "angka" }>;

const POLA =
  /^(?<rp>rp\.? ?)?(?<kurung>\()?(?<tanda>[-+\u2212])? ?(?<tubuh>[0-9]*[.,]?[0-9][0-9.,]*)\)? ?(?<akhiran>%|[\p{L}][\p{L} ./²³]*)?$/iu;

/** Parses the text; null when it is not a number. */
export function pisahkanAngka(teks: string, locale: LocaleAngka): Angka | null {
  const m = POLA.exec(teks);
  if (m?.groups === undefined) return null;
  const { rp, kurung, tanda, tubuh, akhiran } = m.groups;
  // Parentheses must be balanced; Excel itself reads a typed "(12)" as −12 (accounting style).
  if ((kurung !== undefined) !== teks.includes(")")) return null;
  if (kurung !== undefined && tanda !== undefined) return null;
  const bacaan = bacaTubuh(tubuh, locale);
  if (bacaan === null) return null;
  const negatif = kurung !== undefined || tanda === "-" || tanda === "\u2212";
  const arah = negatif ? -1 : 1;
  const hasil: Angka = { kind: "angka", nilai: arah * bacaan.nilai };
  if (bacaan.alternatif !== undefined) hasil.ambigu = { alternatif: arah * bacaan.alternatif };
  if (akhiran === "%") {
    if (rp !== undefined) return null;
    hasil.persen = true;
  } else if (akhiran !== undefined) {
    if (rp !== undefined) return null;
    hasil.satuan = akhiran.trim();
  } else if (rp !== undefined) hasil.satuan = "Rp";
  return hasil;
}

interface Bacaan {
  nilai: number;
  alternatif?: number;
}

/** Valid thousands grouping: first group 1–3 digits, the rest exactly 3. */
function kelompokRibuan(bagian: string[]): boolean {
  return /^[0-9]{1,3}$/.test(bagian[0]) && bagian.slice(1).every((b) => /^[0-9]{3}$/.test(b));
}

function angka(bulat: string, pecahan: string): number {
  return Number(`${bulat === "" ? "0" : bulat}.${pecahan === "" ? "0" : pecahan}`);
}

/** Reads digits with separators; the last of two different separators is the decimal one. */
function bacaTubuh(tubuh: string, locale: LocaleAngka): Bacaan | null {
  if (/^[0-9]+$/.test(tubuh)) return { nilai: Number(tubuh) };
  if (/[.,]$/.test(tubuh)) return null;
  const titik = tubuh.includes(".");
  const koma = tubuh.includes(",");
  if (titik && koma) {
    const desimal = tubuh.lastIndexOf(".") > tubuh.lastIndexOf(",") ? "." : ",";
    const ribuan = desimal === "." ? "," : ".";
    const [kiri, pecahan, ...lebih] = tubuh.split(desimal);
    if (lebih.length > 0 || pecahan.includes(ribuan)) return null;
    const bagian = kiri.split(ribuan);
    if (!kelompokRibuan(bagian)) return null;
    return { nilai: angka(bagian.join(""), pecahan) };
  }
  const sep = titik ? "." : ",";
  const bagian = tubuh.split(sep);
  if (bagian.length > 2) return kelompokRibuan(bagian) ? { nilai: Number(bagian.join("")) } : null;
  const [kiri, kanan] = bagian;
  const sebagaiDesimal = angka(kiri, kanan);
  // Only "d{1,3}<sep>ddd" with a non-zero integer part can be thousands: anything else is a decimal.
  if (kanan.length !== 3 || !/^[1-9][0-9]{0,2}$/.test(kiri)) return { nilai: sebagaiDesimal };
  const sebagaiRibuan = Number(kiri + kanan);
  // "id": dot = thousands, comma = decimal; "en": the reverse. The other reading is reported.
  const ribuan = (sep === ".") === (locale === "id");
  return ribuan
    ? { nilai: sebagaiRibuan, alternatif: sebagaiDesimal }
    : { nilai: sebagaiDesimal, alternatif: sebagaiRibuan };
}
