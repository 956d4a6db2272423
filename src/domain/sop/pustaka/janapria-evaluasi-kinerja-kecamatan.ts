/**
 * Seed 002: Evaluasi Kinerja Kecamatan, Kantor Camat Janapria (Kabupaten Lombok Tengah).
 * The symbols were lost in the copy; pelaksana read from the wording and the flow: the Camat
 * orders the meeting (1), held by the Sekcam with the Lurah, Kasi and Kasubbag (2, joint); the
 * Kasubbag Perencanaan drafts (3–5: step 6 sends the report back "ke kasubbag perencanaan");
 * the Sekcam checks and initials — paraf is the Sekcam's before the Camat signs (6, the decision:
 * Ya → step 7, Tidak → back to step 5); the Camat signs and orders distribution (7–8); the
 * Kasubbag distributes (9).
 */
import { identitas, susunLangkah, type EntriPustaka } from "./susun";

const CAMAT = 0, SEKCAM = 1, KASUBBAG = 2;

export const JANAPRIA_EVALUASI_KINERJA_KECAMATAN: EntriPustaka = {
  id: "janapria-evaluasi-kinerja-kecamatan",
  judul: "Evaluasi Kinerja Kecamatan (Kecamatan Janapria)",
  sumber: "SOP Kantor Camat Janapria, Kabupaten Lombok Tengah, Nomor 067/ 21 //JPR/2024 (seed 002); simbol hilang, pelaksana disimpulkan dari kalimat kegiatan.",
  sop: {
    identitas: identitas({
      instansi: ["KANTOR CAMAT JANAPRIA KABUPATEN LOMBOK TENGAH", "SUB BAGIAN PERENCANAAN DAN KEUANGAN"],
      nomor: "067/ 21 //JPR/2024",
      tanggalPembuatan: "22 Januari 2024",
      tanggalRevisi: "-",
      tanggalEfektif: "22 Januari 2024",
      disahkanOleh: { jabatan: "Camat Janapria", nama: "SYAMSUN RIJAL, S.IP", pangkat: "", nip: "19661231 198607 1 014" },
      nama: "Evaluasi Kinerja Kecamatan",
      dasarHukum: [
        "Peraturan Pemerintah Republik Indonesia Nomor 17 Tahun 2018 tentang Kecamatan",
        "Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, Serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah dan Rencana Kerja Pemerintah Daerah",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
        "Peraturan Daerah Kabupaten Lombok Tengah Nomor 6 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah",
        "Peraturan Bupati Lombok Tengah Nomor 90 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas Pokok dan Fungsi Kecamatan",
      ],
      kualifikasiPelaksana: ["Memiliki pengetahuan tentang Evaluasi Kinerja", "Memiliki kewenangan untuk melakukan Evaluasi Kinerja"],
      keterkaitan: ["SOP pengumpulan data kinerja", "SOP perencanaan kinerja", "SOP evaluasi kinerja"],
      // The source groups its equipment under two sub-headings; one item per group keeps them.
      peralatanPerlengkapan: [
        "Peralatan: Aturan terkait evaluasi kinerja; Instrumen evaluasi kinerja; ATK dll.",
        "Sarana dan Prasarana: Komputer/Laptop dan Printer; Meja dan Kursi",
      ],
      peringatan: ["Evaluasi Kinerja yang baik akan menyebabkan meningkatnya pencapaian tujuan OPD"],
      // The label reads "Pencatatan dan Pendataan : -" with this sentence below it.
      pencatatanPendataan: ["Perencanaan Kinerja Kecamatan dibuat dengan mengacu kepada aturan yang berlaku"],
    }),
    pelaksana: ["CAMAT", "SEKRETARIS CAMAT", "LURAH, KASI, KASUBBAG.", "STAF"],
    langkah: susunLangkah([
      { kegiatan: "Memerintahkan Sekcam, semua Lurah, kepala seksi dan kasubbag untuk rapat pembahasan Evaluasi Kinerja", pelaksana: [CAMAT], kelengkapan: "Surat Undangan rapat evaluasi kinerja", waktu: "1 jam", output: "diterimanya surat dan kesediaan hadir" },
      { kegiatan: "Melaksanakan rapat pembahasan Evaluasi Kinerja", pelaksana: [SEKCAM, KASUBBAG], kelengkapan: "Renstra dan Renja tahun sebelumnya", waktu: "2 jam", output: "notulen hasil rapat" },
      { kegiatan: "Membuat instrumen dan menyusun konsep dokumen evaluasi kinerja", pelaksana: [KASUBBAG], kelengkapan: "Aturan evaluasi kinerja", waktu: "2 hari", output: "Instrumen Evaluasi kinerja" },
      { kegiatan: "Megumpulkan bahan dan mengolah data hasil pengisian instrumen evaluasi kinerja", pelaksana: [KASUBBAG], kelengkapan: "Instrumen Evaluasi kinerja", waktu: "2 hari", output: "Data hasil pengisian instrumen evaluasi kinerja" },
      { kegiatan: "Menyusun laporan hasil evaluasi kinerja berdasarkan data yang telah di olah", pelaksana: [KASUBBAG], kelengkapan: "Data hasil pengisian instrumen evaluasi kinerja", waktu: "1 hari", output: "Draft laporan hasil evaluasi kinerja" },
      { kegiatan: "Memeriksa laporan hasil evaluasi kinerja dan di paraf apabila di setuju. Jika tidak diserahkan kembali ke kasubbag perencanaan untuk di perbaiki.", pelaksana: [SEKCAM], jenis: "keputusan", ya: null, tidak: 5, kelengkapan: "Draft laporan hasil evaluasi kinerja", waktu: "2 jam", output: "Laporan hasil evaluasi kinerja yang telah di paraf" },
      { kegiatan: "Melakukan penandatanganan laporan hasil evaluasi kinerja", pelaksana: [CAMAT], kelengkapan: "Laporan hasil evaluasi kinerja yang telah di paraf", waktu: "5 menit", output: "Laporan hasil evaluasi kinerja yang telah di tandatangi" },
      { kegiatan: "Memerintahkan Kasubbag Perencanaan untuk menggandakan dan mendistribusikan", pelaksana: [CAMAT], kelengkapan: "Laporan hasil evaluasi kinerja yang telah di tandatangi", waktu: "5 menit", output: "Laporan hasil evaluasi kinerja yang telah di tandatangi" },
      { kegiatan: "Menggandakan, mengagendakan dan mendistribusikan", pelaksana: [KASUBBAG], kelengkapan: "Laporan hasil evaluasi kinerja yang telah di tandatangi", waktu: "3 jam", output: "Bukti pengiriman" },
    ]),
  },
};
