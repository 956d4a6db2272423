import path from "node:path";
import fs from "node:fs";
import ExcelJS from "exceljs";
import { createExcelEmulator } from "../../src/emulator";
import { snapshotToXlsx } from "../../src/emulator/xlsx/export";
import { snapshotFromXlsx } from "../../src/emulator/xlsx/import";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";

const E81 = path.resolve(__dirname, "../../../shared/workbooks/evaluasi-renja-form-e81-sample.xlsx");

describe("xlsx export", () => {
  it("writes values, formulas with results, merges, widths, formats and page setup", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet();
      s.getRange("A1:C2").formulas = [["Target", "Realisasi", "Capaian"], [80, 84, "=IF(A2=0,\"\",B2/A2)"]];
      s.getRange("C2").numberFormat = [["0.00%"]];
      s.getRange("A1:C1").format.font.bold = true;
      s.getRange("E1:F1").merge();
      s.getRange("B:B").format.columnWidth = 96;
      s.pageLayout.orientation = "Landscape";
      s.pageLayout.paperSize = "Folio";
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await snapshotToXlsx(emu.snapshot())).buffer as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell("C2").value).toEqual({ formula: 'IF(A2=0,"",B2/A2)', result: 1.05 });
    expect(ws.getCell("C2").numFmt).toBe("0.00%");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("F1").isMerged).toBe(true);
    // 96 pt = 128 px; the file stores px ÷ 7 (Calibri 11's digit width, padding included).
    expect(ws.getColumn(2).width).toBeCloseTo(128 / 7, 2);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 14, fitToWidth: 1 });
  });

  it("exports the sample workbook, which reads back with its sheet and header", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const back = await snapshotFromXlsx(await snapshotToXlsx(emu.snapshot()));
    const sheet = back.sheets[0];
    expect(sheet.name).toBe("Data Kinerja");
    expect(sheet.cells.find((c) => c.row === 2 && c.col === 5)?.value).toBe("Realisasi");
    expect(sheet.merges).toEqual(expect.arrayContaining([{ row: 2, col: 5, rowCount: 1, colCount: 4 }]));
  });
});

describe("xlsx import", () => {
  it("reads the real Form E.81 layout: header texts, the column-number row and merges", async () => {
    const snap = await snapshotFromXlsx(fs.readFileSync(E81));
    const sheet = snap.sheets[0];
    const at = (a: string) => {
      const col = a.charCodeAt(0) - 65;
      const row = Number(a.slice(1)) - 1;
      return sheet.cells.find((c) => c.row === row && c.col === col)?.value;
    };
    expect(at("A10")).toBe("No");
    expect(String(at("G10"))).toMatch(/^Indikator Kinerja Program/);
    expect(at("H12")).toBe("K");
    expect(at("W13")).toBe("12 = 8+9+10+11");
    expect(sheet.merges.length).toBeGreaterThan(20);
    expect(sheet.cells.find((c) => c.row === 9 && c.col === 0)?.style).toMatchObject({ bold: true, fontName: "Bookman Old Style", horizontalAlignment: "Center", wrapText: true });
    // <col min="9" width="9"> is 9 × 7 px = 47.25 pt; the file prints landscape on Legal, rows 10–14 repeated.
    expect(sheet.columnWidths[8]).toBe(47.25);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "Legal", zoom: { scale: 65 }, printArea: "$A$3:$AE$65", printTitleRows: "$10:$14" });
    const emu = createExcelEmulator({ workbook: snap });
    const v = await emu.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet.name).getRange("A10:A13").load("values");
      await context.sync();
      return r.values;
    });
    expect(v[0][0]).toBe("No");
    expect(v[3][0]).toBe(1);
  });
});

describe("xlsx import of shared formulas", () => {
  it("gives each cell of a shared formula its own references, evaluated by the emulator", async () => {
    const snap = await snapshotFromXlsx(fs.readFileSync(E81));
    const sheet = snap.sheets[0];
    const w19 = sheet.cells.find((c) => c.row === 18 && c.col === 22);
    expect(w19?.formula).toBe("=O19+Q19+S19+U19");
    const emu = createExcelEmulator({ workbook: snap });
    const v = await emu.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet.name).getRange("W19").load("values");
      await context.sync();
      return r.values;
    });
    expect(v).toEqual([[12]]);
  });
});
