/**
 * parseWaktu: reads the WAKTU cell of an SOP step (mutu baku "waktu", Permenpan RB 35/2012) as
 * staff type it. Forms from DESIGN.md and the seeds: "15 menit", "1 jam", "1jam", "3 Hari",
 * "5 Menit", "0", "1 JP", "1 minggu", "maks 15 menit", bare numbers under a "Waktu (menit)"
 * header (the caller passes the header's unit as `satuanBawaan`). Also common in SOP texts:
 * ranges ("1-2 hari", "1 s.d. 2 hari"), "30 mnt", "1 hari kerja", "1 bulan", "3 (tiga) hari",
 * "1 x 24 jam", "1 jam 30 menit", "± 10 menit", "setengah hari", "sehari".
 *
 * A range keeps both ends (`bawah`, `atas`); the SOP total adds the upper ends (`atas`), because
 * the waktu of an SOP is a service standard: a promise must hold in the slow case too. "maks 15
 * menit" is read as exactly 15 with `batas: "maks"` for the same reason.
 * What it cannot read it says so (`tidak-terbaca`, with the reason) and never guesses a 0.
 */
import { bilanganDariKata, satuanDariKata, satuanLanjutan, type SatuanWaktu } from "./satuan";

export type BatasWaktu = "tepat" | "maks" | "kira";

export type AlasanTidakTerbaca =
  /** A number without a unit and no default unit given ("15" outside a "Waktu (menit)" column). */
  | "tanpa-satuan"
  /** Units that cannot be added without a hidden conversion ("1 hari 2 jam", "2 jam - 1 hari"). */
  | "satuan-campuran"
  /** Anything else: words, OCR damage ("Zhar"), "sesuai jadwal". */
  | "tidak-dikenal";

export type Waktu =
  | { kind: "kosong"; teks: string }
  | { kind: "durasi"; teks: string; satuan: SatuanWaktu; bawah: number; atas: number; batas: BatasWaktu }
  | { kind: "tidak-terbaca"; teks: string; alasan: AlasanTidakTerbaca };

export interface OpsiWaktu {
  /** Unit of a bare number, from the column header ("Waktu (menit)" → "menit"). */
  satuanBawaan?: SatuanWaktu;
}

const PENANDA: readonly { pola: RegExp; batas: BatasWaktu }[] = [
  { pola: /^(maks(imal|imum)?\.?|max\.?|paling\s+lama|paling\s+lambat|selambat-lambatnya|tidak\s+lebih\s+dari|≤|<=|<)\s*/, batas: "maks" },
  { pola: /^(±|\+\/-|\+-|kurang\s+lebih|lebih\s+kurang|kurleb|sekitar|kira-kira|kl\.)\s*/, batas: "kira" },
];

