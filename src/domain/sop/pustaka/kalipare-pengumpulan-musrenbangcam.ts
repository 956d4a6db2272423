/**
 * Seed 004: Prosedur Pengumpulan Data Kinerja Indikator Partisipasi Delegasi Musrenbangcam, Kantor Kecamatan Kalipare (Kabupaten Malang).
 * The symbols were lost in the copy: pelaksana read from the wording and the flow — the Kasi Ekbang
 * prepares and sends the data to the Sekretariat (steps 1–2), Sub. Evapor analyses, reports and
 * stores it (3, 4, 6), the Sekcam reports to the Camat (5, named in the text).
 */
import { DASAR_HUKUM_KALIPARE, identitas, INSTANSI_KALIPARE, KUALIFIKASI_KALIPARE, PENGESAHAN_KALIPARE, susunLangkah, type EntriPustaka } from "./susun";

const SEKRETARIS = 1, KASI = 2, EVAPOR = 3;

export const KALIPARE_PENGUMPULAN_MUSRENBANGCAM: EntriPustaka = {
  id: "kalipare-pengumpulan-data-kinerja-musrenbangcam",
  judul: "Pengumpulan Data Kinerja: Partisipasi Delegasi Musrenbangcam (Kecamatan Kalipare)",
  sumber: "SOP Kecamatan Kalipare, Kabupaten Malang, Nomor 070 / / 35.07.11/2019 (seed 004); simbol hilang, pelaksana disimpulkan dari kalimat kegiatan.",
  sop: {
    identitas: identitas({
      instansi: [...INSTANSI_KALIPARE],
      nomor: "070 / / 35.07.11/2019",
      tanggalPembuatan: "01 Januari 2016",
      tanggalRevisi: "01 Agustus 2019",
      tanggalEfektif: "01 Agustus 2019",
      disahkanOleh: { ...PENGESAHAN_KALIPARE },
      nama: "Pengumpulan Data Kinerja Indikator Partisipasi Delegasi Musrenbangcam",
      dasarHukum: [...DASAR_HUKUM_KALIPARE],
      kualifikasiPelaksana: [...KUALIFIKASI_KALIPARE],
      keterkaitan: ["SOP Musrenbang Kecamatan (Musrenbangcam)"],
      peralatanPerlengkapan: ["Laporan Data Musrenbangcam", "Dokumen IKU", "Seperangkat Komputer yang dilengkapi aplikasi office (word, excell)"],
      peringatan: [],
      pencatatanPendataan: ["Dokumen Renja"],
    }),
    pelaksana: ["Camat", "Sekretaris", "Kasi Ekbang", "Sub. Evapor"],
    langkah: susunLangkah([
      { kegiatan: "Menyiapkan bahan-bahan meliputi daftar hadir, foto dokumentasi dan berita acara terkait pelaksanaan Musrenbangcam.", pelaksana: [KASI], kelengkapan: "Daftar hadir Musrenbangcam, Berita Acara, Foto", waktu: "1 jam", output: "Berkas bahan data kinerja Musrenbangcam", keterangan: "SOP Musrenbangcam" },
      { kegiatan: "Menyampaikan hasil data awal kepada Sekretariat untuk diproses dan dianalisa sesuai prosedur mekanisme di dalam SAKIP .", pelaksana: [KASI], kelengkapan: "Daftar hadir Musrenbangcam, Berita Acara, Foto", waktu: "15 Menit", output: "Berkas bahan data kinerja Musrenbangcam" },
      { kegiatan: "Melakukan analisa Data Kinerja. Menganalisa, dan ditinjau ulang sesuai dengan target di dalam IKU dan penetapan Kinerja. Jika terdapat permasalahan ketidakcapaian hitungan formula target maka dikonsultasikan ulang kepada Kasi Ekbang.", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja yang dianalisa sesuai target IKU", waktu: "1 Jam", output: "Bahan data kinerja yang dianalisa sesuai target IKU" },
      { kegiatan: "Melaporkan Hasil Pengumpulan Data Kinerja tersebut kepada Sekretaris Kecamatan (Sekcam)", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja yang dianalisa sesuai target IKU", waktu: "15 Menit", output: "Bahan data kinerja tentang Musrenbangcam" },
      { kegiatan: "Sekcam melaporkan kepada Camat tentang Data Kinerja tersebut. Camat melakukan persetujuan dan dapat diproses sebagai data untuk dilaporkan serta sebagai bahan data bagi penyusunan Laporan Kinerja.", pelaksana: [SEKRETARIS], kelengkapan: "Bahan data kinerja tentang Musrenbangcam", waktu: "15 Menit", output: "Data kinerja tentang Musrenbangcam" },
      { kegiatan: "Hasil persetujuan dari pimpinan dikembalikan untuk disimpan dan dapat dipergunakan dalam proses lanjutan.", pelaksana: [EVAPOR], kelengkapan: "Data kinerja tentang Musrenbangcam", waktu: "5 Menit", output: "Data kinerja tentang Musrenbangcam" },
    ]),
  },
};
