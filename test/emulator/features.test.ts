import { createExcelEmulator } from "../../src/emulator";

describe("emulator: workbook features reflected in the snapshot", () => {
  it("evaluates cross-sheet formulas and keeps them after a rename", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const data = context.workbook.worksheets.add("Data Kinerja");
      data.getRange("B2").values = [[40]];
      const first = context.workbook.worksheets.getItem("Sheet1");
      first.getRange("A1").formulas = [["='Data Kinerja'!B2*2"]];
      await context.sync();
      data.name = "IKU 2026";
      await context.sync();
    });
    const snap = emu.snapshot();
    const a1 = snap.sheets[0].cells.find((c) => c.row === 0 && c.col === 0);
    expect(a1?.computed).toBe(80);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKU 2026"]);
  });

  it("reports formula errors as Excel's error text in values", async () => {
    const emu = createExcelEmulator();
    const v = await emu.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      r.formulas = [[0, "=1/A1"]];
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(v).toEqual([[0, "#DIV/0!"]]);
  });

  it("records formats, merges, widths, number formats and freeze panes", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet();
      const header = s.getRange("A1:C1");
      header.merge();
      header.format.font.bold = true;
      header.format.fill.color = "#DDEEFF";
      header.format.horizontalAlignment = "Center";
      header.format.borders.getItem("EdgeBottom").style = "Continuous";
      s.getRange("B:B").format.columnWidth = 120;
      s.getRange("C2").numberFormat = [["0.00%"]];
      s.freezePanes.freezeRows(1);
      await context.sync();
    });
    const sheet = emu.snapshot().sheets[0];
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
    expect(sheet.columnWidths[1]).toBe(120);
    expect(sheet.frozenRows).toBe(1);
    const a1 = sheet.cells.find((c) => c.row === 0 && c.col === 0)!;
    expect(a1.style).toMatchObject({ bold: true, fill: "#DDEEFF", horizontalAlignment: "Center", borders: { bottom: { style: "Continuous" } } });
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 2)?.numberFormat).toBe("0.00%");
  });

  it("draws shapes and connects lines to them", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const shapes = context.workbook.worksheets.getActiveWorksheet().shapes;
      const a = shapes.addGeometricShape("FlowChartTerminator");
      a.left = 10; a.top = 20; a.width = 80; a.height = 30;
      a.textFrame.textRange.text = "Mulai";
      const b = shapes.addGeometricShape("FlowChartProcess");
      b.top = 100;
      const line = shapes.addLine(50, 50, 50, 100, "Straight");
      line.line.connectBeginShape(a, 2);
      line.line.connectEndShape(b, 0);
      line.line.endArrowheadStyle = "Triangle";
      shapes.load("items/name");
      await context.sync();
      expect(shapes.items).toHaveLength(3);
    });
    const shapes = emu.snapshot().sheets[0].shapes;
    expect(shapes.map((s) => s.geometricShapeType ?? s.kind)).toEqual(["FlowChartTerminator", "FlowChartProcess", "line"]);
    expect(shapes[0]).toMatchObject({ left: 10, top: 20, width: 80, height: 30, text: "Mulai" });
    expect(shapes[2]).toMatchObject({ beginConnectedShapeId: shapes[0].id, endConnectedShapeId: shapes[1].id, endArrowheadStyle: "Triangle" });
  });

  it("keeps page layout, validation, conditional formats and tables", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet();
      s.pageLayout.orientation = "Landscape";
      s.pageLayout.paperSize = "A4";
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      s.pageLayout.setPrintTitleRows("$1:$2");
      s.horizontalPageBreaks.add("A20");
      s.getRange("A1:B1").values = [["Indikator", "Polaritas"]];
      s.tables.add("Sheet1!A1:B3", true);
      s.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "Positif,Negatif,Stabil" } };
      const cf = s.getRange("C2:C3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=C2>=91";
      cf.custom.format.fill.color = "#1E7B34";
      await context.sync();
    });
    const sheet = emu.snapshot().sheets[0];
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2", rowPageBreaks: [19] });
    expect(sheet.tables[0]).toMatchObject({ columnNames: ["Indikator", "Polaritas"], box: { row: 0, col: 0, rowCount: 3, colCount: 2 } });
    expect(sheet.dataValidations[0].list?.source).toBe("Positif,Negatif,Stabil");
    expect(sheet.conditionalFormats[0]).toMatchObject({ type: "Custom", formula: "=C2>=91", fill: "#1E7B34" });
  });

  it("stores custom XML parts by namespace", async () => {
    const emu = createExcelEmulator();
    const ns = "urn:evapor:uji";
    await emu.run(async (context) => {
      context.workbook.customXmlParts.add(`<uji xmlns="${ns}"><a>1</a></uji>`);
      await context.sync();
    });
    const xml = await emu.run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      await context.sync();
      if (part.isNullObject) return null;
      const text = part.getXml();
      await context.sync();
      return text.value;
    });
    expect(xml).toContain("<a>1</a>");
    expect(emu.lastRun()?.syncs).toBe(2);
  });

  it("starts from a snapshot and notifies listeners after a changing sync", async () => {
    const first = createExcelEmulator();
    await first.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:A2").formulas = [[2], ["=A1*10"]];
      await context.sync();
    });
    const second = createExcelEmulator({ workbook: first.snapshot() });
    let calls = 0;
    second.onChange(() => (calls += 1));
    const v = await second.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A2").load("values");
      await context.sync();
      return r.values;
    });
    expect(v).toEqual([[20]]);
    expect(calls).toBe(1);
  });
});

describe("emulator: object identity", () => {
  it("keeps a worksheet proxy on its sheet after the sheet is renamed in the same batch", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Data Kinerja";
      sheet.getRange("A1").values = [["judul"]];
      await context.sync();
    });
    const snap = emu.snapshot();
    expect(snap.sheets[0].name).toBe("Data Kinerja");
    expect(snap.sheets[0].cells[0]).toMatchObject({ row: 0, col: 0, value: "judul" });
  });
});

describe("emulator: charts", () => {
  it("adds a chart over a source range, titles it and places it over cells", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet();
      s.getRange("A1:B3").values = [["Indikator", "Capaian"], ["A", 104], ["B", 88]];
      s.getRange("A:A").format.columnWidth = 100;
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:B3"), "Columns");
      chart.title.text = "Capaian per indikator";
      chart.setPosition("D2", "H10");
      chart.series.getItemAt(0).name = "Capaian";
      await context.sync();
    });
    const [chart] = emu.snapshot().sheets[0].charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "Capaian per indikator", sourceAddress: "A1:B3", series: [{ name: "Capaian" }] });
    expect(chart.left).toBe(100 + 48 * 2);
    expect(chart.top).toBe(15);
    expect(chart.width).toBe(48 * 5);
    expect(chart.height).toBe(15 * 9);
  });
});
