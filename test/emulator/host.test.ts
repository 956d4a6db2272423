import { MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES } from "../../src/emulator";
import { active, emulator, failure, once } from "./helpers";

describe("request statistics and limits", () => {
  it("counts syncs per run and the bytes of each request, big arrays included", async () => {
    const emu = emulator();
    await emu.run(async (context) => {
      active(context).getRange("A1").values = [["kecil"]];
      await context.sync();
      active(context).getRange("A1:A1000").values = Array.from({ length: 1000 }, (_, i) => [`baris ${i}`]);
      await context.sync();
    });
    await emu.run(async (context) => {
      await context.sync();
    });
    const [first, second] = emu.runs;
    expect(first.syncs).toBe(2);
    expect(first.requestBytes[1]).toBeGreaterThan(10_000);
    expect(first.requestBytes[0]).toBeLessThan(300);
    expect(first.maxRequestBytes).toBe(first.requestBytes[1]);
    expect(second.syncs).toBe(1);
    expect(emu.lastRun()).toBe(second);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing of it", async () => {
    const emu = emulator();
    const big = Array.from({ length: 60_000 }, (_, i) => [`baris ${i} `.padEnd(100, "x")]);
    const e = await failure(emu, async (context) => {
      active(context).getRange("Z1").values = [["juga tidak"]];
      active(context).getRange(`A1:A${big.length}`).values = big;
      await context.sync();
    });
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(emu.lastRun()!.maxRequestBytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(emu.snapshot().sheets[0].cells).toHaveLength(0);
  });

  it("rejects a response over 5 MB (a whole-sheet read) with ResponsePayloadSizeLimitExceeded", async () => {
    const emu = emulator();
    const e = await failure(emu, async (context) => {
      active(context).getRange("A:B").load("values");
      await context.sync();
    });
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(emu.lastRun()!.maxResponseBytes).toBeGreaterThan(MAX_RESPONSE_BYTES);
  });

  it("injects a fault into the n-th next sync, which then applies nothing", async () => {
    const emu = emulator();
    emu.failNextSync("GeneralException", { afterSyncs: 1 });
    const e = await failure(emu, async (context) => {
      active(context).getRange("A1").values = [["satu"]];
      await context.sync();
      active(context).getRange("A2").values = [["dua"]];
      await context.sync();
    });
    expect(e).toMatchObject({ code: "GeneralException", name: "RichApi.Error" });
    expect(emu.lastRun()!.syncs).toBe(2);
    expect(emu.snapshot().sheets[0].cells.map((c) => c.value)).toEqual(["satu"]);
    await once(async (context) => context.sync(), emu);
  });

  it("notifies listeners after each sync that changed something, not after reads", async () => {
    const emu = emulator();
    let calls = 0;
    const stop = emu.onChange(() => (calls += 1));
    await emu.run(async (context) => {
      active(context).getRange("A1").load("values");
      await context.sync();
      active(context).getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(calls).toBe(1);
    stop();
    await emu.run(async (context) => {
      active(context).getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(calls).toBe(1);
  });
});

describe("sheet protection", () => {
  async function protectedSheet(options?: Excel.WorksheetProtectionOptions, password?: string) {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("B2").format.protection.locked = false;
      s.protection.protect(options, password);
      await context.sync();
    }, emu);
    return emu;
  }

  it("refuses writes to locked cells, formats and shapes with AccessDenied, and allows unlocked cells", async () => {
    const emu = await protectedSheet();
    for (const write of [
      (s: Excel.Worksheet) => (s.getRange("A1").values = [["x"]]),
      (s: Excel.Worksheet) => (s.getRange("B2").format.font.bold = true),
      (s: Excel.Worksheet) => s.shapes.addGeometricShape("Rectangle"),
      (s: Excel.Worksheet) => s.getRange("A1:B1").merge(),
    ]) {
      expect(await failure(emu, async (context) => {
        write(active(context));
        await context.sync();
      })).toMatchObject({ code: "AccessDenied" });
    }
    await once(async (context) => {
      active(context).getRange("B2").values = [["isian"]];
      await context.sync();
    }, emu);
    expect(emu.snapshot().sheets[0].cells.find((c) => c.row === 1)?.value).toBe("isian");
  });

  it("honours protect() options, refuses a second protect and a wrong password", async () => {
    const emu = await protectedSheet({ allowFormatCells: true }, "rahasia");
    await once(async (context) => {
      active(context).getRange("A1").format.fill.color = "#FFFF00";
      await context.sync();
    }, emu);
    expect(await failure(emu, async (context) => {
      active(context).protection.protect();
      await context.sync();
    })).toMatchObject({ code: "InvalidOperation" });
    expect(await failure(emu, async (context) => {
      active(context).protection.unprotect("salah");
      await context.sync();
    })).toMatchObject({ code: "InvalidArgument" });
    const state = await once(async (context) => {
      const p = active(context).protection;
      p.unprotect("rahasia");
      p.load("protected");
      await context.sync();
      return p.protected;
    }, emu);
    expect(state).toBe(false);
  });
});

describe("an older host", () => {
  it("answers isSetSupported from its API level and fails the sync for newer APIs with ApiNotFound", async () => {
    const emu = emulator({ apiVersion: "1.8" });
    expect(emu.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(emu.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(emu.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(emu.isSetSupported("WordApi", "1.1")).toBe(false);
    const e = await failure(emu, async (context) => {
      active(context).getRange("A1").values = [["sebelum"]];
      active(context).shapes.addGeometricShape("Rectangle");
      await context.sync();
    });
    expect(e).toMatchObject({ code: "ApiNotFound", name: "RichApi.Error" });
  });

  it("lets a 1.7 host format cells but not add data validation (ExcelApi 1.8)", async () => {
    const emu = emulator({ apiVersion: "1.7" });
    await once(async (context) => {
      const r = active(context).getRange("A1");
      r.values = [["judul"]];
      r.format.font.bold = true;
      await context.sync();
    }, emu);
    expect(await failure(emu, async (context) => {
      active(context).getRange("A2").dataValidation.rule = { list: { source: "Ya,Tidak", inCellDropDown: true } };
      await context.sync();
    })).toMatchObject({ code: "ApiNotFound" });
  });

  it("knows 1.9 from 1.10: comments need 1.10 and merged areas 1.13", async () => {
    const emu = emulator({ apiVersion: "1.9" });
    await once(async (context) => {
      active(context).pageLayout.orientation = "Landscape";
      await context.sync();
    }, emu);
    expect(await failure(emu, async (context) => {
      context.workbook.comments.add("Sheet1!A1", "Mohon diperiksa");
      await context.sync();
    })).toMatchObject({ code: "ApiNotFound" });
    expect(await failure(emu, async (context) => {
      active(context).getRange("A1:C3").getMergedAreasOrNullObject().load("address");
      await context.sync();
    })).toMatchObject({ code: "ApiNotFound" });
  });
});
