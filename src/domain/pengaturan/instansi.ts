/**
 * The office's name as documents print it, from the settings: "Kecamatan Kalipare" (the word
 * "Kecamatan" added once, whether or not the user typed it) under its kabupaten/kota.
 */
import type { Pengaturan } from "./model";

export function namaKecamatan(kecamatan: string): string {
  const k = kecamatan.trim();
  return k === "" || /^kecamatan\b/i.test(k) ? k : `Kecamatan ${k}`;
}

/** Letterhead lines, highest first: ["Kabupaten Malang", "Kecamatan Kalipare"]; empty ones left out. */
export function barisInstansi(p: Pick<Pengaturan, "instansi">): string[] {
  return [p.instansi.kabupaten.trim(), namaKecamatan(p.instansi.kecamatan)].filter((b) => b !== "");
}

/** One line for a sheet title: "Kecamatan Kalipare, Kabupaten Malang". */
export function teksInstansi(p: Pick<Pengaturan, "instansi">): string {
  return [...barisInstansi(p)].reverse().join(", ");
}
