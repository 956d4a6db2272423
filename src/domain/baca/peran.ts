import type { PeranKolom, TW } from "./model";

const ROMAWI: Record<string, TW> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** "TW I", "Triwulan II", "TW-3", or a bare "I"…"IV" under a Triwulan/Realisasi/Target span. */
export function twDari(parts: string[]): TW | null {
  for (const p of parts) {
    const m = /\b(?:tw|triwulan|trw)\s*[-.]?\s*(iv|iii|ii|i|[1-4])\b/i.exec(p);
    if (m) return ROMAWI[m[1].toLowerCase()];
  }
  const span = parts.some((p) => /triwulan|realisasi|target/i.test(p));
  const last = parts[parts.length - 1]?.toLowerCase() ?? "";
  return span && last in ROMAWI && parts.length > 1 ? ROMAWI[last] : null;
}

export function subDari(parts: string[]): "K" | "Rp" | undefined {
  const last = parts[parts.length - 1] ?? "";
  if (/^k$/i.test(last)) return "K";
  if (/^rp\b/i.test(last)) return "Rp";
  return undefined;
}

/**
 * A column's role from its header texts. Order matters: "Tingkat Capaian" before "Realisasi",
 * a quarter before a plain target, Renstra/RPJMD (end-of-period) before the year's target —
 * the headings of Permendagri 86/2017 form E.81 and of the offices' own sheets.
 */
export function peranDari(parts: string[]): PeranKolom {
  const t = parts.join(" ").toLowerCase();
  const first = (parts[0] ?? "").toLowerCase();
  if (/^(no\.?|nomor|no urut)$/.test(first)) return { kind: "no" };
  if (t.includes("indikator")) return { kind: "indikator" };
  if (/\bsatuan\b/.test(t)) return { kind: "satuan" };
  if (t.includes("penanggung")) return { kind: "penanggung-jawab" };
  if (t.includes("sumber data")) return { kind: "sumber-data" };
  if (/tingkat capaian|^capaian|\bcapaian\s*(\(%\)|%|kinerja\s*\(%\))/.test(t) && !t.startsWith("realisasi")) return { kind: "capaian" };
  const tw = twDari(parts);
  if (tw !== null) return t.includes("target") && !t.includes("realisasi") ? { kind: "target-tw", tw } : { kind: "realisasi-tw", tw };
  const periode = /renstra|rpjmd|akhir periode|5 tahun|lima tahun/.test(t);
  if (t.includes("target") && periode) return { kind: "target-renstra" };
  if (t.includes("realisasi") && periode) return { kind: "realisasi-renstra" };
  if (t.includes("target")) return { kind: "target" };
  if (t.includes("sasaran")) return { kind: "sasaran" };
  if (/program|kegiatan|urusan|uraian/.test(t)) return { kind: "uraian" };
  return { kind: "lainnya" };
}
