import { active, emulator, failure, once } from "./helpers";

describe("tables", () => {
  it("makes a table from a header row, names its columns and grows it with rows.add", async () => {
    const emu = emulator();
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("A1:C2").values = [["Indikator", "Target", "Target"], ["IKM", 80, 82]];
      s.getRange("A5").values = [["di bawah tabel"]];
      const table = s.tables.add("A1:C2", true);
      table.name = "IKU";
      table.rows.add(undefined, [["Kepuasan", 85, 86], ["Dokumen", 12, 12]]);
      const body = table.getDataBodyRange().load("address");
      const target = table.columns.getItem("Target").getDataBodyRange().load("values");
      table.columns.load("items/name");
      await context.sync();
      return [body.address, target.values, table.columns.items.map((c) => c.name)];
    }, emu);
    expect(got).toEqual(["Sheet1!A2:C4", [[80], [85], [12]], ["Indikator", "Target", "Target2"]]);
    const sheet = emu.snapshot().sheets[0];
    expect(sheet.tables[0]).toMatchObject({ name: "IKU", box: { row: 0, col: 0, rowCount: 4, colCount: 3 }, style: "TableStyleMedium2", columnNames: ["Indikator", "Target", "Target2"] });
    // The cell below the table was shifted down by the two added rows, as Excel inserts them.
    expect(sheet.cells.find((c) => c.value === "di bawah tabel")?.row).toBe(6);
  });

  it("formats an added row like the row above it: a text column keeps '=…' as text, wrap carries over", async () => {
    const emu = emulator();
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("A1:B2").values = [["Rekomendasi", "Batas"], ["Perbaiki data", 46387]];
      s.getRange("A2").numberFormat = [["@"]];
      s.getRange("A2").format.wrapText = true;
      s.getRange("B2").numberFormat = [["dd/mm/yyyy"]];
      const table = s.tables.add("A1:B2", true);
      table.rows.add(undefined, [["=Lengkapi bukti", 46388]]);
      const baru = s.getRange("A3:B3").load("values, formulas, numberFormat");
      await context.sync();
      return [baru.values, baru.formulas, baru.numberFormat];
    }, emu);
    expect(got).toEqual([[["=Lengkapi bukti", 46388]], [["=Lengkapi bukti", 46388]], [["@", "dd/mm/yyyy"]]]);
    expect(emu.snapshot().sheets[0].cells.find((c) => c.row === 2 && c.col === 0)?.style.wrapText).toBe(true);
  });

  it("keeps the empty data row of a header-only table, as Excel does", async () => {
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("A1:B1").values = [["No", "Kegiatan"]];
      const table = context.workbook.tables.add("Sheet1!A1:B1", true);
      table.rows.add(undefined, [[1, "Rapat"]]);
      const count = table.rows.getCount();
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      return [count.value, body.values];
    });
    expect(got).toEqual([2, [["", ""], [1, "Rapat"]]]);
  });

  it("refuses overlapping tables, rows of the wrong width and a missing table", async () => {
    const emu = emulator();
    await once(async (context) => {
      active(context).tables.add("A1:B3", true);
      await context.sync();
    }, emu);
    const cases: [(c: Excel.RequestContext) => void, string][] = [
      [(c) => active(c).tables.add("B2:C4", true), "InvalidOperation"],
      [(c) => c.workbook.tables.getItem("Table1").rows.add(undefined, [[1, 2, 3]]), "InvalidArgument"],
      [(c) => c.workbook.tables.getItem("TabelLain"), "ItemNotFound"],
      [(c) => (c.workbook.tables.getItem("Table1").name = "A1"), "InvalidArgument"],
    ];
    for (const [act, code] of cases) {
      expect(await failure(emu, async (context) => {
        act(context);
        await context.sync();
      })).toMatchObject({ code });
    }
  });
});

describe("data validation and conditional formats", () => {
  it("stores list rules (literal or from a range) and replaces rules only on the range's cells", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("B2:B10").dataValidation.rule = { list: { inCellDropDown: true, source: "Positif,Negatif,Stabil" } };
      s.getRange("B5").dataValidation.rule = { list: { inCellDropDown: false, source: s.getRange("H1:H3") } };
      s.getRange("B9:B10").dataValidation.clear();
      s.getRange("C2").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      s.getRange("C2").dataValidation.errorAlert = { message: "Angka bulat", showAlert: true, style: "Stop", title: "Salah" };
      await context.sync();
    }, emu);
    const rules = emu.snapshot().sheets[0].dataValidations.map((d) => [d.box.row, d.box.rowCount, d.list?.source ?? JSON.stringify(d.rule), d.errorMessage]);
    expect(rules).toEqual([
      [1, 3, "Positif,Negatif,Stabil", undefined],
      [5, 3, "Positif,Negatif,Stabil", undefined],
      [4, 1, "=$H$1:$H$3", undefined],
      [1, 1, '{"wholeNumber":{"formula1":0,"operator":"GreaterThanOrEqualTo"}}', "Angka bulat"],
    ]);
  });

  it("refuses a literal list over 255 characters and a rule of two kinds", async () => {
    const emu = emulator();
    for (const rule of [
      { list: { source: Array.from({ length: 60 }, (_, i) => `Pilihan${i}`).join(",") } },
      { list: { source: "a,b" }, custom: { formula: "=TRUE" } },
    ]) {
      expect(await failure(emu, async (context) => {
        active(context).getRange("A1").dataValidation.rule = rule as Excel.DataValidationRule;
        await context.sync();
      })).toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("records custom and cell-value conditional formats with their formats, newest first", async () => {
    const emu = emulator();
    await once(async (context) => {
      const range = active(context).getRange("C2:C20");
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2>=91";
      custom.custom.format.fill.color = "#1E7B34";
      custom.custom.format.font.bold = true;
      const low = range.conditionalFormats.add("CellValue");
      low.cellValue.rule = { formula1: "51", operator: "LessThan" };
      low.cellValue.format.font.color = "#C00000";
      await context.sync();
    }, emu);
    expect(emu.snapshot().sheets[0].conditionalFormats).toEqual([
      { box: { row: 1, col: 2, rowCount: 19, colCount: 1 }, type: "Custom", formula: "=$C2>=91", fill: "#1E7B34", bold: true, priority: 1 },
      { box: { row: 1, col: 2, rowCount: 19, colCount: 1 }, type: "CellValue", operator: "LessThan", formula: "51", fontColor: "#C00000", priority: 0 },
    ]);
  });

  it("refuses an unknown operator and the custom part of a cell-value format", async () => {
    const emu = emulator();
    const cases: ((cf: Excel.ConditionalFormat) => void)[] = [
      (cf) => (cf.cellValue.rule = { formula1: "1", operator: "Bigger" as Excel.ConditionalCellValueOperator }),
      (cf) => (cf.custom.rule.formula = "=TRUE"),
    ];
    const codes: (string | undefined)[] = [];
    for (const act of cases) {
      const e = await failure(emu, async (context) => {
        act(active(context).getRange("A1").conditionalFormats.add("CellValue"));
        await context.sync();
      });
      codes.push(e.code);
    }
    expect(codes).toEqual(["InvalidArgument", "InvalidOperation"]);
  });
});
