import { createExcelEmulator, MAX_REQUEST_BYTES } from "../../src/emulator";

describe("emulator: load/sync strictness", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("applies writes at sync, in queue order, and reads formulas' computed values", async () => {
    const emu = createExcelEmulator();
    const values = await emu.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B2").values = [[1, 2], [3, "=A1+B1+A2"]];
      const r = sheet.getRange("A1:B2").load("values, formulas, address");
      await context.sync();
      expect(r.address).toBe("Sheet1!A1:B2");
      expect(r.formulas).toEqual([[1, 2], [3, "=A1+B1+A2"]]);
      return r.values;
    });
    expect(values).toEqual([[1, 2], [3, 6]]);
    expect(emu.lastRun()?.syncs).toBe(1);
  });

  it("rejects a 2-D array whose dimensions differ from the range with InvalidArgument", async () => {
    const emu = createExcelEmulator();
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
  });

  it("reports ItemNotFound from the sync for a missing sheet, and isNullObject for the OrNullObject form", async () => {
    const emu = createExcelEmulator();
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getItem("Tidak Ada").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await emu.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      expect(() => sheet.isNullObject).toThrow();
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      await context.sync();
      expect(present.isNullObject).toBe(false);
    });
  });

  it.each([["a".repeat(32)], ["Data:Kinerja"], ["TW [I]"], ["a/b"], ["?"], [""]])("refuses the sheet name %j", async (name) => {
    const emu = createExcelEmulator();
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a duplicate sheet name regardless of case", async () => {
    const emu = createExcelEmulator();
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("rejects a request over 5 MB and applies nothing of it", async () => {
    const emu = createExcelEmulator();
    const big = Array.from({ length: 60_000 }, (_, i) => [`baris ${i} `.padEnd(100, "x")]);
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(emu.lastRun()!.maxRequestBytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(emu.snapshot().sheets[0].cells).toHaveLength(0);
  });

  it("injects a failing sync and counts syncs per run", async () => {
    const emu = createExcelEmulator();
    emu.failNextSync("GeneralException", { afterSyncs: 1 });
    await expect(
      emu.run(async (context) => {
        await context.sync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(emu.lastRun()!.syncs).toBe(2);
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().protection.protect();
      await context.sync();
    });
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("pretends to be an older host: isSetSupported and ApiNotFound for shapes below 1.9", async () => {
    const emu = createExcelEmulator({ apiVersion: "1.8" });
    expect(emu.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(emu.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().shapes.addGeometricShape("Rectangle");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
