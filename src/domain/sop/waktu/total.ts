/**
 * The SOP's total time (DESIGN.md: "A total per SOP is expected"), kept per unit: no hidden
 * conversion of hari, minggu or bulan into jam — an SOP's hari is a working day and a minggu is
 * five of them or seven depending on the office. Only menit and jam are combined, in the display,
 * because 60 menit = 1 jam exactly: "2 jam 45 menit + 3 hari".
 *
 * A range adds its upper end to `atas` (the per-unit fields) and its lower end to `bawah`, so the
 * display can say "3 – 4 hari"; see parse.ts for why the upper end is the total.
 */
import type { Langkah } from "../model";
import { parseWaktu, type OpsiWaktu } from "./parse";
import { LABEL_SATUAN, URUTAN_SATUAN, type SatuanWaktu } from "./satuan";

export type JumlahPerSatuan = Record<SatuanWaktu, number>;

export type TotalWaktu = JumlahPerSatuan & {
  /** Sums of the lower ends (equal to the per-unit fields when no step has a range). */
  bawah: JumlahPerSatuan;
  /** Steps whose waktu could not be read; not in the sums. */
  tidakTerbaca: { langkahId: string; teks: string }[];
  /** Steps with an empty waktu. */
  kosong: string[];
};

export function jumlahNol(): JumlahPerSatuan {
  return { menit: 0, jam: 0, jp: 0, hari: 0, minggu: 0, bulan: 0, tahun: 0 };
}

/** Sums stay exact to 1/1000 so 0,1 + 0,2 does not print as 0,30000000000000004. */
const rapi = (x: number): number => Math.round(x * 1000) / 1000;

export function totalWaktu(langkah: readonly Pick<Langkah, "id" | "waktu">[], opsi: OpsiWaktu = {}): TotalWaktu {
  const atas = jumlahNol(), bawah = jumlahNol();
  const tidakTerbaca: TotalWaktu["tidakTerbaca"] = [];
  const kosong: string[] = [];
  for (const l of langkah) {
    const w = parseWaktu(l.waktu, opsi);
    switch (w.kind) {
      case "kosong": kosong.push(l.id); break;
      case "tidak-terbaca": tidakTerbaca.push({ langkahId: l.id, teks: w.teks }); break;
      case "durasi":
        atas[w.satuan] = rapi(atas[w.satuan] + w.atas);
        bawah[w.satuan] = rapi(bawah[w.satuan] + w.bawah);
        break;
      default: w satisfies never;
    }
  }
  return { ...atas, bawah, tidakTerbaca, kosong };
}

/** Indonesian decimal comma, at most two decimals: 1.5 → "1,5". */
export function formatAngka(x: number): string {
  return String(Math.round(x * 100) / 100).replace(".", ",");
}

/** menit + jam as "2 jam 45 menit" ("" for zero). */
function jamMenit(menit: number): string {
  const total = rapi(menit);
  const jam = Math.floor(total / 60);
  const sisa = rapi(total - jam * 60);
  return [jam > 0 ? `${jam} jam` : "", sisa > 0 ? `${formatAngka(sisa)} menit` : ""].filter(Boolean).join(" ");
}

function bagianTeks(j: JumlahPerSatuan): Map<string, string> {
  const hasil = new Map<string, string>();
  const jm = jamMenit(j.menit + j.jam * 60);
  if (jm !== "") hasil.set("jam-menit", jm);
  for (const s of URUTAN_SATUAN) {
    if (s === "menit" || s === "jam" || j[s] === 0) continue;
    hasil.set(s, `${formatAngka(j[s])} ${LABEL_SATUAN[s]}`);
  }
  return hasil;
}

/**
 * "2 jam 45 menit + 3 hari + 1 minggu"; a range as "1 jam – 2 jam" / "3 – 4 hari"; "0 menit"
 * when nothing readable adds up. Unreadable steps are not mentioned: the caller lists them
 * (`tidakTerbaca`) next to the total.
 */
export function formatTotalWaktu(total: TotalWaktu): string {
  const atas = bagianTeks(total), bawah = bagianTeks(total.bawah);
  const bagian: string[] = [];
  for (const [kunci, teksAtas] of atas) {
    const teksBawah = bawah.get(kunci) ?? "0";
    if (teksBawah === teksAtas) bagian.push(teksAtas);
    else if (kunci === "jam-menit") bagian.push(`${teksBawah} – ${teksAtas}`);
    else bagian.push(`${teksBawah.split(" ")[0]} – ${teksAtas}`);
  }
  return bagian.length === 0 ? "0 menit" : bagian.join(" + ");
}
