/** The .xlsx export writes the SOP flowcharts (shapes, connector lines, labels) and the evaluation chart. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createExcelEmulator } from "../../src/emulator";
import type { ShapeSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/emulator/model";
import { snapshotToXlsx } from "../../src/emulator/xlsx/export";
import { snapshotFromXlsx } from "../../src/emulator/xlsx/import";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
import { all, drawingOf, type El, one, parseXml, readPart, relationships, sheetPart, textOf } from "./export-drawing-support";

let snap: WorkbookSnapshot;
let bytes: Uint8Array;
let zip: JSZip;

beforeAll(async () => {
  const emu = createExcelEmulator();
  await buildSampleWorkbook(emu, { lengkap: true, today: new Date(2026, 9, 15) });
  snap = emu.snapshot();
  bytes = await snapshotToXlsx(snap);
  zip = await JSZip.loadAsync(bytes);
});

const EMU = 12700;
const sopSheets = () => snap.sheets.filter((s) => s.name.startsWith("SOP "));
const sheetNamed = (prefix: string): SheetSnapshot => {
  const s = snap.sheets.find((x) => x.name.startsWith(prefix));
  if (!s) throw new Error(`no sheet ${prefix}`);
  return s;
};
/** The anchor (xdr:twoCellAnchor) holding the object named so. */
const anchorOf = (drawing: El, name: string): El => {
  const found = all(drawing, "xdr:twoCellAnchor").find((a) => all(a, "xdr:cNvPr").some((p) => p.attrs.name === name));
  if (!found) throw new Error(`no drawing object ${name}`);
  return found;
};
const offExt = (a: El) => {
  const x = all(a, "a:xfrm")[0] ?? one(a, "xdr:xfrm");
  return { x: Number(one(x, "a:off").attrs.x), y: Number(one(x, "a:off").attrs.y), cx: Number(one(x, "a:ext").attrs.cx), cy: Number(one(x, "a:ext").attrs.cy), flipH: x.attrs.flipH, flipV: x.attrs.flipV };
};