function normalisasi(teks: string): string {
  return teks
    .replace(/<[^>]*>/g, " ") // HTML fragments of a copy from Word (DESIGN.md, seeds)
    .replace(/\u00a0/g, " ")
    .toLowerCase()
    .replace(/(\d)\s*½/g, "$1,5")
    .replace(/½/g, "0,5")
    .replace(/[\u2012-\u2015\u2212]/g, "-")
    .replace(/(\d)\s*\(\s*[a-z\s]+\)/g, "$1 ") // "3 (tiga) hari": the number is also written in words
    .replace(/\bs\s*[./]?\s*d\b\.?/g, " - ") // "s.d.", "s/d", "sd"
    .replace(/\b(sampai\s+dengan|sampai|hingga)\b/g, " - ")
    .replace(/[.,;:]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Bagian { jumlah: number; satuan: SatuanWaktu | null }

const ANGKA = /^\d+(?:[.,]\d+)?$/;
const angka = (t: string): number => Number(t.replace(",", "."));

/** One term: one or more "amount unit?" parts ("1 jam 30 menit"). Returns the parts and the next index. */
function bacaSuku(token: readonly string[], mulai: number): { bagian: Bagian[]; i: number } {
  const bagian: Bagian[] = [];
  let i = mulai;
  for (;;) {
    const t = token[i];
    if (t === undefined) break;
    let jumlah: number;
    let satuan: SatuanWaktu | null = null;
    const kataSe = /^se([a-z]+)$/.exec(t);
    if (ANGKA.test(t)) {
      jumlah = angka(t);
      i++;
      const op = token[i], lanjut = token[i + 1];
      if ((op === "/" || op === "x" || op === "×") && lanjut !== undefined && ANGKA.test(lanjut)) {
        // "1/2 jam" is a fraction; "1 x 24 jam" is 24 jam (service-time phrasing).
        jumlah = op === "/" ? jumlah / angka(lanjut) : jumlah * angka(lanjut);
        i += 2;
      }
    } else if (bilanganDariKata(t) !== null) {
      jumlah = bilanganDariKata(t) ?? 0;
      i++;
    } else if (kataSe && t !== "setengah" && satuanDariKata(kataSe[1]) !== null) {
      jumlah = 1; // "sehari", "sejam", "seminggu"
      satuan = satuanDariKata(kataSe[1]);
      i++;
    } else break;
    if (satuan === null && token[i] !== undefined) {
      satuan = satuanDariKata(token[i]);
      if (satuan !== null) i++;
    }
    if (satuan !== null && token[i] !== undefined) {
      const dua = satuanLanjutan(satuan, token[i]);
      if (dua !== null) { satuan = dua; i++; }
    }
    bagian.push({ jumlah, satuan });
  }
  return { bagian, i };
}

type Suku = Bagian | AlasanTidakTerbaca;

/** Several parts add up only in menit/jam, where the conversion is exact. */
function satukan(bagian: readonly Bagian[]): Suku {
  if (bagian.length === 1) return bagian[0];
  if (bagian.some((b) => b.satuan === null)) return "tidak-dikenal";
  if (!bagian.every((b) => b.satuan === "menit" || b.satuan === "jam")) return "satuan-campuran";
  return { jumlah: bagian.reduce((s, b) => s + (b.satuan === "jam" ? b.jumlah * 60 : b.jumlah), 0), satuan: "menit" };
}

const keMenit = (b: Bagian): number => (b.satuan === "jam" ? b.jumlah * 60 : b.jumlah);

/** The two ends of a range in one unit; menit and jam meet in menit. */
function rentang(a: Bagian, b: Bagian): [Bagian, Bagian] | AlasanTidakTerbaca {
  if (b.satuan === null) return a.satuan === null ? [a, b] : "tidak-dikenal"; // "10-15" takes the column's unit
  const bawah = a.satuan === null ? { ...a, satuan: b.satuan } : a;
  if (bawah.satuan === b.satuan) return [bawah, b];
  const jamMenit = (s: SatuanWaktu | null) => s === "menit" || s === "jam";
  if (jamMenit(bawah.satuan) && jamMenit(b.satuan)) {
    return [{ jumlah: keMenit(bawah), satuan: "menit" }, { jumlah: keMenit(b), satuan: "menit" }];
  }
  return "satuan-campuran";
}

export function parseWaktu(teks: string, opsi: OpsiWaktu = {}): Waktu {
  let s = normalisasi(teks);
  if (s === "" || /^-+$/.test(s)) return { kind: "kosong", teks };
  let batas: BatasWaktu = "tepat";
  for (const p of PENANDA) {
    const m = p.pola.exec(s);
    if (m) { batas = p.batas; s = s.slice(m[0].length); }
  }
  const gagal = (alasan: AlasanTidakTerbaca): Waktu => ({ kind: "tidak-terbaca", teks, alasan });
  const token = s.match(/\d+(?:[.,]\d+)?|[a-z]+\.?|[-/×]|\S/g) ?? [];
  const pertama = bacaSuku(token, 0);
  if (pertama.bagian.length === 0) return gagal("tidak-dikenal");
  let i = pertama.i;
  let ujung: [Bagian, Bagian];
  const a = satukan(pertama.bagian);
  if (typeof a === "string") return gagal(a);
  if (token[i] === "-") {
    const kedua = bacaSuku(token, i + 1);
    if (kedua.bagian.length === 0) return gagal("tidak-dikenal");
    i = kedua.i;
    const b = satukan(kedua.bagian);
    if (typeof b === "string") return gagal(b);
    const r = rentang(a, b);
    if (typeof r === "string") return gagal(r);
    ujung = r;
  } else ujung = [a, a];
  if (i < token.length) return gagal("tidak-dikenal");
  const [bawah, atas] = ujung;
  if (bawah.jumlah > atas.jumlah || !Number.isFinite(atas.jumlah)) return gagal("tidak-dikenal");
  // A bare number takes the column's unit; a bare 0 is zero in any unit.
  const satuan = atas.satuan ?? opsi.satuanBawaan ?? (atas.jumlah === 0 ? "menit" : null);
  if (satuan === null) return gagal("tanpa-satuan");
  return { kind: "durasi", teks, satuan, bawah: bawah.jumlah, atas: atas.jumlah, batas };
}
