import { createExcelEmulator } from "../../src/emulator";
import { readPengaturan, writePengaturan } from "../../src/excel/pengaturan";
import { classifyOfficeError } from "../../src/excel/errors";
import { pengaturanAwal } from "../../src/domain/pengaturan";

describe("settings in the workbook (custom XML part)", () => {
  it("reads defaults when the workbook has no settings yet, in one sync", async () => {
    const emu = createExcelEmulator();
    const r = await emu.run((c) => readPengaturan(c, 2026));
    expect(r).toEqual({ kind: "belum-ada", pengaturan: pengaturanAwal(2026) });
    expect(emu.lastRun()?.syncs).toBe(1);
  });

  it("writes, rewrites and reads back within two syncs each, keeping one part", async () => {
    const emu = createExcelEmulator();
    const p = { ...pengaturanAwal(2026), instansi: { kabupaten: "Malang", kecamatan: "Kalipare", alamat: "" } };
    await emu.run((c) => writePengaturan(c, p));
    await emu.run((c) => writePengaturan(c, { ...p, kertas: "F4" }));
    expect(emu.lastRun()?.syncs).toBe(2);
    const r = await emu.run((c) => readPengaturan(c, 2000));
    expect(emu.lastRun()?.syncs).toBe(2);
    expect(r).toEqual({ kind: "ok", pengaturan: { ...p, kertas: "F4" }, diisiBawaan: [] });
    expect(emu.snapshot().customXmlParts).toHaveLength(1);
  });

  it("surfaces an injected fault as a classified Office error", async () => {
    const emu = createExcelEmulator();
    emu.failNextSync("AccessDenied");
    const error = await emu.run((c) => writePengaturan(c, pengaturanAwal(2026))).catch((e: unknown) => e);
    expect(classifyOfficeError(error)).toMatchObject({ kind: "office", code: "AccessDenied" });
    expect(classifyOfficeError(new Error("boom"))).toMatchObject({ kind: "unknown" });
  });
});
