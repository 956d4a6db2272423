import { active, emulator, failure, once } from "./helpers";

describe("worksheets", () => {
  it.each([["a".repeat(32)], ["Data:Kinerja"], ["TW [I]"], ["a/b"], ["a\\b"], ["?"], ["*"], [""], ["'awal"], ["History"]])("refuses the sheet name %j with InvalidArgument", async (name) => {
    const e = await failure(emulator(), async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });

  it("refuses a duplicate name regardless of case, also on rename (ItemAlreadyExists)", async () => {
    const emu = emulator();
    expect(await failure(emu, async (context) => {
      context.workbook.worksheets.add("SHEET1");
      await context.sync();
    })).toMatchObject({ code: "ItemAlreadyExists" });
    expect(await failure(emu, async (context) => {
      context.workbook.worksheets.add("Kedua").name = "sheet1";
      await context.sync();
    })).toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("adds sheets at the end with Excel's default names, moves, hides, colours and activates them", async () => {
    const emu = emulator();
    await once(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add();
      const sop = sheets.add("SOP 1");
      sop.position = 0;
      sop.tabColor = "#1F4E79";
      sheets.getItem("Sheet2").visibility = "Hidden";
      sop.activate();
      await context.sync();
    }, emu);
    const snap = emu.snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([["SOP 1", "Visible"], ["Sheet1", "Visible"], ["Sheet2", "Hidden"]]);
    expect(snap.sheets[0].tabColor).toBe("#1F4E79");
    expect(snap.activeSheetName).toBe("SOP 1");
  });

  it("keeps at least one visible sheet (InvalidOperation)", async () => {
    const emu = emulator();
    expect(await failure(emu, async (context) => {
      active(context).delete();
      await context.sync();
    })).toMatchObject({ code: "InvalidOperation" });
    expect(await failure(emu, async (context) => {
      active(context).visibility = "Hidden";
      await context.sync();
    })).toMatchObject({ code: "InvalidOperation" });
  });

  it("freezes panes and records gridlines and widths", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.freezePanes.freezeAt("A1:B3");
      s.showGridlines = false;
      s.getRange("B:C").format.columnWidth = 120;
      s.getRange("2:2").format.rowHeight = 30;
      s.getRange("D:D").columnHidden = true;
      await context.sync();
    }, emu);
    const sheet = emu.snapshot().sheets[0];
    expect([sheet.frozenRows, sheet.frozenColumns, sheet.showGridlines]).toEqual([3, 2, false]);
    expect(sheet.columnWidths).toEqual({ 1: 120, 2: 120 });
    expect(sheet.rowHeights).toEqual({ 1: 30 });
    expect(sheet.hiddenColumns).toEqual([3]);
  });
});

describe("formulas through HyperFormula", () => {
  it("evaluates formulas, cross-sheet references and Excel's error texts", async () => {
    const got = await once(async (context) => {
      const data = context.workbook.worksheets.add("Data Kinerja");
      data.getRange("A1:B1").values = [[80, 84]];
      const s = active(context);
      s.getRange("A1:E1").formulas = [["='Data Kinerja'!B1/'Data Kinerja'!A1", "=1/0", "=B9", "=NOSUCHFUNCTION(1)", "=IF(B9=\"\",\"kosong\",1)"]];
      const r = s.getRange("A1:E1").load("values, valueTypes");
      await context.sync();
      return [r.values, r.valueTypes];
    });
    expect(got[0]).toEqual([[1.05, "#DIV/0!", 0, "#NAME?", "kosong"]]);
    expect(got[1]).toEqual([["Double", "Error", "Double", "Error", "String"]]);
  });

  it("keeps formulas working after a rename and rewrites their text, as Excel does", async () => {
    const emu = emulator();
    await once(async (context) => {
      const data = context.workbook.worksheets.add("Data Kinerja");
      data.getRange("B2").values = [[40]];
      active(context).getRange("A1").formulas = [["='Data Kinerja'!B2*2"]];
      await context.sync();
      data.name = "IKU 2026";
      data.getRange("B2").values = [[50]];
      await context.sync();
    }, emu);
    const a1 = emu.snapshot().sheets[0].cells[0];
    expect(a1).toMatchObject({ formula: "='IKU 2026'!B2*2", computed: 100 });
  });

  it("evaluates workbook names in formulas", async () => {
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("A1").values = [[91]];
      context.workbook.names.add("BatasSangatTinggi", s.getRange("A1"));
      s.getRange("B1").formulas = [["=IF(95>=BatasSangatTinggi,\"Sangat Tinggi\",\"Tinggi\")"]];
      const name = context.workbook.names.getItemOrNullObject("batassangattinggi").load("formula");
      const b1 = s.getRange("B1").load("values");
      await context.sync();
      return [name.formula as string, b1.values[0][0] as unknown];
    });
    expect(got).toEqual(["=Sheet1!$A$1", "Sangat Tinggi"]);
  });

  it("inserts and deletes whole rows, moving cells, merges and formula references", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1:A3").values = [[1], [2], [3]];
      s.getRange("B10").formulas = [["=SUM(A1:A3)"]];
      s.getRange("C3:D3").merge();
      s.getRange("2:3").insert("Down");
      await context.sync();
      s.getRange("A3:A5").values = [[10], [20], [null]];
      s.getRange("1:1").delete("Up");
      await context.sync();
    }, emu);
    const sheet = emu.snapshot().sheets[0];
    const b = sheet.cells.find((c) => c.col === 1)!;
    expect(b).toMatchObject({ row: 10, formula: "=SUM(A1:A4)", computed: 33 });
    expect(sheet.merges).toEqual([{ row: 3, col: 2, rowCount: 1, colCount: 2 }]);
  });

  it("shifts a partial range down within its columns and adjusts references to moved cells", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1:B2").values = [[1, "x"], [2, "y"]];
      s.getRange("C1").formulas = [["=A2*10"]];
      s.getRange("A1").insert("Down");
      await context.sync();
    }, emu);
    const cells = emu.snapshot().sheets[0].cells.map((c) => [c.row, c.col, c.formula ?? c.value, c.computed]);
    expect(cells).toEqual([[0, 1, "x", "x"], [0, 2, "=A3*10", 20], [1, 0, 1, 1], [1, 1, "y", "y"], [2, 0, 2, 2]]);
  });
});
