import { createExcelEmulator } from "../../src/emulator";
import { classifyOfficeError, OFFICE_ERROR_CODES } from "../../src/excel/errors";

describe("classifyOfficeError", () => {
  it.each(OFFICE_ERROR_CODES.map((c) => [c]))("recognises %s and keeps the detail for the console", (code) => {
    const e = Object.assign(new Error(`raw ${code}`), { code, debugInfo: { errorLocation: "Range.values" } });
    expect(classifyOfficeError(e)).toEqual({
      kind: "office",
      code,
      detail: { name: "Error", code, message: `raw ${code}`, debugInfo: { errorLocation: "Range.values" } },
    });
  });

  it("classifies an error the emulator throws from a failed sync", async () => {
    const emu = createExcelEmulator();
    emu.failNextSync("ItemNotFound");
    const error = await emu.run(async (c) => { await c.sync(); }).catch((e: unknown) => e);
    expect(classifyOfficeError(error)).toMatchObject({ kind: "office", code: "ItemNotFound" });
  });

  it("calls anything else unknown, keeping an unfamiliar code for the console", () => {
    expect(classifyOfficeError(Object.assign(new Error("x"), { code: "BrandNewCode" }))).toEqual({
      kind: "unknown",
      detail: { name: "Error", code: "BrandNewCode", message: "x", debugInfo: undefined },
    });
    expect(classifyOfficeError(new TypeError("boom"))).toMatchObject({ kind: "unknown", detail: { name: "TypeError", message: "boom" } });
  });

  it.each([["a string"], [null], [undefined], [42]])("never throws, whatever was thrown (%p)", (thrown) => {
    expect(classifyOfficeError(thrown)).toEqual({ kind: "unknown", detail: { message: String(thrown) } });
  });

  it("survives an error object whose properties throw when read", () => {
    const nasty = Object.defineProperty({}, "code", { get: () => { throw new Error("no"); } });
    expect(classifyOfficeError(nasty)).toEqual({ kind: "unknown", detail: { message: "(unreadable error)" } });
  });
});
