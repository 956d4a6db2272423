/**
 * Problems validateSop finds, each one a person can act on: which step (`langkahId`), which
 * field (`field`), and the numbers the message needs. `error` = the SOP breaks a rule of SOP AP
 * (Permenpan RB 35/2012) or cannot be drawn; `peringatan` = it can be drawn but should be checked.
 */
import type { BidangLangkah, JenisLangkah } from "../model";
import type { Kertas } from "../layout/ukuran";

export type TingkatMasalah = "error" | "peringatan";
export type CabangKe = "ya" | "tidak";
/** Text fields of a step that are printed in a cell of limited size. */
export type BidangTeks = "kegiatan" | "kelengkapan" | "waktu" | "output" | "keterangan";

type DiLangkah<K extends string, F extends BidangLangkah, T extends TingkatMasalah = "error"> =
  { tingkat: T; kind: K; langkahId: string; field: F };

export type SopMasalah =
  // the procedure as a whole
  | { tingkat: "error"; kind: "langkah-kurang"; jumlah: number }
  | { tingkat: "error"; kind: "id-langkah-ganda"; langkahId: string }
  | { tingkat: "error"; kind: "tanpa-kolom-pelaksana" }
  | { tingkat: "error"; kind: "kolom-pelaksana-terlalu-banyak"; jumlah: number; batas: number; kertas: Kertas }
  | { tingkat: "peringatan"; kind: "identitas-kosong"; field: "nama" | "nomor" }
  // pelaksana columns
  | { tingkat: "peringatan"; kind: "nama-pelaksana-kosong"; kolomPelaksana: number }
  | { tingkat: "peringatan"; kind: "nama-pelaksana-ganda"; kolomPelaksana: number; nama: string }
  | { tingkat: "peringatan"; kind: "nama-pelaksana-terlalu-panjang"; kolomPelaksana: number; nama: string; baris: number; barisMaks: number }
  | { tingkat: "peringatan"; kind: "kolom-pelaksana-tak-terpakai"; kolomPelaksana: number; nama: string }
  // terminators: the first step mulai, the last selesai, none in between
  | DiLangkah<"awal-bukan-mulai", "jenis">
  | DiLangkah<"akhir-bukan-selesai", "jenis">
  | (DiLangkah<"terminator-di-tengah", "jenis"> & { jenis: Extract<JenisLangkah, "mulai" | "selesai"> })
  // decisions: both branches labelled and pointing inside the SOP
  | DiLangkah<"cabang-kosong", "cabang">
  | (DiLangkah<"cabang-tidak-ada", "cabang"> & { cabang: CabangKe; target: string | null })
  | (DiLangkah<"cabang-ke-diri-sendiri", "cabang"> & { cabang: CabangKe })
  | DiLangkah<"cabang-sama", "cabang", "peringatan">
  // pelaksana of a step
  | DiLangkah<"pelaksana-kosong", "pelaksana">
  | (DiLangkah<"pelaksana-tidak-dikenal", "pelaksana"> & { kolomPelaksana: number })
  | DiLangkah<"pelaksana-tidak-berdampingan", "pelaksana">
  // texts
  | DiLangkah<"kegiatan-kosong", "kegiatan">
  | (DiLangkah<"teks-terlalu-panjang", BidangTeks, "peringatan"> & { panjang: number; batas: number; baris: number; barisMaks: number })
  | DiLangkah<"waktu-kosong", "waktu", "peringatan">
  | (DiLangkah<"waktu-tidak-terbaca", "waktu", "peringatan"> & { teks: string })
  | DiLangkah<"perlu-diperiksa", BidangLangkah, "peringatan">;

export type JenisMasalah = SopMasalah["kind"];
