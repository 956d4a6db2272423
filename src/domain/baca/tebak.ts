/**
 * First guesses the user confirms on the Kinerja page: the indicator's rule and the sheet's number
 * locale. A guess is shown and editable, never applied silently (DESIGN.md, "Capaian").
 */
import type { HasilAngka, LocaleAngka } from "../capaian/angka";
import type { LembarMentah } from "./model";
import type { AturanIndikator } from "./terbaca";

// Units of a level, not a count: percentages, indices (IKM), scores and ratios are states at a
// moment, so summing quarters is meaningless; the latest reported value is the year's value
// (DESIGN.md, "Quarterly aggregation": nilai akhir for percentages and indices). Everything else
// (dokumen, orang, kegiatan, laporan …) is counted, so quarters add up (kumulatif).
const SATUAN_TINGKAT = /%|\bpersen|\bprosen|\bindeks|\bindex|\bnilai\b|\brasio|\bskor|\bpoin\b/i;

/**
 * polaritas positif (the "kondisi normal" of the guidance; negatif is the user's choice) and the
 * aggregation from the unit: nilai-akhir for %, persen, indeks, nilai, rasio, skor; a value typed
 * with "%" counts as a percentage too. An indicator named "Rata-rata …" is averaged (rata-rata).
 */
export function tebakAturan(satuan: string, values: readonly HasilAngka[] = [], indikator = ""): AturanIndikator {
  const aturan = { polaritas: "positif" } as const;
  if (/^\s*(rata-rata|rerata)\b/i.test(indikator)) return { aturan, agregasi: "rata-rata" };
  const persen = values.some((v) => v.kind === "angka" && v.persen === true);
  return { aturan, agregasi: SATUAN_TINGKAT.test(satuan) || persen ? "nilai-akhir" : "kumulatif" };
}

// Evidence in numbers typed as text. en: "1,234.5" (comma groups then a dot) or "1,234,567";
// id: "1.234,5", "1.234.567", or a decimal comma that cannot be a thousands group ("82,5").
const EN = [/^-?\d{1,3}(,\d{3})+\.\d+\s*%?$/, /^-?\d{1,3}(,\d{3}){2,}\s*%?$/];
const ID = [/^-?\d{1,3}(\.\d{3})+,\d+\s*%?$/, /^-?\d{1,3}(\.\d{3}){2,}\s*%?$/, /^-?\d+,(\d{1,2}|\d{4,})\s*%?$/];

/**
 * The sheet's number locale: "id" (Indonesian: dot thousands, comma decimal) unless its text
 * numbers clearly use the English format — some en evidence and no id evidence at all.
 */
export function tebakLocale(lembar: LembarMentah): LocaleAngka {
  let en = 0;
  let id = 0;
  for (const row of lembar.values) {
    for (const v of row) {
      if (typeof v !== "string") continue;
      const t = v.trim();
      if (EN.some((p) => p.test(t))) en += 1;
      else if (ID.some((p) => p.test(t))) id += 1;
    }
  }
  return en > 0 && id === 0 ? "en" : "id";
}
