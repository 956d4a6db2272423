/**
 * Seed 000: Prosedur Evaluasi Data Kinerja, Kantor Kecamatan Kalipare (Kabupaten Malang).
 * Pelaksana from the symbols in the role columns (○ first and last, □ the others). The source
 * numbers the steps 1–2 then 1–7; it is one flow (the symbols continue), numbered 1–9 here.
 */
import { DASAR_HUKUM_KALIPARE, identitas, INSTANSI_KALIPARE, KUALIFIKASI_KALIPARE, PENGESAHAN_KALIPARE, susunLangkah, type EntriPustaka } from "./susun";

const CAMAT = 0, SEKRETARIS = 1, TIM = 2, KASI = 3, EVAPOR = 4;

export const KALIPARE_EVALUASI_DATA_KINERJA: EntriPustaka = {
  id: "kalipare-evaluasi-data-kinerja",
  judul: "Evaluasi Data Kinerja (Kecamatan Kalipare)",
  sumber: "SOP Kecamatan Kalipare, Kabupaten Malang, Nomor 070 / / 35.07.11/2019 (seed 000); pelaksana dari simbol.",
  sop: {
    identitas: identitas({
      instansi: [...INSTANSI_KALIPARE],
      nomor: "070 / / 35.07.11/2019",
      tanggalPembuatan: "01 Januari 2016",
      tanggalRevisi: "07 Januari 2019",
      tanggalEfektif: "01 Januari 2019",
      disahkanOleh: { ...PENGESAHAN_KALIPARE },
      nama: "Evaluasi Data Kinerja",
      dasarHukum: [...DASAR_HUKUM_KALIPARE],
      kualifikasiPelaksana: [...KUALIFIKASI_KALIPARE],
      keterkaitan: [
        "SOP Pengumpulan Data Kinerja ttg Musrenbangcam",
        "SOP Pengumpulan Data Kinerja ttg Adm Kependudukan",
        "SOP Pengumpulan Data Kinerja ttg Keaktifan Siskamling",
      ],
      peralatanPerlengkapan: [
        "Laporan Data Kinerja",
        "Dokumen IKU",
        "Seperangkat Komputer yang dilengkapi aplikasi office (word, excell)",
      ],
      peringatan: ["Tim Akuntabilitas Kinerja harus sudah ditetapkan oleh Camat."],
      pencatatanPendataan: ["Dokumen Laporan Kinerja"],
    }),
    pelaksana: ["Camat", "Sekretaris", "Tim", "Kasi terkait", "Sub. Evapor"],
    langkah: susunLangkah([
      { kegiatan: "Menyiapkan bahan hasil pemantauan Kuartal sebelumnya. Termasuk penyiapan teknis rapat terkait prasarannya.", pelaksana: [EVAPOR], kelengkapan: "Hasil pemantauan kinerja Kuartal lalu", waktu: "15 menit", output: "Hasil pemantauan kinerja Kuartal lalu", keterangan: "SOP Rapat" },
      { kegiatan: "Tim melaksanakan Evaluasi Pencapaian Kinerja menghasilkan Berita Acara Evaluasi.", pelaksana: [TIM], kelengkapan: "Hasil pemantauan kinerja Kuartal lalu", waktu: "1 jam", output: "Berita Acara Evaluasi Kinerja" },
      { kegiatan: "Tindak lanjut perubahan atas hasil evaluasi yang telah dilakukan oleh Tim.", pelaksana: [EVAPOR], kelengkapan: "Catatan tentang perubahan-perubahan yang perlu dilakukan", waktu: "15 menit", output: "Catatan tentang perubahan-perubahan yang perlu dilakukan" },
      { kegiatan: "Dokumen tindak lanjut perubahan diberikan kepada Kasi yang membidangi untuk dipenuhi dan dirubah sesuai dengan hasil koordinasi telaah Tim.", pelaksana: [KASI], kelengkapan: "Catatan tentang perubahan-perubahan yang perlu dilakukan", waktu: "0", output: "Data tentang pemenuhan perubahan" },
      { kegiatan: "Kasi melakukan perubahan sesuai dengan hasil evaluasi, diserahkan kembali ke Kasubag Evapor.", pelaksana: [EVAPOR], kelengkapan: "Data tentang pemenuhan perubahan", waktu: "10 menit", output: "Data tentang pemenuhan perubahan" },
      { kegiatan: "Diserahkan kepada Sekretaris untuk diperiksa kesesuaian dengan hasil evaluasi Tim yang telah diberikan.", pelaksana: [SEKRETARIS], kelengkapan: "Data hasil perubahan sesuai pemeriksaan", waktu: "15 Menit", output: "Data hasil perubahan sesuai pemeriksaan" },
      { kegiatan: "Hasil pemeriksaan diserahkan kepada camat untuk diperiksa dan diketahui.", pelaksana: [CAMAT], kelengkapan: "Data hasil perubahan sesuai pemeriksaan", waktu: "15 Menit", output: "Data hasil perubahan sesuai pemeriksaan" },
      { kegiatan: "Memerintahkan kepada Kasubag Evapor untuk disimpan.", pelaksana: [SEKRETARIS], kelengkapan: "Hasil Evaluasi Pemeriksaan", waktu: "10 menit", output: "Hasil Evaluasi Pemeriksaan" },
      { kegiatan: "Hasil pemeriksaan akhir disimpan dan sebagai bahan tindak lanjut/ follow up", pelaksana: [EVAPOR], kelengkapan: "Hasil Evaluasi Pemeriksaan", waktu: "5 Menit", output: "Hasil Evaluasi Pemeriksaan" },
    ]),
  },
};
