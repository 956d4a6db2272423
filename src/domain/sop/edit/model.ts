/**
 * Edits of an SOP AP draft (Permenpan RB 35/2012) as data: the task pane's reducer hands them to
 * `terapkanEdit`. Steps are named by id (never by position), so an edit queued before a reorder
 * still lands on the step the user meant.
 */
import type { BidangLangkah, JenisLangkah, Pengesahan } from "../model";
import type { CabangKe } from "../validasi";

/** Identity fields holding one line of text. */
export type BidangIdentitasTeks = "nomor" | "tanggalPembuatan" | "tanggalRevisi" | "tanggalEfektif" | "nama";

/** Identity fields holding a list (one item per line in the editor; the sheet numbers them). */
export type BidangIdentitasDaftar =
  | "instansi"
  | "dasarHukum"
  | "kualifikasiPelaksana"
  | "keterkaitan"
  | "peralatanPerlengkapan"
  | "peringatan"
  | "pencatatanPendataan";

/** Text fields of a step. */
export type BidangLangkahTeks = "kegiatan" | "kelengkapan" | "waktu" | "output" | "keterangan";

export type ArahPindah = "naik" | "turun";

export type EditSop =
  // identity block
  | { kind: "identitas-teks"; field: BidangIdentitasTeks; value: string }
  | { kind: "identitas-daftar"; field: BidangIdentitasDaftar; value: string[] }
  | { kind: "pengesahan"; field: keyof Pengesahan; value: string }
  // pelaksana columns
  | { kind: "pelaksana-tambah"; nama: string }
  | { kind: "pelaksana-ubah-nama"; kolom: number; nama: string }
  | { kind: "pelaksana-pindah"; kolom: number; arah: ArahPindah }
  | { kind: "pelaksana-hapus"; kolom: number }
  // steps as a whole
  | { kind: "langkah-tambah"; setelah: string | null }
  | { kind: "langkah-hapus"; id: string }
  | { kind: "langkah-pindah"; id: string; arah: ArahPindah }
  | { kind: "langkah-duplikat"; id: string }
  // fields of a step
  | { kind: "langkah-teks"; id: string; field: BidangLangkahTeks; value: string }
  | { kind: "langkah-pelaksana"; id: string; pelaksana: number[] }
  | { kind: "langkah-jenis"; id: string; jenis: JenisLangkah }
  | { kind: "langkah-cabang"; id: string; cabang: CabangKe; target: string | null }
  /** A person confirmed a field the importer flagged (`perluDiperiksa`) without changing it. */
  | { kind: "langkah-diperiksa"; id: string; field: BidangLangkah };
