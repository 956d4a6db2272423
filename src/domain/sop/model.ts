/**
 * The SOP AP model: one Standar Operasional Prosedur Administrasi Pemerintahan in the format of
 * Permenpan RB 35/2012 (Pedoman Penyusunan SOP Administrasi Pemerintahan), as plain data.
 *
 * A `Sop` has three parts, mirroring the printed document:
 *
 * 1. `identitas` — the identity block (Permenpan RB 35/2012, Bab III, "unsur identitas"):
 *    - `instansi`: the institution lines beside the logo, top to bottom
 *      (e.g. ["PEMERINTAH KABUPATEN MALANG", "KANTOR KECAMATAN KALIPARE"]).
 *    - `nomor`: Nomor SOP, as written ("070 / / 35.07.11/2019").
 *    - `tanggalPembuatan`, `tanggalRevisi`, `tanggalEfektif`: as written in Indonesian
 *      ("22 Januari 2024"); "" when absent; "-" is kept when the document writes "-".
 *    - `disahkanOleh`: the approving official — jabatan ("CAMAT KALIPARE"), nama, pangkat
 *      ("PEMBINA"), NIP (digits with the spaces as written).
 *    - `nama`: Nama SOP.
 *    - The two-column block below it: `dasarHukum` | `kualifikasiPelaksana`,
 *      `keterkaitan` | `peralatanPerlengkapan`, `peringatan` | `pencatatanPendataan`; each a list of
 *      items without their numbering ("1.", "2.") — the sheet renumbers them.
 *
 * 2. `pelaksana` — the role columns of the procedure table, left to right
 *    (e.g. ["Camat", "Sekcam", "Kasubag Evapor", "Tim"]). The flowchart symbol of a step sits in
 *    the column of its pelaksana (Permenpan RB 35/2012, Bab III, "unsur prosedur").
 *
 * 3. `langkah` — the steps in order. The step number (kolom NO) is derived from the order
 *    (`nomorLangkah`), never stored, so reordering cannot leave stale numbers. Each step has:
 *    - `id`: stable identity; decision branches point at ids so they survive reordering.
 *    - `kegiatan`: the activity text (kolom KEGIATAN / URAIAN AKTIVITAS).
 *    - `pelaksana`: indices into `Sop.pelaksana`, ascending; several adjacent indices = a joint
 *      activity whose symbol spans those columns. Empty = not yet known (import could not tell).
 *    - `jenis`: the flowchart symbol — "mulai"/"selesai" (terminator, first and last step),
 *      "proses" (rectangle), "keputusan" (diamond, branches labelled Ya / Tidak).
 *    - `cabang`: for a keputusan only — the Ya and Tidak targets as step ids; `null` means
 *      "the next step in order" (the usual downward flow).
 *    - Mutu baku: `kelengkapan` (inputs / persyaratan), `waktu` (raw text as typed: "15 menit",
 *      "1jam", "3 Hari", "0"; parsed elsewhere), `output`.
 *    - `keterangan`: free remarks (e.g. "SOP Rapat").
 *    - `perluDiperiksa`: fields an importer could not infer with confidence and the editor should
 *      highlight for a human check. Empty for data typed or confirmed by a person.
 */

export type JenisLangkah = "mulai" | "proses" | "keputusan" | "selesai";

/** Fields of a langkah that the editor can flag for a human check. */
export type BidangLangkah =
  | "kegiatan"
  | "pelaksana"
  | "jenis"
  | "cabang"
  | "kelengkapan"
  | "waktu"
  | "output"
  | "keterangan";

/** Ya / Tidak targets of a decision: step ids, or `null` for "the next step in order". */
export interface CabangKeputusan {
  ya: string | null;
  tidak: string | null;
}

export interface Langkah {
  id: string;
  kegiatan: string;
  /** Indices into `Sop.pelaksana`, ascending; adjacent indices = joint activity. */
  pelaksana: number[];
  jenis: JenisLangkah;
  /** Only meaningful when `jenis === "keputusan"`. */
  cabang?: CabangKeputusan;
  kelengkapan: string;
  /** Raw text as written ("15 menit", "1jam", "0"). */
  waktu: string;
  output: string;
  keterangan: string;
  perluDiperiksa: BidangLangkah[];
}

export interface Pengesahan {
  jabatan: string;
  nama: string;
  pangkat: string;
  nip: string;
}

export interface IdentitasSop {
  instansi: string[];
  nomor: string;
  tanggalPembuatan: string;
  tanggalRevisi: string;
  tanggalEfektif: string;
  disahkanOleh: Pengesahan;
  nama: string;
  dasarHukum: string[];
  kualifikasiPelaksana: string[];
  keterkaitan: string[];
  peralatanPerlengkapan: string[];
  peringatan: string[];
  pencatatanPendataan: string[];
}

export interface Sop {
  identitas: IdentitasSop;
  pelaksana: string[];
  langkah: Langkah[];
}

export function pengesahanKosong(): Pengesahan {
  return { jabatan: "", nama: "", pangkat: "", nip: "" };
}

export function identitasKosong(): IdentitasSop {
  return {
    instansi: [],
    nomor: "",
    tanggalPembuatan: "",
    tanggalRevisi: "",
    tanggalEfektif: "",
    disahkanOleh: pengesahanKosong(),
    nama: "",
    dasarHukum: [],
    kualifikasiPelaksana: [],
    keterkaitan: [],
    peralatanPerlengkapan: [],
    peringatan: [],
    pencatatanPendataan: [],
  };
}

export function emptySop(): Sop {
  return { identitas: identitasKosong(), pelaksana: [], langkah: [] };
}

/** A new step with the given id; everything else empty unless given. */
export function langkahBaru(id: string, isi: Partial<Omit<Langkah, "id">> = {}): Langkah {
  return {
    id,
    kegiatan: "",
    pelaksana: [],
    jenis: "proses",
    kelengkapan: "",
    waktu: "",
    output: "",
    keterangan: "",
    perluDiperiksa: [],
    ...isi,
  };
}

/** An id not used by any of `langkah`: "L" + (highest numeric suffix + 1). */
export function idLangkahBaru(langkah: readonly Langkah[]): string {
  let max = 0;
  for (const l of langkah) {
    const m = /^L(\d+)$/.exec(l.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `L${max + 1}`;
}

/** The printed number (kolom NO) of a step: its 1-based position; `null` when the id is unknown. */
export function nomorLangkah(sop: Sop, id: string): number | null {
  const i = sop.langkah.findIndex((l) => l.id === id);
  return i < 0 ? null : i + 1;
}

/** The step a decision branch leads to: the target id, or the next step when `null`. */
export function targetCabang(sop: Sop, dari: string, target: string | null): Langkah | null {
  if (target !== null) return sop.langkah.find((l) => l.id === target) ?? null;
  const i = sop.langkah.findIndex((l) => l.id === dari);
  return i < 0 ? null : (sop.langkah[i + 1] ?? null);
}
