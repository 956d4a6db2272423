/**
 * Units of the WAKTU column (mutu baku "waktu", Permenpan RB 35/2012) and the words staff write
 * for them. Seen in the seeds and DESIGN.md: "15 menit", "1jam", "3 Hari", "1 JP", "1 minggu".
 */

/**
 * The units a waktu is kept in. None is converted into another except menit ↔ jam (60 menit =
 * 1 jam is exact): hari, minggu and bulan are working-time units (a "hari" of an SOP is a working
 * day, not 24 jam) and JP (jam pelajaran, 45 menit in training, 35–45 at school) depends on the
 * setting, so the total keeps them apart.
 */
export type SatuanWaktu = "menit" | "jam" | "jp" | "hari" | "minggu" | "bulan" | "tahun";

/** Display order of the total: smallest first, as staff read a duration. */
export const URUTAN_SATUAN: readonly SatuanWaktu[] = ["menit", "jam", "jp", "hari", "minggu", "bulan", "tahun"];

/** How a unit is written in the total ("1 JP", "3 hari"). */
export const LABEL_SATUAN: Readonly<Record<SatuanWaktu, string>> = {
  menit: "menit",
  jam: "jam",
  jp: "JP",
  hari: "hari",
  minggu: "minggu",
  bulan: "bulan",
  tahun: "tahun",
};

/** One-word unit spellings (lowercase, trailing dot removed). */
const KATA_SATUAN: Readonly<Record<string, SatuanWaktu>> = {
  menit: "menit", mnt: "menit", mnit: "menit", min: "menit", ment: "menit",
  jam: "jam", jm: "jam",
  jp: "jp", jpl: "jp",
  hari: "hari", hr: "hari", hk: "hari",
  minggu: "minggu", mgg: "minggu", pekan: "minggu",
  bulan: "bulan", bln: "bulan",
  tahun: "tahun", thn: "tahun", th: "tahun",
};

/**
 * Words that may follow a unit and belong to it: "jam pelajaran" is JP; "hari kerja" and
 * "hari kalender" stay hari (an SOP's hari is a working day already; DESIGN.md, SOP AP).
 */
const LANJUTAN_SATUAN: Readonly<Record<string, Readonly<Record<string, SatuanWaktu>>>> = {
  jam: { pelajaran: "jp" },
  hari: { kerja: "hari", kalender: "hari", efektif: "hari" },
};

export function satuanDariKata(kata: string): SatuanWaktu | null {
  return KATA_SATUAN[kata.replace(/\.$/, "")] ?? null;
}

/** The unit a two-word spelling means ("jam pelajaran" → jp), or null. */
export function satuanLanjutan(satuan: SatuanWaktu, kata: string): SatuanWaktu | null {
  return LANJUTAN_SATUAN[satuan]?.[kata.replace(/\.$/, "")] ?? null;
}

/** Number words that appear in time cells ("satu jam", "setengah hari"). */
const KATA_BILANGAN: Readonly<Record<string, number>> = {
  nol: 0, setengah: 0.5, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7,
  delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
};

export function bilanganDariKata(kata: string): number | null {
  return KATA_BILANGAN[kata] ?? null;
}
