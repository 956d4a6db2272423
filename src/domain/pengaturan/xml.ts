import type { PitaPredikat } from "../kinerja/predikat";
import { pengaturanAwal, type Pengaturan, type UkuranKertas } from "./model";

/** The namespace of Evapor's custom XML part; Excel finds the part by it. */
export const NAMESPACE_PENGATURAN = "urn:evapor:pengaturan:v1";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name] ?? "";
  });
}

/**
 * The part holds the settings as JSON text inside one element: a format of our own, so a
 * small, strict reader suffices and a person opening the file still sees readable data.
 */
export function pengaturanKeXml(p: Pengaturan): string {
  return `<?xml version="1.0" encoding="UTF-8"?><pengaturan xmlns="${NAMESPACE_PENGATURAN}" versi="1">${escapeXml(JSON.stringify(p))}</pengaturan>`;
}

export type HasilBacaPengaturan =
  | { kind: "ok"; pengaturan: Pengaturan; diisiBawaan: string[] }
  | { kind: "rusak"; alasan: "bukan-xml-evapor" | "json-rusak" };

export function pengaturanDariXml(xml: string, tahunBawaan: number): HasilBacaPengaturan {
  const m = /<pengaturan\b[^>]*>([\s\S]*)<\/pengaturan>\s*$/.exec(xml);
  if (!m) return { kind: "rusak", alasan: "bukan-xml-evapor" };
  let data: unknown;
  try {
    data = JSON.parse(unescapeXml(m[1]));
  } catch {
    return { kind: "rusak", alasan: "json-rusak" };
  }
  return { kind: "ok", ...lengkapi(data, tahunBawaan) };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** Takes what is well-formed from stored data and fills the rest with defaults, naming what was filled. */
function lengkapi(data: unknown, tahunBawaan: number): { pengaturan: Pengaturan; diisiBawaan: string[] } {
  const awal = pengaturanAwal(tahunBawaan);
  const diisi: string[] = [];
  const root = obj(data);
  const teks = (o: Obj, key: string, path: string, fallback: string): string => {
    const v = o[key];
    if (typeof v === "string") return v;
    diisi.push(path);
    return fallback;
  };
  const instansi = obj(root.instansi);
  const camat = obj(root.camat);
  const sekcam = obj(root.sekcam);
  const tahun = typeof root.tahun === "number" && Number.isInteger(root.tahun) ? root.tahun : (diisi.push("tahun"), awal.tahun);
  const kertas: UkuranKertas = root.kertas === "A4" || root.kertas === "F4" ? root.kertas : (diisi.push("kertas"), awal.kertas);
  return {
    pengaturan: {
      instansi: {
        kabupaten: teks(instansi, "kabupaten", "instansi.kabupaten", ""),
        kecamatan: teks(instansi, "kecamatan", "instansi.kecamatan", ""),
        alamat: teks(instansi, "alamat", "instansi.alamat", ""),
      },
      camat: { nama: teks(camat, "nama", "camat.nama", ""), nip: teks(camat, "nip", "camat.nip", "") },
      sekcam: { nama: teks(sekcam, "nama", "sekcam.nama", ""), nip: teks(sekcam, "nip", "sekcam.nip", "") },
      tahun,
      kertas,
      skala: bacaSkala(root.skala) ?? (diisi.push("skala"), awal.skala),
    },
    diisiBawaan: diisi,
  };
}

function bacaSkala(v: unknown): Pengaturan["skala"] | null {
  const o = obj(v);
  if (typeof o.nama !== "string" || !Array.isArray(o.pita)) return null;
  const pita: PitaPredikat[] = [];
  for (const raw of o.pita as unknown[]) {
    const p = obj(raw);
    if (typeof p.nama !== "string" || typeof p.warna !== "string") return null;
    if (p.batasBawah !== null && typeof p.batasBawah !== "number") return null;
    pita.push({ nama: p.nama, batasBawah: p.batasBawah, warna: p.warna });
  }
  return { nama: o.nama, pita };
}
