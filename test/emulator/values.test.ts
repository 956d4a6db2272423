import { active, emulator, failure, once } from "./helpers";

const cellsOf = (emu: ReturnType<typeof emulator>) => emu.snapshot().sheets[0].cells;

describe("writing values, formulas and number formats", () => {
  it.each([
    ["too few columns", [[1, 2, 3]]],
    ["a ragged row", [[1, 2], [3]]],
    ["a 1-D array", [1, 2, 3, 4] as unknown as unknown[][]],
  ])("rejects %s with InvalidArgument and writes nothing", async (_label, values) => {
    const emu = emulator();
    const e = await failure(emu, async (context) => {
      active(context).getRange("A1:B2").values = values;
      await context.sync();
    });
    expect(e).toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
    expect(cellsOf(emu)).toHaveLength(0);
  });

  it("applies a single value to every cell, as Excel allows", async () => {
    const emu = emulator();
    await once(async (context) => {
      (active(context).getRange("A1:B2") as unknown as { values: unknown }).values = 7;
      active(context).getRange("C1:C2").numberFormat = "0.0%" as unknown as string[][];
      await context.sync();
    }, emu);
    expect(cellsOf(emu).map((c) => c.value ?? c.numberFormat)).toEqual([7, 7, "0.0%", 7, 7, "0.0%"]);
  });

  it("leaves a cell unchanged for null and clears it for \"\" (Excel's blank and null rules)", async () => {
    const values = await once(async (context) => {
      const r = active(context).getRange("A1:C1");
      r.values = [[1, 2, 3]];
      r.numberFormat = [["0.00", "0.00", "0.00"]];
      r.values = [[null, "", 9]];
      r.numberFormat = [[null, "", null]];
      r.load("values, numberFormat");
      await context.sync();
      return [r.values, r.numberFormat];
    });
    expect(values).toEqual([[[1, "", 9]], [["0.00", "General", "0.00"]]]);
  });

  it("refuses null for a single property", async () => {
    const e = await failure(emulator(), async (context) => {
      active(context).getRange("A1").format.fill.color = null as unknown as string;
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });

  it("reads strings as typed input: numbers, percentages, booleans and ISO dates change type", async () => {
    const got = await once(async (context) => {
      const r = active(context).getRange("A1:F1");
      r.values = [["12", "1,234.5", "85%", "true", "2024-01-22", "82,5"]];
      r.load("values, numberFormat, valueTypes");
      await context.sync();
      return { values: r.values, formats: r.numberFormat, types: r.valueTypes };
    });
    expect(got.values).toEqual([[12, 1234.5, 0.85, true, 45313, "82,5"]]);
    expect(got.formats[0].slice(2, 5)).toEqual(["0%", "General", "yyyy-mm-dd"]);
    expect(got.types).toEqual([["Double", "Double", "Double", "Boolean", "Double", "String"]]);
  });

  it("keeps a NIP as text only with an apostrophe or a text format; a bare NIP becomes a number", async () => {
    const nip = "198501012010011001";
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("B1").numberFormat = [["@"]];
      s.getRange("A1:C1").values = [[nip, nip, `'${nip}`]];
      const r = s.getRange("A1:C1").load("values");
      await context.sync();
      return r.values[0] as unknown[];
    });
    expect(typeof got[0]).toBe("number");
    expect(got.slice(1)).toEqual([nip, nip]);
  });

  it("turns text starting with =, + or - into a formula (DESIGN.md), so a dash bullet shows #NAME?", async () => {
    const emu = emulator();
    const got = await once(async (context) => {
      const r = active(context).getRange("A1:D1");
      r.values = [["=1+1", "- Kegiatan", "-", "+5"]];
      r.load("values, formulas");
      await context.sync();
      return { values: r.values, formulas: r.formulas };
    }, emu);
    expect(got.values).toEqual([[2, "#NAME?", "-", 5]]);
    expect(got.formulas).toEqual([["=1+1", "=- Kegiatan", "-", 5]]);
  });

  it("rejects a malformed formula with InvalidArgument", async () => {
    const e = await failure(emulator(), async (context) => {
      active(context).getRange("A1").formulas = [["=SUM((A2"]];
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });

  it("reports addresses as Excel writes them, quoted sheets and whole columns and rows included", async () => {
    const got = await once(async (context) => {
      const sheet = context.workbook.worksheets.add("Data Kinerja");
      const ranges = ["B:C", "3:4", "A1:B2", "C5"].map((a) => sheet.getRange(a).load("address"));
      const byIndex = sheet.getRangeByIndexes(1, 1, 2, 3).load("address, rowCount, columnCount, cellCount");
      await context.sync();
      return [...ranges.map((r) => r.address), byIndex.address, byIndex.cellCount];
    });
    expect(got).toEqual(["'Data Kinerja'!B:C", "'Data Kinerja'!3:4", "'Data Kinerja'!A1:B2", "'Data Kinerja'!C5", "'Data Kinerja'!B2:D3", 6]);
  });

  it("navigates ranges (offset, resize, row, column, last cell) and refuses to leave the sheet", async () => {
    const emu = emulator();
    const got = await once(async (context) => {
      const base = active(context).getRange("B2:D5");
      const list = [base.getOffsetRange(1, 1), base.getResizedRange(-1, 2), base.getRow(1), base.getColumn(2), base.getLastCell(), base.getEntireRow(), base.getCell(0, 0)];
      list.forEach((r) => r.load("address"));
      await context.sync();
      return list.map((r) => r.address);
    }, emu);
    expect(got).toEqual(["Sheet1!C3:E6", "Sheet1!B2:F4", "Sheet1!B3:D3", "Sheet1!D2:D5", "Sheet1!D5", "Sheet1!2:5", "Sheet1!B2"]);
    const e = await failure(emu, async (context) => {
      active(context).getRange("A1").getOffsetRange(-1, 0).load("address");
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });

  it("finds the used range, values-only or with formats, and a null object on an empty sheet", async () => {
    const got = await once(async (context) => {
      const s = active(context);
      const empty = s.getUsedRangeOrNullObject();
      await context.sync();
      const wasNull = empty.isNullObject;
      s.getRange("B2:C3").values = [[1, ""], ["", 2]];
      s.getRange("E7").format.fill.color = "#FFFF00";
      const withFormats = s.getUsedRange().load("address");
      const valuesOnly = s.getUsedRange(true).load("address");
      await context.sync();
      return [wasNull, withFormats.address, valuesOnly.address];
    });
    expect(got).toEqual([true, "Sheet1!B2:E7", "Sheet1!B2:C3"]);
  });

  it("reports a format as null when the cells of the range differ", async () => {
    const got = await once(async (context) => {
      const s = active(context);
      s.getRange("A1").format.font.bold = true;
      s.getRange("A1:B1").format.fill.color = "#DDEEFF";
      const f = s.getRange("A1:B1").format;
      f.load("columnWidth");
      f.font.load("bold");
      f.fill.load("color");
      await context.sync();
      return [f.font.bold, f.fill.color, f.columnWidth];
    });
    expect(got).toEqual([null, "#DDEEFF", 48]);
  });

  it("formats text for `text` and keeps merges' upper-left value only", async () => {
    const emu = emulator();
    const text = await once(async (context) => {
      const s = active(context);
      s.getRange("A1:C1").values = [[0.8512, 1234.5, "x"]];
      s.getRange("A1:B1").numberFormat = [["0.0%", "#,##0.00"]];
      s.getRange("A3:B3").values = [["kiri", "kanan"]];
      s.getRange("A3:B3").merge();
      const r = s.getRange("A1:C1").load("text");
      await context.sync();
      return r.text;
    }, emu);
    expect(text).toEqual([["85.1%", "1,234.50", "x"]]);
    const sheet = emu.snapshot().sheets[0];
    expect(sheet.merges).toEqual([{ row: 2, col: 0, rowCount: 1, colCount: 2 }]);
    expect(sheet.cells.filter((c) => c.row === 2).map((c) => c.value)).toEqual(["kiri"]);
  });

  it("checks enumerations and colours the way Excel does (InvalidArgument at sync)", async () => {
    const emu = emulator();
    for (const write of [
      (r: Excel.Range) => (r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (r: Excel.Range) => (r.format.fill.color = "hijau"),
      (r: Excel.Range) => (r.format.rowHeight = 500),
      (r: Excel.Range) => (r.format.borders.getItem("EdgeTop").style = "Wavy" as Excel.BorderLineStyle),
    ]) {
      const e = await failure(emu, async (context) => {
        write(active(context).getRange("A1"));
        await context.sync();
      });
      expect(e.code).toBe("InvalidArgument");
    }
  });

  it("draws borders per edge, inside borders between cells, and accepts colour names", async () => {
    const emu = emulator();
    await once(async (context) => {
      const r = active(context).getRange("A1:B2");
      r.format.borders.getItem("InsideHorizontal").style = "Continuous";
      r.format.borders.getItem("EdgeLeft").color = "red";
      await context.sync();
    }, emu);
    const a1 = cellsOf(emu).find((c) => c.row === 0 && c.col === 0)!;
    const a2 = cellsOf(emu).find((c) => c.row === 1 && c.col === 0)!;
    expect(a1.style.borders).toEqual({ bottom: { style: "Continuous", weight: "Thin", color: "#000000" }, left: { style: "Continuous", weight: "Thin", color: "#FF0000" } });
    expect(a2.style.borders?.top?.style).toBe("Continuous");
  });
});
