/** The preview's own chrome (a developer tool): one small catalog, Indonesian. */
export const TEKS = {
  judul: "Pratinjau Evapor",
  keterangan: "Panel tugas Evapor yang sebenarnya, dijalankan terhadap emulator Excel dalam memori.",
  bukuKerja: "Buku kerja",
  lembar: "Lembar",
  unduh: "Unduh .xlsx",
  mengunduh: "Menyiapkan .xlsx…",
  gagalUnduh: "Gagal membuat .xlsx",
  catatanUnduh: "Bentuk, garis panah dan grafik ikut dalam .xlsx; rumus ikut bersama hasilnya.",
  memuat: "Menyiapkan buku kerja contoh…",
  gagalMemuat: "Buku kerja contoh gagal dibuat",
  panel: "Panel tugas",
  bentuk: "Bentuk dan grafik di lembar",
  grafik: "Grafik",
  tersembunyi: "tersembunyi",
  dipotong: (baris: number, kolom: number) => `Pratinjau berhenti di sini: ${baris} baris dan ${kolom} kolom lagi tidak digambar.`,
} as const;
