import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createExcelEmulator } from "../../src/emulator";
import { snapshotToXlsx } from "../../src/emulator/xlsx/export";
import { snapshotFromXlsx } from "../../src/emulator/xlsx/import";

/** A workbook using what Evapor's sheets use beyond plain cells, exported and read back. */
async function featureWorkbook() {
  const emu = createExcelEmulator();
  await emu.run(async (context) => {
    const s = context.workbook.worksheets.getActiveWorksheet();
    s.name = "Capaian";
    s.getRange("A1:C4").formulas = [
      ["Indikator", "Polaritas", "Capaian"],
      ["IKM", "Positif", 0.95],
      ["Siskamling", "Negatif", 0.7],
      ["Jumlah", "", "=SUM(C2:C3)"],
    ];
    s.tables.add("Capaian!A1:C3", true).name = "TabelCapaian";
    s.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "Positif,Negatif,Stabil" } };
    s.getRange("C2:C3").dataValidation.rule = { decimal: { formula1: 0, formula2: 2, operator: "Between" } };
    const cf = s.getRange("C2:C3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=C2>=0.91";
    cf.custom.format.fill.color = "#C6EFCE";
    s.getRange("5:5").rowHidden = true;
    s.getRange("E:E").columnHidden = true;
    s.getRange("A2:C3").format.borders.getItem("EdgeBottom").style = "Dash";
    s.getRange("A1").format.font.color = "#1F4E79";
    s.freezePanes.freezeRows(1);
    s.tabColor = "#00B050";
    s.pageLayout.setPrintArea("A1:C4");
    s.pageLayout.setPrintTitleRows("$1:$1");
    s.pageLayout.orientation = "Landscape";
    s.pageLayout.paperSize = "A4";
    s.pageLayout.leftMargin = 36;
    s.horizontalPageBreaks.add("A4");
    context.workbook.names.add("Capaian_IKM", s.getRange("C2"));
    const tersembunyi = context.workbook.worksheets.add("Bantu");
    tersembunyi.visibility = "Hidden";
    context.workbook.customXmlParts.add('<pengaturan xmlns="urn:evapor:uji"><tahun>2026</tahun></pengaturan>');
    await context.sync();
  });
  const bytes = await snapshotToXlsx(emu.snapshot());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return { emu, bytes, wb, ws: wb.getWorksheet("Capaian")! };
}

describe("xlsx export beyond cells", () => {
  it("writes the table over the same cells, with its name, columns and formula total untouched", async () => {
    const { ws } = await featureWorkbook();
    const table = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string; columns: { name: string }[] } }> }).tables.TabelCapaian.table;
    expect(table.tableRef).toBe("A1:C3");
    expect(table.columns.map((c) => c.name)).toEqual(["Indikator", "Polaritas", "Capaian"]);
    expect(ws.getCell("C4").value).toEqual({ formula: "SUM(C2:C3)", result: 1.65 });
    expect(ws.getCell("A2").value).toBe("IKM");
  });

  it("writes list and decimal validations, and the conditional format with its fill", async () => {
    const { ws } = await featureWorkbook();
    expect(ws.getCell("B3").dataValidation).toMatchObject({ type: "list", formulae: ['"Positif,Negatif,Stabil"'] });
    expect(ws.getCell("C2").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 2] });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cf[0]).toMatchObject({ ref: "C2:C3", rules: [{ type: "expression", formulae: ["C2>=0.91"], style: { fill: { bgColor: { argb: "FFC6EFCE" } } } }] });
  });

  it("writes hidden rows and columns, frozen rows, tab colour, hidden sheets and borders", async () => {
    const { ws, wb } = await featureWorkbook();
    expect(ws.getRow(5).hidden).toBe(true);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF00B050" });
    expect(wb.getWorksheet("Bantu")?.state).toBe("hidden");
    expect(ws.getCell("B3").border.bottom).toMatchObject({ style: "dashed" });
    expect(ws.getCell("A1").font.color).toEqual({ argb: "FF1F4E79" });
  });

  it("writes the print area, print titles, margins, page break and range names", async () => {
    const { ws, wb, bytes } = await featureWorkbook();
    // ExcelJS does not read page breaks back: the sheet's XML shows the break above row 4.
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="3"[^>]*man="1"/);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printArea: "A1:C4", printTitlesRow: "1:1" });
    expect(ws.pageSetup.margins?.left).toBeCloseTo(0.5, 5);
    expect(wb.definedNames.getRanges("Capaian_IKM").ranges).toEqual(["Capaian!$C$2"]);
  });

  it("carries the custom XML part (Evapor's settings) through the file and back", async () => {
    const { bytes } = await featureWorkbook();
    const back = await snapshotFromXlsx(bytes);
    expect(back.customXmlParts).toHaveLength(1);
    expect(back.customXmlParts[0].namespaceUri).toBe("urn:evapor:uji");
    expect(back.customXmlParts[0].xml).toContain("<tahun>2026</tahun>");
    const emu = createExcelEmulator({ workbook: back });
    const found = await emu.run(async (context) => {
      const count = context.workbook.customXmlParts.getByNamespace("urn:evapor:uji").getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- getCount() returns a ClientResult, filled by the sync
      return count.value;
    });
    expect(found).toBe(1);
  });

  it("reads its own file back: styles, hidden parts, frozen rows, validations, page setup and names", async () => {
    const { bytes } = await featureWorkbook();
    const back = await snapshotFromXlsx(bytes);
    const sheet = back.sheets.find((s) => s.name === "Capaian")!;
    expect(back.sheets.find((s) => s.name === "Bantu")?.visibility).toBe("Hidden");
    expect(sheet).toMatchObject({ hiddenRows: [4], hiddenColumns: [4], frozenRows: 1, tabColor: "#00B050" });
    expect(sheet.cells.find((c) => c.row === 0 && c.col === 0)?.style.fontColor).toBe("#1F4E79");
    expect(sheet.cells.find((c) => c.row === 2 && c.col === 1)?.style.borders?.bottom).toEqual({ style: "Dash", weight: "Thin", color: "#000000" });
    expect(sheet.dataValidations).toEqual(expect.arrayContaining([
      expect.objectContaining({ box: { row: 1, col: 1, rowCount: 2, colCount: 1 }, list: { source: "Positif,Negatif,Stabil", inCellDropDown: true } }),
      expect.objectContaining({ box: { row: 1, col: 2, rowCount: 2, colCount: 1 }, rule: { decimal: { formula1: 0, formula2: 2, operator: "Between" } } }),
    ]));
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printArea: "$A$1:$C$4", printTitleRows: "$1:$1", leftMargin: 36 });
    expect(back.names).toEqual([{ name: "Capaian_IKM", formula: "=Capaian!$C$2" }]);
  });
});
