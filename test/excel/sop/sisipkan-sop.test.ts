/** Inserting and reading SOP sheets on the emulator: shapes, lines, page layout, syncs, round trip. */
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import { layoutFlowchart, PUSTAKA_SOP, type Sop } from "../../../src/domain/sop";
import { namaLembarSop } from "../../../src/domain/sop/lembar";
import { bacaSopDariLembar } from "../../../src/excel/sop/baca-sop";
import { sisipkanSop } from "../../../src/excel/sop/sisipkan-sop";
import { mulberry32, sopAcak } from "../../domain/sop/layout/acak";

const janapria = PUSTAKA_SOP.find((e) => e.id.startsWith("janapria"))?.sop as Sop;

async function sisipkan(emu: ExcelEmulator, sop: Sop, kertas: "A4" | "F4" = "A4", lain: { ganti?: boolean; namaLembar?: string } = {}) {
  return emu.run((c) => sisipkanSop(c, sop, { kertas, ...lain }));
}

const lembar = (emu: ExcelEmulator, nama: string) => {
  const s = emu.snapshot().sheets.find((x) => x.name === nama);
  if (!s) throw new Error(`no sheet ${nama}`);
  return s;
};

describe("sisipkanSop", () => {
  it("draws one symbol per step inside its pelaksana cell, connectors, arrows and labels", async () => {
    const emu = createExcelEmulator();
    const hasil = await sisipkan(emu, janapria);
    const nama = namaLembarSop(janapria);
    expect(hasil).toEqual({ kind: "ok", namaLembar: nama });
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const s = lembar(emu, nama);
    const lebar = (c: number) => s.columnWidths[c] ?? s.standardWidth;
    const tinggi = (r: number) => s.rowHeights[r] ?? s.standardHeight;
    const x0 = (c: number) => Array.from({ length: c }, (_, i) => lebar(i)).reduce((a, b) => a + b, 0);
    const y0 = (r: number) => Array.from({ length: r }, (_, i) => tinggi(i)).reduce((a, b) => a + b, 0);
    const simbol = s.shapes.filter((x) => x.name.startsWith("Evapor simbol:"));
    expect(simbol).toHaveLength(janapria.langkah.length);
    const tata = layoutFlowchart(janapria, { kertas: "A4" });
    expect(s.shapes.filter((x) => x.name.startsWith("Evapor konektor:"))).toHaveLength(tata.halaman.flatMap((h) => h.konektor).length);
    const barisNo = s.cells.find((c) => c.value === "NO")?.row ?? -1;
    janapria.langkah.forEach((l, i) => {
      const sh = simbol.find((x) => x.name.endsWith(`simbol:${l.id}`));
      expect(sh).toBeDefined();
      if (!sh) return;
      const barisLangkah = s.cells.find((c) => c.col === 0 && c.row > barisNo + 2 && c.value === i + 1)?.row ?? -1;
      expect(sh.left).toBeGreaterThanOrEqual(x0(2 + Math.min(...l.pelaksana)) - 0.01);
      expect(sh.left + sh.width).toBeLessThanOrEqual(x0(3 + Math.max(...l.pelaksana)) + 0.01);
      expect(sh.top).toBeGreaterThanOrEqual(y0(barisLangkah) - 0.01);
      expect(sh.top + sh.height).toBeLessThanOrEqual(y0(barisLangkah + 1) + 0.01);
    });
    const garis = s.shapes.filter((x) => x.kind === "line");
    expect(garis.length).toBeGreaterThanOrEqual(tata.halaman.flatMap((h) => h.panah).length);
    expect(garis.filter((g) => g.endArrowheadStyle !== undefined && g.endArrowheadStyle !== "None").length)
      .toBeGreaterThanOrEqual(tata.halaman.flatMap((h) => h.panah).length);
    const teks = s.shapes.map((x) => x.text);
    expect(teks).toContain("Ya");
    expect(teks).toContain("Tidak");
    // The labels are sized for 8-point text alone: no inner margins, or "Ya" breaks over two lines.
    const label = s.shapes.filter((x) => x.name.startsWith("Evapor label"));
    expect(label.length).toBeGreaterThanOrEqual(2);
    for (const l of label) {
      expect(l.fontSize).toBe(8);
      expect(l.textMargins).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
      expect(l.width).toBeGreaterThanOrEqual((l.text ?? "").length * 4.5);
    }
  });

  it("prints F4 as Folio, landscape, one page wide, header rows repeated", async () => {
    const emu = createExcelEmulator();
    await sisipkan(emu, janapria, "F4");
    const p = lembar(emu, namaLembarSop(janapria)).pageLayout;
    expect(p.orientation).toBe("Landscape");
    expect(p.paperSize).toBe("Folio");
    expect(p.zoom.horizontalFitToPages).toBe(1);
    expect(p.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(p.rowPageBreaks.length).toBeGreaterThanOrEqual(1);
  });

  it("refuses an existing name without ganti and a bad name; replaces with ganti", async () => {
    const emu = createExcelEmulator();
    await sisipkan(emu, janapria);
    const nama = namaLembarSop(janapria);
    expect(await sisipkan(emu, janapria)).toEqual({ kind: "sudah-ada", namaLembar: nama });
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(await sisipkan(emu, janapria, "A4", { namaLembar: "a/b" })).toEqual({ kind: "nama-tidak-sah", namaLembar: "a/b" });
    expect(await sisipkan(emu, janapria, "A4", { ganti: true })).toEqual({ kind: "ok", namaLembar: nama });
    expect(emu.snapshot().sheets.filter((x) => x.name === nama)).toHaveLength(1);
  });

  it("inserts a 100-step SOP in at most 2 syncs under 5 MB per request", async () => {
    const emu = createExcelEmulator();
    const sop = sopAcak(mulberry32(11), { langkah: 100, pelaksana: 5, keputusan: 0.25, bersama: 0.15 });
    expect((await sisipkan(emu, sop)).kind).toBe("ok");
    const run = emu.lastRun();
    expect(run?.syncs).toBeLessThanOrEqual(2);
    expect(run?.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("bacaSopDariLembar", () => {
  it.each(PUSTAKA_SOP.map((e) => [e.id, e.sop] as const))("round-trips %s through the sheet", async (_id, sop) => {
    const emu = createExcelEmulator();
    await sisipkan(emu, sop);
    const baca = await emu.run((c) => bacaSopDariLembar(c));
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    expect(baca).toEqual({ kind: "ok", sop, namaLembar: namaLembarSop(sop) });
    if (baca.kind !== "ok") return;
    const emu2 = createExcelEmulator();
    await sisipkan(emu2, baca.sop);
    expect(await emu2.run((c) => bacaSopDariLembar(c))).toEqual(baca);
  });

  it("reads edits a user made in the cells", async () => {
    const emu = createExcelEmulator();
    await sisipkan(emu, janapria);
    await emu.run(async (c) => {
      const ws = c.workbook.worksheets.getActiveWorksheet();
      const r = lembar(emu, namaLembarSop(janapria)).cells.find((x) => x.value === janapria.langkah[0].kegiatan)?.row ?? 0;
      ws.getCell(r, 1).values = [["Mulai rapat"]];
      await c.sync();
    });
    const baca = await emu.run((c) => bacaSopDariLembar(c));
    expect(baca.kind === "ok" && baca.sop.langkah[0].kegiatan).toBe("Mulai rapat");
  });

  it("says so for a sheet that is not an SOP sheet", async () => {
    const emu = createExcelEmulator();
    expect(await emu.run((c) => bacaSopDariLembar(c))).toEqual({ kind: "bukan-lembar-sop", namaLembar: "Sheet1" });
    await emu.run(async (c) => {
      c.workbook.worksheets.getActiveWorksheet().getRange("B2:C3").values = [["NO", "KEGIATAN"], [1, "Mulai"]];
      await c.sync();
    });
    expect(await emu.run((c) => bacaSopDariLembar(c))).toEqual({ kind: "bukan-lembar-sop", namaLembar: "Sheet1" });
  });
});
