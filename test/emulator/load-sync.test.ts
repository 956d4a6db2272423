import { active, emulator, failure, once } from "./helpers";

describe("load and sync, as strict as Excel", () => {
  it("throws PropertyNotLoaded, shaped like OfficeExtension.Error, until load and sync", async () => {
    await once(async (context) => {
      const range = active(context).getRange("A1");
      let thrown: unknown;
      try {
        void range.values;
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        message: expect.stringMatching(/^The property 'values' is not available\. Before reading the property's value, call the load method/) as string,
        debugInfo: { code: "PropertyNotLoaded", errorLocation: "Range.values" },
      });
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
    });
  });

  it("accepts every load form: string list, array, select object and nested paths", async () => {
    await once(async (context) => {
      const sheet = active(context);
      sheet.getRange("A1").format.font.bold = true;
      const a = sheet.getRange("A1").load("address, rowIndex");
      const b = sheet.getRange("B2").load(["columnIndex"]);
      const c = sheet.getRange("C3").load({ select: "rowCount" });
      const d = sheet.getRange("A1").load({ format: { font: { bold: true } }, values: true });
      await context.sync();
      expect([a.address, a.rowIndex, b.columnIndex, c.rowCount]).toEqual(["Sheet1!A1", 0, 1, 1]);
      expect(d.format.font.bold).toBe(true);
      expect(d.values).toEqual([[""]]);
      expect(() => d.format.font.italic).toThrow(/not available/);
    });
  });

  it("fails the sync with InvalidArgument for a property the emulator does not have", async () => {
    const emu = emulator();
    const e = await failure(emu, async (context) => {
      active(context).getRange("A1").load("valuesAsJsonLocal");
      await context.sync();
    });
    expect(e).toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.load" } });
  });

  it("applies writes at sync in queue order; a load sees the state at its place in the queue", async () => {
    await once(async (context) => {
      const cell = active(context).getRange("A1");
      cell.values = [[1]];
      const before = active(context).getRange("A1").load("values");
      cell.values = [[2]];
      const after = active(context).getRange("A1").load("values");
      await context.sync();
      expect([before.values, after.values]).toEqual([[[1]], [[2]]]);
    });
  });

  it("makes the sync reject with ItemNotFound for getItem of a missing sheet, even without a load", async () => {
    const emu = emulator();
    const e = await failure(emu, async (context) => {
      context.workbook.worksheets.getItem("Tidak Ada");
      await context.sync();
    });
    expect(e).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", message: expect.stringContaining("The requested resource doesn't exist.") as string });
    expect(e).toBeInstanceOf(Error);
  });

  it("settles *OrNullObject at the sync: isNullObject unreadable before, and a null object refuses use after", async () => {
    await once(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(() => missing.name).toThrow(expect.objectContaining({ code: "ItemNotFound" }) as Error);
      expect(() => missing.activate()).toThrow(expect.objectContaining({ code: "ItemNotFound" }) as Error);
    });
  });

  it("requires a load before a collection's items", async () => {
    await once(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      context.workbook.worksheets.add("Kedua");
      sheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([["Sheet1", 0], ["Kedua", 1]]);
      expect(() => sheets.items[0].visibility).toThrow(/not available/);
    });
  });

  it("fills a ClientResult only at the sync (ValueNotLoaded before)", async () => {
    await once(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }) as Error);
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it("refuses objects used after their run ended (InvalidRequestContext)", async () => {
    const emu = emulator();
    const range = await emu.run(async (context) => {
      const r = active(context).getRange("A1").load("address");
      await context.sync();
      return r;
    });
    expect(range.address).toBe("Sheet1!A1");
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }) as Error);
  });

  it("sends what is still queued when the batch returns, as Excel.run does", async () => {
    const emu = emulator();
    await emu.run(async (context) => {
      active(context).getRange("A1").values = [["tanpa sync"]];
      return Promise.resolve();
    });
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(emu.snapshot().sheets[0].cells[0].value).toBe("tanpa sync");
  });
});
