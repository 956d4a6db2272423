/**
 * Seed 004: Prosedur Pengumpulan Data Kinerja Indikator Keaktifan Siskamling, Kantor Kecamatan Kalipare (Kabupaten Malang).
 * The symbols were lost in the copy: pelaksana read from the wording and the flow — the Kasi Trantib
 * prepares and sends the data to the Sekretariat (steps 1–2), Sub. Evapor analyses, reports and
 * stores it (3, 4, 6), the Sekcam reports to the Camat (5, named in the text). As written in the source: its Kualifikasi Pelaksana column holds what reads as equipment, Keterkaitan is empty, and step 3 consults "Kasi Pem" although the column is Kasi Trantib (copied from the Administrasi Kependudukan SOP).
 */
import { DASAR_HUKUM_KALIPARE, identitas, INSTANSI_KALIPARE, PENGESAHAN_KALIPARE, susunLangkah, type EntriPustaka } from "./susun";

const SEKRETARIS = 1, KASI = 2, EVAPOR = 3;

export const KALIPARE_PENGUMPULAN_SISKAMLING: EntriPustaka = {
  id: "kalipare-pengumpulan-data-kinerja-siskamling",
  judul: "Pengumpulan Data Kinerja: Keaktifan Siskamling (Kecamatan Kalipare)",
  sumber: "SOP Kecamatan Kalipare, Kabupaten Malang, Nomor 070 / / 35.07.11/2019 (seed 004); simbol hilang, pelaksana disimpulkan dari kalimat kegiatan.",
  sop: {
    identitas: identitas({
      instansi: [...INSTANSI_KALIPARE],
      nomor: "070 / / 35.07.11/2019",
      tanggalPembuatan: "01 Januari 2016",
      tanggalRevisi: "01 Agustus 2019",
      tanggalEfektif: "01 Agustus 2019",
      disahkanOleh: { ...PENGESAHAN_KALIPARE },
      nama: "Prosedur Pengumpulan Data Kinerja Indikator Keaktifan Siskamling",
      dasarHukum: [...DASAR_HUKUM_KALIPARE],
      kualifikasiPelaksana: ["Laporan Data Kelompok Siskamling", "Dokumen IKU", "Seperangkat Komputer yang dilengkapi aplikasi office (word, excell)"],
      keterkaitan: [],
      peralatanPerlengkapan: ["Seperangkat Komputer yang dilengkapi aplikasi office (word, excell)"],
      peringatan: [],
      pencatatanPendataan: ["Dokumen Renja"],
    }),
    pelaksana: ["Camat", "Sekretaris", "Kasi Trantib", "Sub. Evapor"],
    langkah: susunLangkah([
      { kegiatan: "Menyiapkan bahan-bahan meliputi Data kelompok Siskamling/ Poskamling. Laporan pemantauan Poskamling aktif.", pelaksana: [KASI], kelengkapan: "Laporan data Siskamling/ Poskamling", waktu: "1 jam", output: "Berkas bahan data kinerja Siskamling" },
      { kegiatan: "Menyampaikan hasil data awal kepada Sekretariat untuk diproses dan dianalisa sesuai prosedur mekanisme di dalam SAKIP .", pelaksana: [KASI], kelengkapan: "Salinan rekap data terkait Siskamling/ Poskamling", waktu: "15 Menit", output: "Berkas bahan data kinerja Keaktifan Siskamling" },
      { kegiatan: "Melakukan analisa Data Kinerja. Menganalisa, dan ditinjau ulang sesuai dengan target di dalam IKU dan penetapan Kinerja. Jika terdapat permasalahan ketidakcapaian hitungan formula target maka dikonsultasikan ulang kepada Kasi Pem.", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja keaktifan Siskamlingn yang dianalisa sesuai target IKU", waktu: "1 Jam", output: "Bahan data kinerja yang dianalisa sesuai target IKU" },
      { kegiatan: "Melaporkan Hasil Pengumpulan Data Kinerja tersebut kepada Sekretaris Kecamatan (Sekcam).", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja yang dianalisa sesuai target IKU", waktu: "15 Menit", output: "Bahan data kinerja tentang keaktifan Siskamling" },
      { kegiatan: "Sekcam melaporkan kepada Camat tentang Data Kinerja tersebut. Camat melakukan persetujuan dan dapat diproses sebagai data untuk dilaporkan serta sebagai bahan data bagi penyusunan Laporan Kinerja.", pelaksana: [SEKRETARIS], kelengkapan: "Bahan data kinerja tentang keaktifan Siskamling", waktu: "15 Menit", output: "Data kinerja tentang keaktifan Siskamling" },
      { kegiatan: "Hasil persetujuan dari pimpinan dikembalikan untuk disimpan dan dapat dipergunakan dalam proses lanjutan.", pelaksana: [EVAPOR], kelengkapan: "Data kinerja tentang keaktifan Siskamling", waktu: "5 Menit", output: "Data kinerja tentang keaktifan Siskamling" },
    ]),
  },
};
