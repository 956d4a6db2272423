/**
 * Seed 003: Evaluasi Kinerja Internal, Sekretariat of a Dinas — a CamScanner scan whose OCR text
 * holds the procedure twice. Rebuilt by reading both copies side by side: a word present in one
 * copy only, or completed from fragments in both ("Menug:" + "Menug:" → "Menugaskan"), is marked
 * "[?]"; the steps so marked say so in keterangan. The header above "SEKRETARIAT" (the Dinas's
 * name), the Nomor SOP, the dates and the approval are not in the scan.
 *
 * Role columns from the header lines "Kadis Sekretaris dan ) dan Kabid" / "Pelaporan pelaporan"
 * / "—Star", "STt": Kadis | Sekretaris | Subkor Perencanaan dan Pelaporan (named in step 2) |
 * Staf [?] Perencanaan dan Pelaporan | Kabid. The symbols are unreadable except step 7, a box
 * spanning every column (the Rapat Dinas): the other pelaksana are read from the wording and
 * marked for checking.
 */
import { identitas, susunLangkah, type EntriPustaka } from "./susun";

const KADIS = 0, SEKRETARIS = 1, SUBKOR = 2, STAF = 3, KABID = 4;
const CATATAN_OCR = "Teks dipulihkan dari dua salinan OCR; [?] = kata ditebak";

export const DINAS_EVALUASI_KINERJA_INTERNAL: EntriPustaka = {
  id: "dinas-evaluasi-kinerja-internal",
  judul: "Evaluasi Kinerja Internal (Sekretariat Dinas)",
  sumber: "SOP Sekretariat sebuah Dinas, pindaian CamScanner (seed 003), dipulihkan dari dua salinan OCR; kata yang ditebak ditandai [?].",
  sop: {
    identitas: identitas({
      instansi: ["DINAS [?]", "SEKRETARIAT"],
      nama: "Evaluasi Kinerja Internal",
      dasarHukum: [
        "Peraturan Pemerintah Nomor 8 Tahun 2008",
        "Peraturan Pemerintah Nomor 29 tahun 2014 tentang SAKIP",
        "Peraturan Menpanrb Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata cara Reviu atas Laporan Kinerja Instansi Pemerintah",
      ],
      // The source numbers these 1, 2, 3, 3.
      kualifikasiPelaksana: [
        "Pendidikan minimal S1",
        "Memahami Peraturan evaluasi kinerja",
        "Memahami peraturan tentang sistem akuntabilitas kinerja instansi pemerintah",
        "Bisa mengoperasionalkan komputer",
      ],
      keterkaitan: ["SOP Penyusunan Laporan Kinerja", "SOP Penyusunan Perencanaan dan pelaporan"],
      peralatanPerlengkapan: ["DPA SKPD", "Komputer", "ATK"],
      peringatan: ["Jika SOP tidak dilaksanakan maka tidak terevaluasi sejauah mana pencapaian kinerja dapat direalisasikan"],
      pencatatanPendataan: ["Secara manual atau elektronik"],
    }),
    pelaksana: ["Kadis", "Sekretaris", "Subkor Perencanaan dan Pelaporan", "Staf [?] Perencanaan dan Pelaporan", "Kabid"],
    langkah: susunLangkah([
      { kegiatan: "Menugaskan Sekretaris [?] untuk melakukan [?] evaluasi kinerja internal dinas", pelaksana: [KADIS], kelengkapan: "Dokumen Target Kinerja", waktu: "1jam", output: "Disposisi Penugasan", keterangan: CATATAN_OCR },
      { kegiatan: "Menugaskan [?] Subkor Perencanaan [?] dan Pelaporan [?] untuk menghimpun data target kinerja dan capaian kinerja sampai waktu berjalan", pelaksana: [SEKRETARIS], kelengkapan: "Disposisi Penugasan", waktu: "1 jam", output: "Disposisi Penugasan", keterangan: CATATAN_OCR, perluDiperiksa: ["pelaksana"] },
      { kegiatan: "Mengkoordinasikan penyiapan kertas kerja pengumpulan data kinerja dinas", pelaksana: [SUBKOR], kelengkapan: "Disposisi Penugasan [?]", waktu: "1jam", output: "Konsep dan berkas tentang evaluasi kinerja", keterangan: CATATAN_OCR, perluDiperiksa: ["pelaksana"] },
      { kegiatan: "Menyiapkan kertas kerja perencanaan terkait target kinerja dan capaian kinerja untuk diteruskan kepada bidang teknis", pelaksana: [STAF], kelengkapan: "Konsep dan berkas evaluasi kinerja", waktu: "2 jam", output: "Konsep kertas kerja evaluasi", perluDiperiksa: ["pelaksana"] },
      { kegiatan: "Menyampaikan data kinerja dengan mengisi format yang disampaikan oleh Sekretariat", pelaksana: [KABID], kelengkapan: "Konsep kertas kerja evaluasi", waktu: "2 hari", output: "Data Kinerja seluruh bidang", perluDiperiksa: ["pelaksana"] },
      { kegiatan: "Menginformasikan [?] kepada [?] seluruh Bidang untuk menghadiri rapat evaluasi dengan Kepala Dinas", pelaksana: [SEKRETARIS], kelengkapan: "Data Kinerja seluruh bidang", waktu: "1jam", output: "Undangan rapat evaluasi", keterangan: CATATAN_OCR, perluDiperiksa: ["pelaksana"] },
      { kegiatan: "Rapat Dinas dalam rangka evaluasi pencapaian Kinerja setiap triwulan", pelaksana: [KADIS, SEKRETARIS, SUBKOR, STAF, KABID], kelengkapan: "Undangan rapat", waktu: "4 jam", output: "Notulen Rapat" },
      { kegiatan: "Menyampaikan tindak lanjut yang telah dilaksanakan berdasarkan [?] hasil evaluasi terhadap capaian kinerja masing-masing kapada kepala Dinas melalui Sekretariat", pelaksana: [KABID], kelengkapan: "Notulen Rapat", waktu: "2 hari", output: "Tindak lanjut evaluasi dari masing-masing bidang", keterangan: CATATAN_OCR, perluDiperiksa: ["pelaksana"] },
    ]),
  },
};