describe("xlsx export of shapes and charts", () => {
  it("finds the SOP flowcharts and the chart it must write in the sample workbook", () => {
    expect(sopSheets()).toHaveLength(7);
    expect(sopSheets().every((s) => s.shapes.length > 0)).toBe(true);
    expect(snap.sheets.flatMap((s) => s.charts)).toHaveLength(1);
  });

  it("links one drawing part per SOP sheet: <drawing r:id> in CT_Worksheet order, its relationship and content type", async () => {
    const types = parseXml(await readPart(zip, "[Content_Types].xml"));
    const overrides = new Map(all(types, "Override").map((o) => [o.attrs.PartName, o.attrs.ContentType]));
    for (const sheet of sopSheets()) {
      const part = await sheetPart(zip, sheet.name);
      const ws = parseXml(await readPart(zip, part));
      const names = one(ws, "worksheet").children.map((c) => c.name);
      expect(names.filter((n) => n === "drawing")).toHaveLength(1);
      for (const before of ["sheetData", "pageMargins", "pageSetup", "headerFooter", "rowBreaks"]) {
        if (names.includes(before)) expect(names.indexOf(before)).toBeLessThan(names.indexOf("drawing"));
      }
      for (const after of ["legacyDrawing", "tableParts", "extLst"]) {
        if (names.includes(after)) expect(names.indexOf(after)).toBeGreaterThan(names.indexOf("drawing"));
      }
      const { path } = await drawingOf(zip, sheet.name);
      expect(path).toMatch(/^xl\/drawings\/drawing\d+\.xml$/);
      expect(overrides.get(`/${path}`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
      const rel = [...(await relationships(zip, part)).values()].find((r) => r.target === path);
      expect(rel?.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
    }
    // Sheets without shapes or charts get no drawing.
    const dataPart = parseXml(await readPart(zip, await sheetPart(zip, "Data Kinerja")));
    expect(all(dataPart, "drawing")).toHaveLength(0);
  });

  it("writes one xdr:sp per shape and text box and one xdr:cxnSp per line, each in its own anchor", async () => {
    for (const sheet of sopSheets()) {
      const { xml } = await drawingOf(zip, sheet.name);
      const lines = sheet.shapes.filter((s) => s.kind === "line");
      expect(all(xml, "xdr:sp")).toHaveLength(sheet.shapes.length - lines.length);
      expect(all(xml, "xdr:cxnSp")).toHaveLength(lines.length);
      expect(all(xml, "xdr:twoCellAnchor")).toHaveLength(sheet.shapes.length);
      const ids = all(xml, "xdr:cNvPr").map((p) => p.attrs.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("writes the SOP symbols with their preset geometry, position and size in EMU, outline, fill and text", async () => {
    const sheet = sheetNamed("SOP 06");
    const { xml } = await drawingOf(zip, sheet.name);
    const expected: [string, string][] = [["FlowChartTerminator", "flowChartTerminator"], ["Rectangle", "rect"], ["Diamond", "diamond"], ["FlowChartOffpageConnector", "flowChartOffpageConnector"]];
    for (const [type, preset] of expected) {
      const shape = sheet.shapes.find((s) => s.geometricShapeType === type) as ShapeSnapshot;
      const a = anchorOf(xml, shape.name);
      expect(one(a, "a:prstGeom").attrs.prst).toBe(preset);
      expect(offExt(a)).toMatchObject({ x: Math.round(shape.left * EMU), y: Math.round(shape.top * EMU), cx: Math.round(shape.width * EMU), cy: Math.round(shape.height * EMU) });
      expect(one(one(a, "xdr:spPr"), "a:srgbClr").attrs.val).toBe("FFFFFF");
      const ln = one(a, "a:ln");
      expect(ln.attrs.w).toBe(String(EMU));
      expect(one(ln, "a:srgbClr").attrs.val).toBe("000000");
    }
    const mulai = anchorOf(xml, "Evapor simbol:L1");
    expect(textOf(one(mulai, "xdr:txBody")).trim()).toBe("Mulai");
    expect(one(mulai, "a:rPr").attrs.sz).toBe("700");
    expect(one(mulai, "a:pPr").attrs.algn).toBe("ctr");
    expect(one(mulai, "a:bodyPr").attrs.anchor).toBe("ctr");
  });

  it("anchors each object to the cells under it, so it stays in its pelaksana column", async () => {
    const sheet = sheetNamed("SOP 01");
    const { xml } = await drawingOf(zip, sheet.name);
    const start = (sizes: (i: number) => number, i: number) => Array.from({ length: i }, (_, k) => sizes(k)).reduce((a, b) => a + b, 0);
    const colStart = (c: number) => start((k) => sheet.columnWidths[k] ?? sheet.standardWidth, c);
    const rowStart = (r: number) => start((k) => sheet.rowHeights[k] ?? sheet.standardHeight, r);
    for (const shape of sheet.shapes.filter((s) => s.kind !== "line")) {
      const from = one(anchorOf(xml, shape.name), "xdr:from");
      const n = (tag: string) => Number(textOf(one(from, tag)));
      const col = n("xdr:col"), row = n("xdr:row");
      expect(colStart(col) + n("xdr:colOff") / EMU).toBeCloseTo(shape.left, 3);
      expect(rowStart(row) + n("xdr:rowOff") / EMU).toBeCloseTo(shape.top, 3);
      expect(n("xdr:colOff") / EMU).toBeLessThan(sheet.columnWidths[col] ?? sheet.standardWidth);
    }
  });

  it("writes the connector lines as flipped line presets ending in a triangle arrowhead where the plan has one", async () => {
    const sheet = sheetNamed("SOP 06");
    const { xml } = await drawingOf(zip, sheet.name);
    const lines = sheet.shapes.filter((s) => s.kind === "line");
    const arrows = lines.filter((l) => l.endArrowheadStyle === "Triangle");
    expect(arrows.length).toBeGreaterThan(5);
    expect(all(xml, "a:tailEnd").filter((t) => t.attrs.type === "triangle")).toHaveLength(arrows.length);
    expect(all(xml, "a:headEnd")).toHaveLength(0);
    for (const l of lines) {
      const a = anchorOf(xml, l.name);
      expect(one(a, "a:prstGeom").attrs.prst).toBe("line");
      const x = offExt(a);
      const [bx, by, ex, ey] = [l.beginX ?? 0, l.beginY ?? 0, l.endX ?? 0, l.endY ?? 0];
      expect(x).toMatchObject({ x: Math.round(Math.min(bx, ex) * EMU), y: Math.round(Math.min(by, ey) * EMU), cx: Math.round(Math.abs(ex - bx) * EMU), cy: Math.round(Math.abs(ey - by) * EMU) });
      expect(x.flipH).toBe(ex < bx ? "1" : undefined);
      expect(x.flipV).toBe(ey < by ? "1" : undefined);
    }
    // The "Tidak" branch runs right, up, then left back into step 5.
    const naik = anchorOf(xml, "Evapor panah:simbol:L6>simbol:L5:tidak.2");
    expect(offExt(naik).flipV).toBe("1");
    const kiri = anchorOf(xml, "Evapor panah:simbol:L6>simbol:L5:tidak.3");
    expect(offExt(kiri).flipH).toBe("1");
    expect(one(kiri, "a:tailEnd").attrs.type).toBe("triangle");
  });

  it("writes the Ya / Tidak labels as text boxes without fill or outline", async () => {
    const sheet = sheetNamed("SOP 06");
    const { xml } = await drawingOf(zip, sheet.name);
    const labels = sheet.shapes.filter((s) => s.kind === "textBox");
    expect(labels.map((l) => l.text)).toEqual(["Ya", "Tidak"]);
    for (const l of labels) {
      const a = anchorOf(xml, l.name);
      expect(one(a, "xdr:cNvSpPr").attrs.txBox).toBe("1");
      expect(all(one(a, "xdr:spPr"), "a:noFill")).toHaveLength(2);
      expect(textOf(one(a, "xdr:txBody")).trim()).toBe(l.text);
      // Sized for 8-point text with no inner margins (src/excel/rencana/bentuk.ts).
      expect(one(a, "a:bodyPr").attrs).toMatchObject({ lIns: "0", tIns: "0", rIns: "0", bIns: "0" });
      expect(one(a, "a:rPr").attrs.sz).toBe("800");
    }
  });

  it("writes the evaluation chart: clustered columns for Capaian, a line for the 100% target, on the sheet's cells", async () => {
    const sheet = sheetNamed("Evaluasi TW");
    const chart = sheet.charts[0];
    const { path, xml } = await drawingOf(zip, sheet.name);
    const frame = anchorOf(xml, chart.name);
    expect(offExt(frame)).toMatchObject({ x: chart.left * EMU, y: chart.top * EMU, cx: chart.width * EMU, cy: chart.height * EMU });
    const rId = one(frame, "c:chart").attrs["r:id"];
    const rel = (await relationships(zip, path)).get(rId);
    expect(rel?.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    const types = await readPart(zip, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/${rel?.target}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    const c = parseXml(await readPart(zip, rel?.target ?? ""));
    expect(textOf(one(one(c, "c:chart"), "c:title"))).toBe(chart.title);
    const q = `'${sheet.name}'`;
    const bar = one(c, "c:barChart");
    expect(one(bar, "c:barDir").attrs.val).toBe("col");
    expect(one(bar, "c:grouping").attrs.val).toBe("clustered");
    const [capaian] = all(bar, "c:ser");
    expect(all(bar, "c:ser")).toHaveLength(1);
    expect(textOf(one(capaian, "c:tx"))).toBe("Capaian (%)");
    expect(textOf(one(one(capaian, "c:cat"), "c:f"))).toBe(`${q}!$L$23:$L$29`);
    expect(textOf(one(one(capaian, "c:val"), "c:f"))).toBe(`${q}!$M$23:$M$29`);
    const cached = all(one(capaian, "c:numCache"), "c:pt").map((p) => Number(textOf(p)));
    expect(cached).toHaveLength(7);
    expect(cached[0]).toBeCloseTo(96.11, 2);
    const line = one(c, "c:lineChart");
    const target = one(line, "c:ser");
    expect(textOf(one(target, "c:tx"))).toBe("Target 100%");
    expect(textOf(one(one(target, "c:val"), "c:f"))).toBe(`${q}!$N$23:$N$29`);
    // Both chart groups on the one pair of axes.
    const axes = (g: El) => all(g, "c:axId").map((a) => a.attrs.val);
    expect(axes(line)).toEqual(axes(bar));
    expect(all(c, "c:catAx").map((a) => one(a, "c:axId").attrs.val)).toEqual([axes(bar)[0]]);
    expect(all(c, "c:valAx").map((a) => one(a, "c:axId").attrs.val)).toEqual([axes(bar)[1]]);
    expect(one(c, "c:legend")).toBeDefined();
  });

  it("keeps every part well-formed XML", async () => {
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts.filter((p) => p.startsWith("xl/drawings/")).length).toBeGreaterThanOrEqual(8);
    for (const p of parts) {
      const xml = await readPart(zip, p);
      expect(() => parseXml(xml)).not.toThrow();
    }
    expect(() => parseXml("<a><b></a>")).toThrow();
  });

  it("still opens with ExcelJS and with Evapor's own importer, every cell intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(snap.sheets.map((s) => s.name));
    const back = await snapshotFromXlsx(bytes);
    for (const sheet of snap.sheets) {
      const read = back.sheets.find((s) => s.name === sheet.name);
      const shown = (s: SheetSnapshot) => s.cells.filter((c) => c.formula !== undefined || c.value !== null).map((c) => [c.row, c.col, c.formula ?? c.value]);
      expect(read && shown(read)).toEqual(shown(sheet));
    }
  });
});
