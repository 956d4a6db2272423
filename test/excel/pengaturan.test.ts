import { createExcelEmulator, emptyWorkbook } from "../../src/emulator";
import { readPengaturan, writePengaturan } from "../../src/excel/pengaturan";
import { classifyOfficeError } from "../../src/excel/errors";
import { NAMESPACE_PENGATURAN, pengaturanAwal, pengaturanKeXml, type Pengaturan } from "../../src/domain/pengaturan";

const contoh = (): Pengaturan => ({
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: `Jl. "Raya" <1> & 'Kalipare'` },
  camat: { nama: "Budi", nip: "19700101 199003 1 001" },
});

const denganBagian = (...xml: string[]) =>
  createExcelEmulator({ workbook: { ...emptyWorkbook(), customXmlParts: xml.map((x, i) => ({ id: `p${i}`, namespaceUri: NAMESPACE_PENGATURAN, xml: x })) } });

describe("settings in the workbook (custom XML part)", () => {
  it("reads defaults when the workbook has no settings yet, in one sync", async () => {
    const emu = createExcelEmulator();
    const r = await emu.run((c) => readPengaturan(c, 2026));
    expect(r).toEqual({ kind: "belum-ada", pengaturan: pengaturanAwal(2026) });
    expect(emu.lastRun()?.syncs).toBe(1);
  });

  it("writes, rewrites and reads back within two syncs each, keeping one part", async () => {
    const emu = createExcelEmulator();
    const p = contoh();
    expect(await emu.run((c) => writePengaturan(c, p))).toEqual({ kind: "tersimpan" });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    await emu.run((c) => writePengaturan(c, { ...p, kertas: "F4" }));
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const r = await emu.run((c) => readPengaturan(c, 2000));
    expect(emu.lastRun()?.syncs).toBe(2);
    expect(r).toEqual({ kind: "ok", pengaturan: { ...p, kertas: "F4" }, peringatan: [] });
    const parts = emu.snapshot().customXmlParts;
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ namespaceUri: NAMESPACE_PENGATURAN, xml: pengaturanKeXml({ ...p, kertas: "F4" }) });
  });

  it("leaves other add-ins' parts alone", async () => {
    const lain = { id: "lain", namespaceUri: "urn:lain", xml: `<catatan xmlns="urn:lain">x</catatan>` };
    const emu = createExcelEmulator({ workbook: { ...emptyWorkbook(), customXmlParts: [lain] } });
    await emu.run((c) => writePengaturan(c, contoh()));
    expect(await emu.run((c) => readPengaturan(c, 2026))).toMatchObject({ kind: "ok" });
    expect(emu.snapshot().customXmlParts).toEqual([lain, expect.objectContaining({ namespaceUri: NAMESPACE_PENGATURAN })]);
  });

  it("reports a damaged part as rusak and a save replaces it", async () => {
    const emu = denganBagian(`<pengaturan xmlns="${NAMESPACE_PENGATURAN}"><instansi><kabupaten>Mal`);
    expect(await emu.run((c) => readPengaturan(c, 2026))).toMatchObject({ kind: "rusak", alasan: "tidak-lengkap" });
    await emu.run((c) => writePengaturan(c, contoh()));
    expect(await emu.run((c) => readPengaturan(c, 2026))).toEqual({ kind: "ok", pengaturan: contoh(), peringatan: [] });
    expect(emu.snapshot().customXmlParts).toHaveLength(1);
  });

  it("refuses to guess between two settings parts, and does not add a third", async () => {
    const xml = pengaturanKeXml(contoh());
    const emu = denganBagian(xml, xml);
    expect(await emu.run((c) => readPengaturan(c, 2026))).toEqual({ kind: "ganda", jumlah: 2 });
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(await emu.run((c) => writePengaturan(c, contoh()))).toEqual({ kind: "ganda", jumlah: 2 });
    expect(emu.snapshot().customXmlParts).toHaveLength(2);
  });

  it("surfaces an injected fault as a classified Office error", async () => {
    const emu = createExcelEmulator();
    emu.failNextSync("AccessDenied");
    const error = await emu.run((c) => writePengaturan(c, contoh())).catch((e: unknown) => e);
    expect(classifyOfficeError(error)).toMatchObject({ kind: "office", code: "AccessDenied" });
  });

  it("leaves the workbook unchanged when the writing sync fails", async () => {
    const emu = createExcelEmulator();
    emu.failNextSync("RequestPayloadSizeLimitExceeded", { afterSyncs: 1 });
    const error = await emu.run((c) => writePengaturan(c, contoh())).catch((e: unknown) => e);
    expect(classifyOfficeError(error)).toMatchObject({ kind: "office", code: "RequestPayloadSizeLimitExceeded" });
    expect(emu.snapshot().customXmlParts).toHaveLength(0);
  });
});
