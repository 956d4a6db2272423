/**
 * The marker column of an SOP sheet: one text cell per written row, right of KETERANGAN and
 * outside the print area. Why a marker column rather than shape names: a marker travels with its
 * row when a user inserts, deletes or sorts rows in Excel, it is read with the cell values in the
 * same sync (no shape collection to load), and it survives a user deleting or moving a shape.
 * The texts stay in the visible cells (so edits made in Excel are read back); the marker holds
 * only what a cell cannot show: the row's role, and for a step its id, jenis, pelaksana indices,
 * Ya / Tidak targets and perluDiperiksa flags.
 */
import type { BidangLangkah, CabangKeputusan, JenisLangkah } from "../model";

export const TANDA_LEMBAR = "evapor-sop v1";

export type KunciIdentitas = "nomor" | "tanggalPembuatan" | "tanggalRevisi" | "tanggalEfektif"
  | "disahkan.jabatan" | "disahkan.nama" | "disahkan.pangkat" | "disahkan.nip" | "nama";

export type KunciDaftar = "dasarHukum" | "kualifikasiPelaksana" | "keterkaitan" | "peralatanPerlengkapan" | "peringatan" | "pencatatanPendataan";

export interface DataLangkah {
  id: string;
  jenis: JenisLangkah;
  pelaksana: number[];
  cabang?: CabangKeputusan;
  periksa: BidangLangkah[];
}

export type Penanda =
  | { kind: "lembar"; jumlahPelaksana: number }
  | { kind: "identitas"; kunci: KunciIdentitas }
  | { kind: "daftar"; kiri: KunciDaftar; kanan: KunciDaftar }
  | { kind: "isi-daftar" }
  | { kind: "kepala-nama" }
  | { kind: "langkah"; data: DataLangkah }
  | { kind: "baris-lain" };

export function tulisPenanda(p: Penanda): string {
  switch (p.kind) {
    case "lembar": return `${TANDA_LEMBAR} pelaksana=${p.jumlahPelaksana}`;
    case "identitas": return `identitas ${p.kunci}`;
    case "daftar": return `daftar ${p.kiri} ${p.kanan}`;
    case "isi-daftar": return "isi-daftar";
    case "kepala-nama": return "kepala-nama";
    case "langkah": return `langkah ${JSON.stringify(p.data)}`;
    case "baris-lain": return "";
    default: return p satisfies never;
  }
}

const KUNCI_IDENTITAS: readonly KunciIdentitas[] = ["nomor", "tanggalPembuatan", "tanggalRevisi", "tanggalEfektif",
  "disahkan.jabatan", "disahkan.nama", "disahkan.pangkat", "disahkan.nip", "nama"];
const KUNCI_DAFTAR: readonly KunciDaftar[] = ["dasarHukum", "kualifikasiPelaksana", "keterkaitan", "peralatanPerlengkapan", "peringatan", "pencatatanPendataan"];
const JENIS: readonly JenisLangkah[] = ["mulai", "proses", "keputusan", "selesai"];

const isKunciIdentitas = (s: string): s is KunciIdentitas => (KUNCI_IDENTITAS as readonly string[]).includes(s);
const isKunciDaftar = (s: string): s is KunciDaftar => (KUNCI_DAFTAR as readonly string[]).includes(s);

const isTarget = (v: unknown): v is string | null => v === null || typeof v === "string";

function dataLangkah(json: string): DataLangkah | null {
  let v: unknown;
  try { v = JSON.parse(json); } catch { return null; }
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" || typeof o.jenis !== "string" || !(JENIS as readonly string[]).includes(o.jenis)) return null;
  if (!Array.isArray(o.pelaksana) || !o.pelaksana.every((x): x is number => typeof x === "number")) return null;
  if (!Array.isArray(o.periksa) || !o.periksa.every((x): x is BidangLangkah => typeof x === "string")) return null;
  const d: DataLangkah = { id: o.id, jenis: o.jenis as JenisLangkah, pelaksana: o.pelaksana, periksa: o.periksa };
  if (o.cabang !== undefined) {
    const c = o.cabang as Record<string, unknown> | null;
    if (typeof c !== "object" || c === null || !isTarget(c.ya) || !isTarget(c.tidak)) return null;
    d.cabang = { ya: c.ya, tidak: c.tidak };
  }
  return d;
}

/** The marker of a cell; `baris-lain` for anything else (a row a user inserted, a blank). */
export function bacaPenanda(teks: string): Penanda {
  const m = /^evapor-sop v1 pelaksana=(\d+)$/.exec(teks);
  if (m) return { kind: "lembar", jumlahPelaksana: Number(m[1]) };
  const [kepala, ...sisa] = teks.split(" ");
  switch (kepala) {
    case "identitas": return sisa.length === 1 && isKunciIdentitas(sisa[0]) ? { kind: "identitas", kunci: sisa[0] } : { kind: "baris-lain" };
    case "daftar":
      return sisa.length === 2 && isKunciDaftar(sisa[0]) && isKunciDaftar(sisa[1]) ? { kind: "daftar", kiri: sisa[0], kanan: sisa[1] } : { kind: "baris-lain" };
    case "isi-daftar": return { kind: "isi-daftar" };
    case "kepala-nama": return { kind: "kepala-nama" };
    case "langkah": {
      const d = dataLangkah(teks.slice("langkah ".length));
      return d ? { kind: "langkah", data: d } : { kind: "baris-lain" };
    }
    default: return { kind: "baris-lain" };
  }
}
