/**
 * Bench of "Buat lembar IKU" for n indicators: evapor = buatLembarIku on a fresh emulator (syncs,
 * request bytes); domain = the sheet plan only; naive = the rows written one sync per row (capped at
 * 2,000 rows, as the sheet-read bench caps its naive variant; the row's n is the rows written).
 */
import { createExcelEmulator } from "../../src/emulator";
import { SKALA_PERMENDAGRI_86_2017 } from "../../src/domain/kinerja/predikat";
import { CONTOH_INDIKATOR_IKU } from "../../src/domain/iku/contoh";
import { rencanaLembarIku, type MasukanLembarIku } from "../../src/domain/iku/lembar-iku";
import { DATA_MULAI, KOLOM_IKU, type IndikatorIku } from "../../src/domain/iku/tata-letak";
import { alamatKotak } from "../../src/domain/lembar/rencana";
import { buatLembarIku } from "../../src/excel/iku/buat-lembar-iku";
import { ukur, type BarisBench, type ModulBench } from "./ukur";

const BATAS_NAIF = 2_000;

/** n indicators cycling through the worked example. */
export function masukanBenchIku(n: number): MasukanLembarIku {
  const indikator: IndikatorIku[] = Array.from({ length: n }, (_, i) => {
    const c = CONTOH_INDIKATOR_IKU[i % CONTOH_INDIKATOR_IKU.length];
    return { ...c, indikator: `${c.indikator} (${i + 1})` };
  });
  return { tahun: 2026, instansi: "Kecamatan Bench", skala: SKALA_PERMENDAGRI_86_2017, kertas: "A4", tw: 3, indikator };
}

export const benchIku: ModulBench = async (sizes) => {
  const baris: BarisBench[] = [];
  for (const n of sizes) {
    const masukan = masukanBenchIku(n);
    const emu = createExcelEmulator();
    baris.push(await ukur("buat-lembar-iku", "evapor", n, emu, () => emu.run((c) => buatLembarIku(c, masukan))));
    baris.push(await ukur("buat-lembar-iku", "domain", n, null, () => rencanaLembarIku(masukan)));
    const m = Math.min(n, BATAS_NAIF);
    const rencana = rencanaLembarIku(masukanBenchIku(m));
    const data = rencana.blok.find((b) => b.baris === DATA_MULAI - 1)?.isi ?? [];
    const naif = createExcelEmulator();
    baris.push(await ukur("buat-lembar-iku", "naive", m, naif, () => naif.run(async (c) => {
      const sheet = c.workbook.worksheets.add(rencana.nama);
      for (const [i, b] of data.entries()) {
        const kotak = { baris: DATA_MULAI - 1 + i, kolom: 0, jumlahBaris: 1, jumlahKolom: KOLOM_IKU.length };
        sheet.getRange(alamatKotak(kotak)).formulas = [b.map((v) => (v === null ? "" : typeof v === "object" ? v.rumus : v))];
        await c.sync(); // the baseline: one round trip per row
      }
    })));
  }
  return baris;
};
