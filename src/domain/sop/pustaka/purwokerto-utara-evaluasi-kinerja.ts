/**
 * Seed 001: SOP Pelaksanaan Evaluasi Kinerja, Kecamatan Purwokerto Utara (Kabupaten Banyumas).
 * The symbols were lost in the copy; pelaksana read from the wording and the flow: the Camat
 * orders the Sekcam (1), who coordinates with the Kasubag Perencanaan dan Keuangan (2); the
 * Kasubag analyses and holds the meeting together with the Bidang and Sekretariat (3–4, a joint
 * activity over the two adjacent columns), follows up and reports (5–6); the Camat receives and
 * orders archiving (7); the Kasubag archives (8).
 */
import { identitas, susunLangkah, type EntriPustaka } from "./susun";

const CAMAT = 0, SEKCAM = 1, KASUBAG = 2, BIDANG = 3;

export const PURWOKERTO_UTARA_EVALUASI_KINERJA: EntriPustaka = {
  id: "purwokerto-utara-evaluasi-kinerja",
  judul: "Evaluasi Kinerja (Kecamatan Purwokerto Utara)",
  sumber: "SOP Kecamatan Purwokerto Utara, Kabupaten Banyumas, Nomor 900/147.6/2023 (seed 001); simbol hilang, pelaksana disimpulkan dari kalimat kegiatan.",
  sop: {
    identitas: identitas({
      instansi: ["KECAMATAN PURWOKERTO UTARA KABUPATEN BANYUMAS"],
      nomor: "900/147.6/2023",
      tanggalPembuatan: "15 Februari 2023",
      tanggalRevisi: "26 Juni 2023",
      tanggalEfektif: "22 Februari 2023",
      disahkanOleh: { jabatan: "CAMAT PURWOKERTO UTARA", nama: "Dra. ERNY INDRIASTUTY, M.M.", pangkat: "Pembina Tk. I", nip: "196704201994032009" },
      nama: "EVALUASI KINERJA",
      dasarHukum: [
        "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah dan Rencana Kerja Pemerintah Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 Klasifikasi, Kodefikasi, Dan Nomenklatur Perencanaan Pembangunan Dan Keuangan Daerah",
      ],
      kualifikasiPelaksana: [
        "Memahami Tugas Pokok dan Fungsi setiap lini Unit Kerjanya",
        "Menguasai penggunaan peralatan computer dan perlengkapannya.",
      ],
      keterkaitan: ["SOP Penyusunan Perjanjian Kinerja", "SOP Penyusunan Rencana Kerja Tahunan"],
      peralatanPerlengkapan: ["Perjanjian Kinerja Pejabat Struktural", "Rencana Kerja Tahunan Perangkat Daerah", "Monev"],
      peringatan: ["Pelaksanaan Monitoring dan Evaluasi Kegiatan akan terkendala jika terjadi penyimpangan dalam prosedurnya"],
      pencatatanPendataan: ["Disimpan sebagai data manual dan elektronik"],
    }),
    pelaksana: ["CAMAT", "SEKCAM", "KASUBAG PERENCANAAN DAN KEUANGAN", "KEPALA BIDANG DAN SEKRETARIAT"],
    langkah: susunLangkah([
      { kegiatan: "Memerintahkan kepada Sekretaris Camat untuk melaksanakan Evaluasi Kinerja Internal", pelaksana: [CAMAT], kelengkapan: "Tupoksi", waktu: "15 menit", output: "Perintah Camat" },
      { kegiatan: "Berkoordinasi dengan Kasubag Perencanaan dan Keuangan perihal Evaluasi Kinerja Internal", pelaksana: [SEKCAM], kelengkapan: "Perintah Camat", waktu: "15 menit", output: "Perintah Sekretaris Camat" },
      { kegiatan: "Menganalisa kinerja Bidang dan Sekretariat serta mengumpulkan / klarifikasi data bersama dengan Bidang dan Sekretariat", pelaksana: [KASUBAG, BIDANG], kelengkapan: "Perintah Sekretaris Camat", waktu: "3 Hari", output: "Analisa Kinerja" },
      { kegiatan: "Melaksanakan Rapat Evaluasi Kinerja Internal bersama seluruh Bidang dan Sekretariat", pelaksana: [KASUBAG, BIDANG], kelengkapan: "Analisa Kinerja", waktu: "1 Hari", output: "Notulen Rapat" },
      { kegiatan: "Menelaah berita Acara / Notulen Rapat dan membuat Berita Acara Tindak Lanjut", pelaksana: [KASUBAG], kelengkapan: "Notulen Rapat", waktu: "1 Hari", output: "Berita Acara Tindak Lanjut" },
      { kegiatan: "Melaksanakan pemantauan Berita Acara Tindak Lanjut secara terinci dan melaporkan kepada Camat", pelaksana: [KASUBAG], kelengkapan: "Berita Acara Tindak Lanjut", waktu: "5 Hari", output: "Laporan Pemantauan" },
      { kegiatan: "Menerima dan memerintahkan Kasubag Perencanaan dan Keuangan untuk mengarsipkan dengan baik", pelaksana: [CAMAT], kelengkapan: "Laporan Pemantauan", waktu: "1 Hari", output: "Persetujuan Laporan" },
      { kegiatan: "Mengarsipkan", pelaksana: [KASUBAG], kelengkapan: "Persetujuan Laporan", waktu: "1 Hari", output: "Arsip" },
    ]),
  },
};
