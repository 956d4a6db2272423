/**
 * Whole numbers in Indonesian words, as a Berita Acara spells dates and counts ("dua ribu dua
 * puluh empat"). Rules of the language (Tata Bahasa Baku Bahasa Indonesia): "se-" replaces "satu"
 * before belas, puluh, ratus and ribu (sebelas, sepuluh, seratus, seribu) but not before juta and
 * larger ("satu juta"); "seribu" only when the whole thousands group is one (1 001 000 is "satu juta
 * seribu", 101 000 "seratus satu ribu").
 */

export type HasilTerbilang =
  | { kind: "ok"; teks: string }
  /** NaN, ±Infinity or a fraction: words for those are not what a document wants. */
  | { kind: "bukan-bilangan-bulat"; nilai: number }
  /** Beyond ±Number.MAX_SAFE_INTEGER the number itself is no longer exact. */
  | { kind: "di-luar-jangkauan"; nilai: number };

const SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;

/**
 * Group names by power of 1000. Kuadriliun (10^15) is the largest needed: the largest safe
 * integer is about 9 kuadriliun.
 */
const KELOMPOK = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"] as const;

/** 1–999 in words; "" for 0. */
function ratusan(n: number): string {
  const ratus = Math.floor(n / 100);
  const sisa = n % 100;
  const bagian: string[] = [];
  if (ratus === 1) bagian.push("seratus");
  else if (ratus > 1) bagian.push(`${SATUAN[ratus]} ratus`);
  if (sisa === 10) bagian.push("sepuluh");
  else if (sisa === 11) bagian.push("sebelas");
  else if (sisa > 11 && sisa < 20) bagian.push(`${SATUAN[sisa - 10]} belas`);
  else if (sisa >= 20) {
    const puluh = Math.floor(sisa / 10);
    const satu = sisa % 10;
    bagian.push(satu === 0 ? `${SATUAN[puluh]} puluh` : `${SATUAN[puluh]} puluh ${SATUAN[satu]}`);
  } else if (sisa > 0) bagian.push(SATUAN[sisa]);
  return bagian.join(" ");
}

/** Words for a non-negative safe integer. */
function positif(n: number): string {
  if (n === 0) return "nol";
  const bagian: string[] = [];
  let sisa = n;
  for (let i = 0; sisa > 0; i++) {
    const grup = sisa % 1000;
    sisa = Math.floor(sisa / 1000);
    if (grup === 0) continue;
    if (i === 1 && grup === 1) bagian.unshift("seribu");
    else bagian.unshift(i === 0 ? ratusan(grup) : `${ratusan(grup)} ${KELOMPOK[i]}`);
  }
  return bagian.join(" ");
}

/**
 * `terbilang(2024)` → `{ kind: "ok", teks: "dua ribu dua puluh empat" }`; a negative number reads
 * "minus …" (-0 is "nol"). Never throws: a fraction, NaN or an unsafe integer is a failure kind.
 */
export function terbilang(n: number): HasilTerbilang {
  if (!Number.isInteger(n)) return { kind: "bukan-bilangan-bulat", nilai: n };
  if (!Number.isSafeInteger(n)) return { kind: "di-luar-jangkauan", nilai: n };
  if (n < 0) return { kind: "ok", teks: `minus ${positif(-n)}` };
  return { kind: "ok", teks: positif(n) };
}

