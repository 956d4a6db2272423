import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import { bacaIndikator, hitungIndikator, petakanLembar, rencanaKolomCapaian, type AturanIndikator } from "../../../src/domain/baca";
import { SKALA_PERMENDAGRI_86_2017 as SKALA } from "../../../src/domain/kinerja/predikat";
import type { Triwulan } from "../../../src/domain/evaluasi/triwulan";
import { readLembarAktif } from "../../../src/excel/baca-lembar";
import { tambahKolomCapaian } from "../../../src/excel/kinerja/tambah-kolom-capaian";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";
import { lembarAcak } from "../../domain/baca/fixtures/acak";

/** Reads the active sheet and plans the columns, as the Kinerja page does. */
async function rencanakan(emu: ExcelEmulator, tw: Triwulan, aturan: ReadonlyMap<number, AturanIndikator> = new Map()) {
  const dibaca = await emu.run((c) => readLembarAktif(c));
  if ("kind" in dibaca) throw new Error(dibaca.kind);
  const peta = petakanLembar(dibaca.lembar);
  if (peta.kind !== "ok") throw new Error(peta.kind);
  const hasil = bacaIndikator(dibaca.lembar, peta.peta, { numberFormat: dibaca.numberFormat });
  const rencana = rencanaKolomCapaian(dibaca.lembar, peta.peta, hasil.indikator, aturan, tw, SKALA);
  if (rencana.kind !== "ok") throw new Error(rencana.kind);
  return { lembar: dibaca.lembar, rencana, ...hasil };
}

/** The emulator keeps about 11 significant digits of a computed value, as Excel shows 15. */
function dekat(v: unknown, harap: number): void {
  expect(typeof v).toBe("number");
  expect(Math.abs((v as number) - harap)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(harap)));
}

function sel(emu: ExcelEmulator, nama: string) {
  const sheet = emu.snapshot().sheets.find((s) => s.name === nama)!;
  const peta = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  return (row: number, col: number) => peta.get(`${row},${col}`);
}

describe("tambahKolomCapaian on the sample kecamatan sheet", () => {
  it("writes in at most 2 syncs, leaves every existing cell unchanged, and computes what Evapor computes", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const before = emu.snapshot().sheets.find((s) => s.name === "Data Kinerja")!;
    const { rencana, indikator, masalah } = await rencanakan(emu, 3);
    const hasil = await emu.run((c) => tambahKolomCapaian(c, { namaLembar: "Data Kinerja", rencana }));
    expect(hasil).toEqual({ kind: "ok", alamat: rencana.alamat });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const after = sel(emu, "Data Kinerja");
    for (const c of before.cells) expect(after(c.row, c.col)).toEqual(c);
    const k0 = rencana.kolomPertama;
    expect(after(3, k0)?.computed).toBe("Aturan capaian");
    expect(after(3, k0 + 3)?.computed).toBe("Capaian TW III (%)");
    expect(after(3, k0 + 3)?.style).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(after(4, k0)?.numberFormat).toBe("@");
    expect(after(4, k0 + 3)?.numberFormat).toBe("0.00");
    expect(after(4, k0 + 3)?.formula).toMatch(/^=IF\(AND\(ISNUMBER\(/);
    const teksAngka = new Set(masalah.filter((m) => m.kind === "teks-angka").map((m) => m.baris));
    let dibandingkan = 0;
    for (const ind of indikator) {
      if (teksAngka.has(ind.baris)) continue;
      const h = hitungIndikator(ind, ind.aturanTebakan, 3, SKALA);
      const v = after(ind.baris, k0 + 3)?.computed;
      if (h.capaianTw.kind === "ok") dekat(v, h.capaianTw.persen);
      else expect(v ?? "").toBe("");
      expect(after(ind.baris, k0 + 4)?.computed ?? "").toBe(h.predikat ?? "");
      dibandingkan += 1;
    }
    expect(dibandingkan).toBeGreaterThanOrEqual(2);
  });

  it("refuses occupied cells typed after the read, names them, and writes nothing", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const { rencana } = await rencanakan(emu, 2);
    const k = rencana.kolomPertama;
    await emu.run(async (c) => {
      const s = c.workbook.worksheets.getItem("Data Kinerja");
      s.getRangeByIndexes(5, k + 2, 1, 1).values = [["catatan"]];
      s.getRangeByIndexes(7, k + 5, 1, 1).formulas = [["=1+1"]];
      await c.sync();
    });
    const before = emu.snapshot();
    const hasil = await emu.run((c) => tambahKolomCapaian(c, { namaLembar: "Data Kinerja", rencana }));
    expect(hasil).toEqual({ kind: "terisi", alamat: [`${String.fromCharCode(65 + k + 2)}6`, `${String.fromCharCode(65 + k + 5)}8`] });
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(emu.snapshot()).toEqual(before);
  });

  it("says the sheet changed when it was renamed since the read", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const { rencana } = await rencanakan(emu, 1);
    await emu.run(async (c) => {
      c.workbook.worksheets.getItem("Data Kinerja").name = "Kinerja 2026";
      await c.sync();
    });
    expect(await emu.run((c) => tambahKolomCapaian(c, { namaLembar: "Data Kinerja", rencana }))).toEqual({ kind: "lembar-berubah" });
  });
});

/** Writes a generated sheet (values and number formats) into a fresh emulator. */
async function emulatorDengan(values: unknown[][], numberFormat: string[][]): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  await emu.run(async (c) => {
    const r = c.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, values.length, values[0].length);
    r.numberFormat = numberFormat;
    r.values = values.map((row) => row.map((v) => (v === null ? "" : v))) as (string | number)[][];
    await c.sync();
  });
  return emu;
}

describe("tambahKolomCapaian on generated sheets", () => {
  it("the emulator's evaluation of the written formulas equals hitungIndikator (percent formats, ranges, all rules)", async () => {
    const acak = lembarAcak(31, 80, "lengkap");
    const emu = await emulatorDengan(acak.lembar.values, acak.numberFormat);
    const { rencana, indikator } = await rencanakan(emu, 2, acak.aturan);
    await emu.run((c) => tambahKolomCapaian(c, { namaLembar: "Sheet1", rencana }));
    const after = sel(emu, "Sheet1");
    for (const ind of indikator) {
      const h = hitungIndikator(ind, acak.aturan.get(ind.baris)!, 2, SKALA);
      const v = after(ind.baris, rencana.kolomPertama + 3)?.computed;
      if (h.capaianTw.kind === "ok") dekat(v, h.capaianTw.persen);
      else expect(v ?? "").toBe("");
      const t = after(ind.baris, rencana.kolomPertama + 5)?.computed;
      if (h.capaianTahunan.kind === "ok") dekat(t, h.capaianTahunan.persen);
      else expect(t ?? "").toBe("");
    }
  });

  it("10,000 indicators: every request stays under 5 MB", async () => {
    const acak = lembarAcak(41, 10_000, "lengkap");
    const emu = await emulatorDengan(acak.lembar.values, acak.numberFormat);
    const { rencana } = await rencanakan(emu, 4, acak.aturan);
    const hasil = await emu.run((c) => tambahKolomCapaian(c, { namaLembar: "Sheet1", rencana }));
    expect(hasil.kind).toBe("ok");
    const run = emu.lastRun()!;
    // One read and row slices of ~4 MB: 10,000 rows of formulas are about 12 MB.
    expect(run.syncs).toBeLessThanOrEqual(5);
    expect(run.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);
});
