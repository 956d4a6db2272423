import { createExcelEmulator } from "../../src/emulator";
import { readLembarAktif } from "../../src/excel/baca-lembar";
import { petakanLembar } from "../../src/domain/baca";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";

describe("reading the active sheet", () => {
  it("reads the used range in one sync and the header maps without merge information", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const hasil = await emu.run((c) => readLembarAktif(c));
    expect(emu.lastRun()?.syncs).toBe(1);
    if ("kind" in hasil) throw new Error("expected a sheet");
    expect(hasil.lembar).toMatchObject({ nama: "Data Kinerja", baris0: 0, kolom0: 0 });
    expect(hasil.lembar.values[6][5]).toBe(62);
    const peta = petakanLembar(hasil.lembar);
    expect(peta.kind === "ok" && peta.peta.barisData).toEqual([4, 5, 6, 7, 8]);
  });

  it("says so when the active sheet is empty", async () => {
    const emu = createExcelEmulator();
    expect(await emu.run((c) => readLembarAktif(c))).toEqual({ kind: "lembar-kosong", nama: "Sheet1" });
  });

  it("keeps the offset of a table that does not start at A1", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (c) => {
      c.workbook.worksheets.getActiveWorksheet().getRange("C5:E6").values = [["Indikator", "Target", "TW I"], ["IKM", 80, 82]];
      await c.sync();
    });
    const hasil = await emu.run((c) => readLembarAktif(c));
    if ("kind" in hasil) throw new Error("expected a sheet");
    expect(hasil.lembar).toMatchObject({ baris0: 4, kolom0: 2 });
    const peta = petakanLembar(hasil.lembar);
    expect(peta.kind === "ok" && peta.peta.kolom.map((k) => [k.kolom, k.peran.kind])).toEqual([[2, "indikator"], [3, "target"], [4, "realisasi-tw"]]);
  });
});
