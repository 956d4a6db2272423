/**
 * The worked example of the IKU sheet: indicators of the seed SOPs (Musrenbangcam participation,
 * adminduk service, active Siskamling posts, evaluation follow-up …) with plausible targets and
 * realisasi for TW I–III, TW IV not yet reported (null, never 0 — DESIGN.md "Quarterly aggregation").
 * It shows each rule once: a negatif indicator, a nilai-akhir indicator and a range target.
 */
import type { IndikatorIku } from "./tata-letak";

const SASARAN_PEMERINTAHAN = "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan";
const SASARAN_PELAYANAN = "Meningkatnya kualitas pelayanan publik kecamatan";
const SASARAN_TRANTIB = "Meningkatnya ketenteraman dan ketertiban umum";

export const CONTOH_INDIKATOR_IKU: readonly IndikatorIku[] = [
  {
    sasaran: SASARAN_PEMERINTAHAN,
    indikator: "Persentase partisipasi delegasi desa dalam Musrenbangcam",
    satuan: "%",
    aturan: { polaritas: "positif" },
    agregasi: "nilai-akhir",
    target: 90,
    targetTw: [90, null, null, null],
    // Musrenbangcam is held once, in TW I; the figure stands for the year.
    realisasiTw: [86.5, null, null, null],
    targetRenstra: 95,
    realisasiRenstraLalu: 84,
    penanggungJawab: "Kasi Ekbang",
    sumberData: "Daftar hadir dan berita acara Musrenbangcam",
  },
  {
    sasaran: SASARAN_PELAYANAN,
    indikator: "Jumlah dokumen administrasi kependudukan yang diterbitkan",
    satuan: "dokumen",
    aturan: { polaritas: "positif" },
    agregasi: "kumulatif",
    target: 4800,
    targetTw: [1200, 1200, 1200, 1200],
    realisasiTw: [1105, 1320, 1248, null],
    targetRenstra: 24000,
    realisasiRenstraLalu: 14350,
    penanggungJawab: "Kasi Pelayanan Umum",
    sumberData: "Register pelayanan adminduk (PATEN)",
  },
  {
    sasaran: SASARAN_PELAYANAN,
    indikator: "Rata-rata waktu penyelesaian layanan adminduk",
    satuan: "hari",
    aturan: { polaritas: "negatif", rumusNegatif: "selisih" },
    agregasi: "rata-rata",
    target: 3,
    targetTw: [null, null, null, null],
    realisasiTw: [3.4, 2.8, 2.5, null],
    targetRenstra: 2,
    realisasiRenstraLalu: 3.6,
    penanggungJawab: "Kasi Pelayanan Umum",
    sumberData: "Register pelayanan adminduk (PATEN)",
  },
  {
    sasaran: SASARAN_PELAYANAN,
    indikator: "Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan",
    satuan: "indeks",
    aturan: { polaritas: "positif" },
    agregasi: "nilai-akhir",
    // A range target: 82–88 counts as fully achieved.
    target: { bawah: 82, atas: 88 },
    targetTw: [null, null, null, null],
    realisasiTw: [80.2, 83.1, 84.6, null],
    targetRenstra: 88,
    realisasiRenstraLalu: 81.4,
    penanggungJawab: "Sekretaris Kecamatan",
    sumberData: "Survei Kepuasan Masyarakat",
  },
  {
    sasaran: SASARAN_TRANTIB,
    indikator: "Persentase pos Siskamling aktif",
    satuan: "%",
    aturan: { polaritas: "positif" },
    agregasi: "nilai-akhir",
    target: 75,
    targetTw: [60, 65, 70, 75],
    realisasiTw: [58, 66, 71, null],
    targetRenstra: 85,
    realisasiRenstraLalu: 55,
    penanggungJawab: "Kasi Trantib",
    sumberData: "Laporan pembinaan Siskamling desa",
  },
  {
    sasaran: SASARAN_TRANTIB,
    indikator: "Jumlah gangguan ketenteraman dan ketertiban yang dilaporkan",
    satuan: "kejadian",
    aturan: { polaritas: "negatif", rumusNegatif: "selisih" },
    agregasi: "kumulatif",
    target: 24,
    targetTw: [6, 6, 6, 6],
    realisasiTw: [7, 4, 5, null],
    targetRenstra: 100,
    realisasiRenstraLalu: 62,
    penanggungJawab: "Kasi Trantib",
    sumberData: "Buku laporan kejadian Trantib",
  },
  {
    sasaran: SASARAN_PEMERINTAHAN,
    indikator: "Persentase rekomendasi evaluasi kinerja internal yang ditindaklanjuti",
    satuan: "%",
    aturan: { polaritas: "positif" },
    agregasi: "nilai-akhir",
    target: 100,
    targetTw: [null, null, null, null],
    realisasiTw: [60, 75, 80, null],
    targetRenstra: 100,
    realisasiRenstraLalu: 70,
    penanggungJawab: "Sub. Perencanaan dan Evaluasi",
    sumberData: "Notulen rapat evaluasi dan matriks tindak lanjut",
  },
];
