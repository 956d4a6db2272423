/** Test support: differences between an imported SOP and the library's transcription. */
import * as fs from "fs";
import * as path from "path";
import type { Langkah, Sop } from "../../../../src/domain/sop";

/** The seeds live beside the project: ../shared/seeds (CI has /work/shared next to it). */
export const FOLDER_SEED = path.resolve(__dirname, "../../../../../shared/seeds");

export function bacaSeed(awalan: string): string {
  const nama = fs.readdirSync(FOLDER_SEED).find((f) => f.startsWith(awalan));
  if (!nama) throw new Error(`seed ${awalan} not found in ${FOLDER_SEED}`);
  return fs.readFileSync(path.join(FOLDER_SEED, nama), "utf8");
}

export function rapi(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function nomorDari(sop: Sop, id: string | null): number | null {
  if (id === null) return null;
  return sop.langkah.findIndex((l) => l.id === id) + 1;
}

function nilai(sop: Sop, l: Langkah, bidang: string): string {
  switch (bidang) {
    case "kegiatan":
      return rapi(l.kegiatan);
    case "pelaksana":
      return JSON.stringify(l.pelaksana.map((k) => sop.pelaksana[k]));
    case "cabang":
      return l.cabang ? JSON.stringify([nomorDari(sop, l.cabang.ya), nomorDari(sop, l.cabang.tidak)]) : "-";
    case "jenis":
      return l.jenis;
    case "kelengkapan":
      return rapi(l.kelengkapan);
    case "waktu":
      return rapi(l.waktu);
    case "output":
      return rapi(l.output);
    case "keterangan":
      return rapi(l.keterangan);
    default:
      throw new Error(bidang);
  }
}

const BIDANG = ["kegiatan", "pelaksana", "jenis", "cabang", "kelengkapan", "waktu", "output", "keterangan"];

/** "identitas.instansi", "pelaksana", "langkah 3 pelaksana", …: where the two SOPs differ. */
export function bedaSop(a: Sop, b: Sop): string[] {
  const beda: string[] = [];
  for (const k of Object.keys(b.identitas) as (keyof Sop["identitas"])[]) {
    if (JSON.stringify(a.identitas[k]) !== JSON.stringify(b.identitas[k])) beda.push(`identitas.${k}`);
  }
  if (JSON.stringify(a.pelaksana) !== JSON.stringify(b.pelaksana)) beda.push("pelaksana");
  if (a.langkah.length !== b.langkah.length) beda.push(`jumlah langkah ${a.langkah.length} ≠ ${b.langkah.length}`);
  a.langkah.forEach((l, i) => {
    const m = b.langkah[i];
    if (!m) return;
    for (const bidang of BIDANG) if (nilai(a, l, bidang) !== nilai(b, m, bidang)) beda.push(`langkah ${i + 1} ${bidang}`);
  });
  return beda;
}

/** Step number → fields flagged for checking (steps without flags left out). */
export function tandaPeriksa(sop: Sop): Record<number, string[]> {
  const hasil: Record<number, string[]> = {};
  sop.langkah.forEach((l, i) => {
    if (l.perluDiperiksa.length > 0) hasil[i + 1] = [...l.perluDiperiksa];
  });
  return hasil;
}
