/**
 * Roles (pelaksana) as SOP texts name them, and how a name in a step's text finds its column.
 * Ranks follow the kecamatan structure (PP 17/2018 tentang Kecamatan: Camat, Sekretaris Camat,
 * Kepala Seksi / Kepala Subbagian under the Sekretariat) and the dinas structure (Kepala Dinas,
 * Sekretaris / Kepala Bidang, Subkoordinator). A lower `tingkat` is a higher rank.
 */

export type JenisPeran =
  | "camat" | "kadis" | "pimpinan" | "sekcam" | "sekretariat" | "kabid" | "kasubag" | "kasi" | "lurah"
  | "subkor" | "staf" | "tim";

const TINGKAT: Record<JenisPeran, number | null> = {
  camat: 1, kadis: 1, pimpinan: 1, sekcam: 2, sekretariat: 2, kabid: 2,
  kasubag: 3, kasi: 3, lurah: 3, subkor: 3, staf: 4, tim: null,
};

/** Tried in this order; a match masks its span so "Sekretaris Camat" is not also "Camat". */
const POLA: readonly (readonly [JenisPeran, RegExp])[] = [
  ["sekcam", /\bsek(?:retaris)?\.?\s*(?:kecamatan|camat)\b|\bsekcam\b/gi],
  ["kadis", /\bkepala\s+(?:dinas|badan)\b|\bkadis\b|\bkaban\b/gi],
  ["kabid", /\bkepala\s+bidang\b|\bkabid\b/gi],
  ["kasubag", /\bka\.?\s*sub\.?\s*b?ag(?:ian)?\b|\bkepala\s+sub\.?\s*b?ag(?:ian)?\b|\bsub\.?\s*b?ag(?:ian)?\b|\bsub\.?\s*evapor\b/gi],
  ["kasi", /\bkepala\s+seksi\b|\bkasie?\b/gi],
  ["lurah", /\blurah\b|\bkepala\s+(?:desa|kelurahan)\b|\bkades\b/gi],
  ["subkor", /\bsub\s*-?\s*koordinator\b|\bsubkor\b/gi],
  ["camat", /\bcamat\b/gi],
  ["sekretariat", /\bsekretariat\b/gi],
  ["sekcam", /\bsekretaris\b/gi],
  ["kabid", /\bbidang\b/gi],
  ["pimpinan", /\bpimpinan\b|\batasan\b/gi],
  ["tim", /\btim\b/gi],
  ["staf", /\bstaf+\b|\bpelaksana\b|\boperator\b|\bpengadministrasi\b/gi],
];

const BUKAN_KUALIFIKASI = new Set([
  "dan", "yang", "untuk", "kepada", "ke", "di", "dari", "dengan", "tentang", "perihal", "sesuai",
  "tersebut", "serta", "atau", "agar", "guna", "pada", "dalam", "bersama", "melalui", "oleh", "semua",
  "seluruh", "masing", "masing-masing", "terkait", "kembali", "setiap",
]);

export interface Sebutan {
  jenis: JenisPeran;
  awal: number;
  akhir: number;
  /** Words naming which one ("evapor", "ekbang", "perencanaan"), lower case. */
  kualifikasi: string[];
}

/** Every role named in `teks`, in order of position. */
export function cariSebutan(teks: string): Sebutan[] {
  let kerja = teks;
  const hasil: Sebutan[] = [];
  for (const [jenis, re] of POLA) {
    for (const m of kerja.matchAll(re)) {
      const awal = m.index ?? 0;
      const akhir = awal + m[0].length;
      hasil.push({ jenis, awal, akhir, kualifikasi: kualifikasiSesudah(teks.slice(akhir)) });
    }
    kerja = kerja.replace(re, (s) => " ".repeat(s.length));
  }
  return hasil.sort((a, b) => a.awal - b.awal);
}

function kualifikasiSesudah(sisa: string): string[] {
  const kata: string[] = [];
  for (const m of sisa.matchAll(/[^\s,.;:()/]+|[,.;:()/]/g)) {
    const w = m[0].toLowerCase();
    if (!/^[a-z]/.test(w) || BUKAN_KUALIFIKASI.has(w) || /^(me|ber|di)[a-z]{3,}/.test(w)) break;
    kata.push(w);
    if (kata.length === 3) break;
  }
  return kata;
}

export interface Kolom {
  nama: string;
  jenis: Set<JenisPeran>;
  kata: Set<string>;
  tingkat: number | null;
}

export function tingkatPeran(jenis: JenisPeran): number | null {
  return TINGKAT[jenis];
}

/** The role columns of a table, understood: "LURAH, KASI, KASUBBAG." holds three kinds. */
export function kolomDari(pelaksana: readonly string[]): Kolom[] {
  return pelaksana.map((nama) => {
    const jenis = new Set(cariSebutan(nama).map((s) => s.jenis));
    const tingkat = [...jenis].map(tingkatPeran).filter((t): t is number => t !== null);
    return {
      nama,
      jenis,
      kata: new Set(nama.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "")),
      tingkat: tingkat.length > 0 ? Math.min(...tingkat) : null,
    };
  });
}

export interface KolomSebutan {
  kolom: number[];
  /** True when the name stands for a unit (Sekretariat) or matched several columns. */
  kabur: boolean;
}

/** The column(s) a named role occupies in this table. */
export function kolomSebutan(s: Sebutan, kolom: readonly Kolom[]): KolomSebutan {
  const cocok = indeksBila(kolom, (k) => k.jenis.has(s.jenis));
  if (cocok.length === 1) return { kolom: cocok, kabur: false };
  if (cocok.length > 1) {
    const tepat = cocok.filter((i) => s.kualifikasi.some((w) => w.length > 2 && kolom[i].kata.has(w)));
    return tepat.length === 1 ? { kolom: tepat, kabur: false } : { kolom: cocok, kabur: true };
  }
  // The Sekretariat as a unit: the Sekretaris and the Subbagian under it (PP 17/2018).
  if (s.jenis === "sekretariat") {
    return { kolom: indeksBila(kolom, (k) => k.jenis.has("sekcam") || k.jenis.has("kasubag")), kabur: true };
  }
  if (s.jenis === "pimpinan") return { kolom: indeksBila(kolom, (k) => k.tingkat === 1), kabur: true };
  if (s.jenis === "camat" || s.jenis === "kadis") {
    return { kolom: indeksBila(kolom, (k) => k.jenis.has("pimpinan")), kabur: false };
  }
  return { kolom: [], kabur: false };
}

export function indeksBila<T>(xs: readonly T[], p: (x: T) => boolean): number[] {
  const hasil: number[] = [];
  xs.forEach((x, i) => {
    if (p(x)) hasil.push(i);
  });
  return hasil;
}

/** The lowest-ranked of some columns (the one doing the work); columns without rank last. */
export function terendah(kolom: readonly Kolom[], indeks: readonly number[]): number | null {
  let pilih: number | null = null;
  for (const i of indeks) {
    const t = kolom[i]?.tingkat ?? null;
    const tp = pilih === null ? null : kolom[pilih].tingkat;
    if (pilih === null || (t !== null && (tp === null || t > tp))) pilih = i;
  }
  return pilih;
}
