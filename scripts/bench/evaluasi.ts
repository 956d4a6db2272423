/**
 * Bench of the quarterly evaluation for n indicators: "Sisipkan evaluasi TW n" and the Berita Acara
 * on an IKU sheet of n indicators (built first, outside the measurement, with buatLembarIku).
 * evapor = the Excel actions on the emulator (syncs, request bytes); domain = the sheet plans only.
 */
import { createExcelEmulator } from "../../src/emulator";
import { pengaturanAwal, type Pengaturan } from "../../src/domain/pengaturan/model";
import { DATA_MULAI } from "../../src/domain/iku/tata-letak";
import { rencanaLembarEvaluasi } from "../../src/domain/evaluasi/lembar/rencana-evaluasi";
import { rencanaBeritaAcara } from "../../src/domain/evaluasi/lembar/berita-acara";
import { buatLembarIku } from "../../src/excel/iku/buat-lembar-iku";
import { sisipkanEvaluasiTw } from "../../src/excel/evaluasi/sisipkan-evaluasi";
import { sisipkanBeritaAcara, type MasukanBeritaAcara } from "../../src/excel/evaluasi/sisipkan-berita-acara";
import { masukanBenchIku } from "./iku";
import { ukur, type BarisBench, type ModulBench } from "./ukur";

const PENGATURAN: Pengaturan = {
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Bench", kecamatan: "Bench", alamat: "Jl. Bench 1" },
  camat: { nama: "Camat Bench", nip: "197203151993031004" },
  sekcam: { nama: "Sekcam Bench", nip: "197808122005012011" },
};

const BA: MasukanBeritaAcara = {
  tahun: 2026, tw: 3, tanggal: new Date(2026, 9, 15), tempat: "Aula Kecamatan", nomor: "700/1/2026",
  tim: [{ nama: "Ketua", jabatan: "Sekretaris Camat" }, { nama: "Anggota", jabatan: "Kasubbag Evapor" }],
  ketuaTim: { nama: "Ketua" },
  tindakLanjut: ["Lengkapi realisasi TW III", "Rapat koordinasi desa"],
  pengaturan: PENGATURAN,
};

export const benchEvaluasi: ModulBench = async (sizes) => {
  const baris: BarisBench[] = [];
  for (const n of sizes) {
    const iku = masukanBenchIku(n);
    const emu = createExcelEmulator();
    await emu.run((c) => buatLembarIku(c, iku));
    const opsi = { tahun: 2026, tw: 3 as const, pengaturan: PENGATURAN };
    baris.push(await ukur("sisipkan-evaluasi-tw", "evapor", n, emu, () => emu.run((c) => sisipkanEvaluasiTw(c, opsi))));
    const barisIku = iku.indikator.map((ind, i) => ({ baris: DATA_MULAI + i, indikator: ind.indikator }));
    baris.push(await ukur("sisipkan-evaluasi-tw", "domain", n, null, () => rencanaLembarEvaluasi({ ...opsi, barisIku })));
    baris.push(await ukur("sisipkan-berita-acara", "evapor", n, emu, () => emu.run((c) => sisipkanBeritaAcara(c, BA))));
    const ringkasan = [{ label: "Jumlah indikator dievaluasi", alamat: "C6" }];
    baris.push(await ukur("sisipkan-berita-acara", "domain", n, null, () => rencanaBeritaAcara({ ...BA, tanggal: { tahun: 2026, bulan: 10, hari: 15 }, ringkasan })));
  }
  return baris;
};
