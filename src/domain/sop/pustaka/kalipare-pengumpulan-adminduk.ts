/**
 * Seed 004: Prosedur Pengumpulan Data Kinerja Indikator Administrasi Kependudukan, Kantor Kecamatan Kalipare (Kabupaten Malang).
 * The symbols were lost in the copy: pelaksana read from the wording and the flow — the Kasi Pem
 * prepares and sends the data to the Sekretariat (steps 1–2), Sub. Evapor analyses, reports and
 * stores it (3, 4, 6), the Sekcam reports to the Camat (5, named in the text). The output of step 1 reads "…Musrenbangcam" in the source (copied from the Musrenbangcam SOP); kept as written.
 */
import { DASAR_HUKUM_KALIPARE, identitas, INSTANSI_KALIPARE, KUALIFIKASI_KALIPARE, PENGESAHAN_KALIPARE, susunLangkah, type EntriPustaka } from "./susun";

const SEKRETARIS = 1, KASI = 2, EVAPOR = 3;

export const KALIPARE_PENGUMPULAN_ADMINDUK: EntriPustaka = {
  id: "kalipare-pengumpulan-data-kinerja-adminduk",
  judul: "Pengumpulan Data Kinerja: Administrasi Kependudukan (Kecamatan Kalipare)",
  sumber: "SOP Kecamatan Kalipare, Kabupaten Malang, Nomor 070 / / 35.07.11/2019 (seed 004); simbol hilang, pelaksana disimpulkan dari kalimat kegiatan.",
  sop: {
    identitas: identitas({
      instansi: [...INSTANSI_KALIPARE],
      nomor: "070 / / 35.07.11/2019",
      tanggalPembuatan: "01 Januari 2016",
      tanggalRevisi: "01 Agustus 2019",
      tanggalEfektif: "01 Agustus 2019",
      disahkanOleh: { ...PENGESAHAN_KALIPARE },
      nama: "Prosedur Pengumpulan Data Kinerja Indikator Administrasi Kependudukan",
      dasarHukum: [...DASAR_HUKUM_KALIPARE],
      kualifikasiPelaksana: [...KUALIFIKASI_KALIPARE],
      keterkaitan: ["SOP Pelayanan Pengantar KTP", "SOP Pelayanan Pengantar KK", "SOP Pelayanan Mutasi Pindah Penduduk"],
      peralatanPerlengkapan: ["Laporan Data Administrasi Kependudukan", "Dokumen IKU", "Seperangkat Komputer yang dilengkapi aplikasi office (word, excell)"],
      peringatan: [],
      pencatatanPendataan: ["Dokumen Renja"],
    }),
    pelaksana: ["Camat", "Sekretaris", "Kasi Pem", "Sub. Evapor"],
    langkah: susunLangkah([
      { kegiatan: "Menyiapkan bahan-bahan meliputi Buku Register Pelayanan Pengantar KTP, KK dan Mutasi Pindah Penduduk.", pelaksana: [KASI], kelengkapan: "Buku Register KTP, KK & Mutasi", waktu: "1 jam", output: "Berkas bahan data kinerja Musrenbangcam", keterangan: "SOP pelayanan KTP, KK dan Mutasi" },
      { kegiatan: "Menyampaikan hasil data awal kepada Sekretariat untuk diproses dan dianalisa sesuai prosedur mekanisme di dalam SAKIP .", pelaksana: [KASI], kelengkapan: "Salinan rekap data terkait Pengantar KTP, KK & Mutasi", waktu: "15 Menit", output: "Berkas bahan data kinerja administrasi kependudukan" },
      { kegiatan: "Melakukan analisa Data Kinerja. Menganalisa, dan ditinjau ulang sesuai dengan target di dalam IKU dan penetapan Kinerja. Jika terdapat permasalahan ketidakcapaian hitungan formula target maka dikonsultasikan ulang kepada Kasi Pem.", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja administrasi kependudukan yang dianalisa sesuai target IKU", waktu: "1 Jam", output: "Bahan data kinerja yang dianalisa sesuai target IKU" },
      { kegiatan: "Melaporkan Hasil Pengumpulan Data Kinerja tersebut kepada Sekretaris Kecamatan (Sekcam).", pelaksana: [EVAPOR], kelengkapan: "Bahan data kinerja yang dianalisa sesuai target IKU", waktu: "15 Menit", output: "Bahan data kinerja tentang administrasi kependudukan" },
      { kegiatan: "Sekcam melaporkan kepada Camat tentang Data Kinerja tersebut. Camat melakukan persetujuan dan dapat diproses sebagai data untuk dilaporkan serta sebagai bahan data bagi penyusunan Laporan Kinerja.", pelaksana: [SEKRETARIS], kelengkapan: "Bahan data kinerja tentang administrasi kependudukan", waktu: "15 Menit", output: "Data kinerja tentang administrasi kependudukan" },
      { kegiatan: "Hasil persetujuan dari pimpinan dikembalikan untuk disimpan dan dapat dipergunakan dalam proses lanjutan.", pelaksana: [EVAPOR], kelengkapan: "Data kinerja tentang administrasi kependudukan", waktu: "5 Menit", output: "Data kinerja tentang administrasi kependudukan" },
    ]),
  },
};
