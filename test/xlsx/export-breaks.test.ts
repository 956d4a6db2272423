/** Column page breaks reach the .xlsx: the IKU sheet prints three pages wide in Excel and LibreOffice too. */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { createExcelEmulator } from "../../src/emulator";
import { snapshotToXlsx } from "../../src/emulator/xlsx/export";
import { buatLembarIku } from "../../src/excel/iku/buat-lembar-iku";
import { SKALA_PERMENDAGRI_86_2017 } from "../../src/domain/kinerja/predikat";
import { CONTOH_INDIKATOR_IKU } from "../../src/domain/iku/contoh";
import { all, one, parseXml, readPart, sheetPart } from "./export-drawing-support";

describe("column page breaks in the .xlsx", () => {
  it("writes <colBreaks> in schema order with the breaks left of Realisasi TW I and the results", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => buatLembarIku(c, { tahun: 2026, instansi: "Kecamatan Kalipare", skala: SKALA_PERMENDAGRI_86_2017, kertas: "A4", tw: 3, indikator: CONTOH_INDIKATOR_IKU }));
    const bytes = await snapshotToXlsx(emu.snapshot());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await readPart(zip, await sheetPart(zip, "IKU 2026"));
    const root = parseXml(xml);
    const breaks = one(root, "colBreaks");
    expect(all(breaks, "brk").map((b) => [b.attrs.id, b.attrs.man])).toEqual([["12", "1"], ["20", "1"]]);
    expect(breaks.attrs).toMatchObject({ count: "2", manualBreakCount: "2" });
    // CT_Worksheet order: … pageSetup, headerFooter, rowBreaks, colBreaks, …, tableParts.
    const order = ["pageSetup", "headerFooter", "colBreaks", "tableParts"].map((n) => xml.indexOf(`<${n}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The file still opens, with the scale and the repeated columns of the print setup.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ps = wb.getWorksheet("IKU 2026")?.pageSetup;
    expect([ps?.scale, ps?.fitToPage]).toEqual([75, false]);
    expect(ps?.printTitlesColumn).toBe("A:C");
  });
});
