/** The preview's own chrome (a developer tool): one small catalog, Indonesian. */
export const TEKS = {
  judul: "Pratinjau Evapor",
  keterangan: "Panel tugas Evapor yang sebenarnya, dijalankan terhadap emulator Excel dalam memori.",
  bukuKerja: "Buku kerja",
  lembar: "Lembar",
  unduh: "Unduh .xlsx",
  memuat: "Menyiapkan buku kerja contoh…",
  panel: "Panel tugas",
} as const;
