import type { Pengaturan } from "../domain/pengaturan";
import { SKALA_PERMENDAGRI_86_2017 } from "../domain/kinerja/predikat";

/** A fictional but realistic kecamatan, for the preview and `npm run sample`. */
export const PENGATURAN_CONTOH: Pengaturan = {
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "Jl. Raya Kalipare No. 1, Kalipare, Kabupaten Malang" },
  camat: { nama: "Drs. Hadi Prasetyo, M.Si", nip: "19720315 199303 1 004" },
  sekcam: { nama: "Sri Wahyuni, S.Sos", nip: "19780812 200501 2 011" },
  tahun: 2026,
  kertas: "A4",
  skala: SKALA_PERMENDAGRI_86_2017,
};

/**
 * "Data Kinerja" as a Sub. Evapor keeps it by hand: a two-row header with a merged Realisasi span,
 * numbers typed as text in places ("82,5"), and an unreported quarter left empty.
 */
export const DATA_KINERJA_CONTOH = {
  judul: "DATA KINERJA KECAMATAN KALIPARE TAHUN 2026",
  header1: ["No", "Sasaran", "Indikator", "Satuan", "Target 2026", "Realisasi", "", "", ""],
  header2: ["", "", "", "", "", "TW I", "TW II", "TW III", "TW IV"],
  baris: [
    [1, "Meningkatnya partisipasi masyarakat dalam perencanaan", "Persentase kehadiran peserta Musrenbangcam", "%", 85, 88, "", "", ""],
    [2, "Meningkatnya kualitas pelayanan administrasi", "Jumlah dokumen administrasi kependudukan yang diterbitkan", "dokumen", 1200, 310, 295, 322, ""],
    [3, "Meningkatnya ketenteraman dan ketertiban", "Persentase pos Siskamling aktif", "%", 75, 62, "68,5", 71, ""],
    [4, "Meningkatnya kualitas pelayanan administrasi", "Indeks Kepuasan Masyarakat (IKM)", "indeks", 82, "82,5", 83.1, 84, ""],
    [5, "Meningkatnya kualitas pelayanan administrasi", "Rata-rata waktu penyelesaian surat (hari)", "hari", 3, 3.5, 2.8, 2.5, ""],
  ] as (string | number)[][],
};
