/**
 * Bench of the Kinerja page's "baca → hitung → tulis kolom capaian" for n indicators:
 * evapor = readLembarAktif, the domain steps, then tambahKolomCapaian on the emulator (syncs,
 * request bytes); domain = petakanLembar → bacaIndikator → hitungIndikator → rencanaKolomCapaian
 * only; naive = each row read and each row's columns written with a sync per row (capped at 2,000
 * rows like the other naive variants; the row's n is the rows handled).
 */
import { createExcelEmulator, type ExcelEmulator } from "../../src/emulator";
import { bacaIndikator, hitungIndikator, petakanLembar, rencanaKolomCapaian, ringkasKinerja, type LembarMentah } from "../../src/domain/baca";
import { SKALA_PERMENDAGRI_86_2017 as SKALA } from "../../src/domain/kinerja/predikat";
import { readLembarAktif } from "../../src/excel/baca-lembar";
import { tambahKolomCapaian } from "../../src/excel/kinerja/tambah-kolom-capaian";
import { ukur, type BarisBench, type ModulBench } from "./ukur";

const BATAS_NAIF = 2_000;
const LEBAR = 8;

/** The sheet the sheet-read bench seeds: one header row, a target, TW I–IV with empty quarters. */
function dataKinerja(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [["No", "Indikator", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"]];
  for (let i = 0; i < n; i++) rows.push([i + 1, `Indikator kinerja ${i + 1}`, i % 2 === 0 ? "%" : "dokumen", 80 + (i % 20), 20 + (i % 7), 21, i % 3 === 0 ? "" : 22, ""]);
  return rows;
}

async function disemai(n: number): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  const rows = dataKinerja(n);
  for (let start = 0; start < rows.length; start += 5_000) {
    const part = rows.slice(start, start + 5_000);
    await emu.run(async (c) => {
      c.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(start, 0, part.length, LEBAR).values = part;
      await c.sync();
    });
  }
  return emu;
}

/** The pure steps from a read sheet to the plan of the capaian columns (TW III). */
function domain(lembar: LembarMentah, numberFormat?: string[][]) {
  const peta = petakanLembar(lembar);
  if (peta.kind !== "ok") throw new Error(peta.kind);
  const { indikator } = bacaIndikator(lembar, peta.peta, { numberFormat });
  const hitungan = indikator.map((i) => hitungIndikator(i, i.aturanTebakan, 3, SKALA));
  ringkasKinerja(indikator, hitungan, 3, SKALA);
  const rencana = rencanaKolomCapaian(lembar, peta.peta, indikator, new Map(), 3, SKALA);
  if (rencana.kind !== "ok") throw new Error(rencana.kind);
  return rencana;
}

async function evapor(emu: ExcelEmulator): Promise<void> {
  const dibaca = await emu.run((c) => readLembarAktif(c));
  if ("kind" in dibaca) throw new Error(dibaca.kind);
  const rencana = domain(dibaca.lembar, dibaca.numberFormat);
  const hasil = await emu.run((c) => tambahKolomCapaian(c, { namaLembar: dibaca.lembar.nama, rencana }));
  if (hasil.kind !== "ok") throw new Error(hasil.kind);
}

/** The baseline: a sync per row read, then a sync per row written. */
async function naif(emu: ExcelEmulator, m: number): Promise<void> {
  await emu.run(async (c) => {
    const sheet = c.workbook.worksheets.getActiveWorksheet();
    const values: unknown[][] = [];
    for (let r = 0; r <= m; r++) {
      const range = sheet.getRangeByIndexes(r, 0, 1, LEBAR).load("values");
      await c.sync();
      values.push(range.values[0]);
    }
    const rencana = domain({ nama: "Sheet1", baris0: 0, kolom0: 0, values, merges: [] });
    for (const [i, row] of rencana.formulas.entries()) {
      sheet.getRangeByIndexes(i, rencana.kolomPertama, 1, row.length).formulas = [row];
      await c.sync();
    }
  });
}

export const benchKinerja: ModulBench = async (sizes) => {
  const baris: BarisBench[] = [];
  for (const n of sizes) {
    const emu = await disemai(n);
    const dibaca = await emu.run((c) => readLembarAktif(c));
    if ("kind" in dibaca) throw new Error(dibaca.kind);
    baris.push(await ukur("baca-hitung-tulis", "domain", n, null, () => domain(dibaca.lembar, dibaca.numberFormat)));
    baris.push(await ukur("baca-hitung-tulis", "evapor", n, emu, () => evapor(emu)));
    const m = Math.min(n, BATAS_NAIF);
    const naifEmu = await disemai(m);
    baris.push(await ukur("baca-hitung-tulis", "naive", m, naifEmu, () => naif(naifEmu, m)));
  }
  return baris;
};
