/** Connector routes, glue, text and odd names in the exported drawing, against the preview's drawing of the same lines. */
import JSZip from "jszip";
import { createExcelEmulator } from "../../src/emulator";
import type { ShapeSnapshot } from "../../src/emulator/model";
import { snapshotToXlsx } from "../../src/emulator/xlsx/export";
import { presetOf } from "../../src/emulator/xlsx/export-shape";
import { connectorPath, lineEnds } from "../../src/preview/shape-geometry";
import { all, drawingOf, type El, one, parseXml, readPart, relationships, sheetPart, textOf } from "./export-drawing-support";

const EMU = 12700;
type Pt = { x: number; y: number };

/** Boxes in four places, joined by elbow connectors glued to different sites, on a sheet with a table. */
async function alur() {
  const emu = createExcelEmulator();
  await emu.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.name = "Alur & <Uji>";
    sheet.getRange("A1:B3").values = [["Langkah", "Waktu"], ["Terima", 1], ["Periksa", 2]];
    sheet.tables.add("A1:B3", true);
    const shapes = context.workbook.worksheets.getActiveWorksheet().shapes;
    const box = (name: string, left: number, top: number, type: "Rectangle" | "Ellipse" = "Rectangle") => {
      const s = shapes.addGeometricShape(type);
      s.name = name;
      s.left = left; s.top = top; s.width = 80; s.height = 40;
      return s;
    };
    const a = box("A", 50, 50), b = box("B", 250, 150), c = box("C", 60, 300, "Ellipse"), d = box("D", 300, 320);
    a.textFrame.textRange.text = "Terima & \"cek\" <berkas>\nbaris dua";
    a.textFrame.textRange.font.bold = true;
    a.textFrame.textRange.font.size = 9;
    a.textFrame.textRange.font.name = "Arial";
    d.visible = false;
    const elbow = (name: string, from: Excel.Shape, fromSite: number, to: Excel.Shape, toSite: number) => {
      const l = shapes.addLine(0, 0, 1, 1, "Elbow");
      l.name = name;
      l.line.connectBeginShape(from, fromSite);
      l.line.connectEndShape(to, toSite);
      l.line.endArrowheadStyle = "Triangle";
      return l;
    };
    elbow("samping", a, 3, b, 1);
    elbow("balik", b, 1, a, 3).line.beginArrowheadStyle = "Stealth";
    elbow("turun", a, 2, c, 0);
    elbow("belok", b, 2, d, 1);
    const lepas = shapes.addLine(400, 50, 350, 120, "Elbow");
    lepas.name = "lepas";
    lepas.lineFormat.dashStyle = "Dash";
    lepas.lineFormat.weight = 2;
    await context.sync();
  });
  const snap = emu.snapshot();
  const zip = await JSZip.loadAsync(await snapshotToXlsx(snap));
  const sheet = snap.sheets[0];
  return { sheet, zip, drawing: (await drawingOf(zip, sheet.name)).xml };
}

const anchorOf = (drawing: El, name: string): El => {
  const found = all(drawing, "xdr:twoCellAnchor").find((a) => all(a, "xdr:cNvPr").some((p) => p.attrs.name === name));
  if (!found) throw new Error(`no drawing object ${name}`);
  return found;
};

/** The points the file's line runs through, in points on the sheet. */
function drawnRoute(a: El): Pt[] {
  const x = one(a, "a:xfrm");
  const off = { x: Number(one(x, "a:off").attrs.x) / EMU, y: Number(one(x, "a:off").attrs.y) / EMU };
  const w = Number(one(x, "a:ext").attrs.cx) / EMU, h = Number(one(x, "a:ext").attrs.cy) / EMU;
  const custom = all(a, "a:custGeom");
  if (custom.length > 0) return all(custom[0], "a:pt").map((p) => ({ x: off.x + Number(p.attrs.x) / EMU, y: off.y + Number(p.attrs.y) / EMU }));
  const preset = one(a, "a:prstGeom").attrs.prst;
  const local: Pt[] = preset === "bentConnector3" ? [{ x: 0, y: 0 }, { x: w / 2, y: 0 }, { x: w / 2, y: h }, { x: w, y: h }] : [{ x: 0, y: 0 }, { x: w, y: h }];
  return local.map((p) => ({ x: off.x + (x.attrs.flipH ? w - p.x : p.x), y: off.y + (x.attrs.flipV ? h - p.y : p.y) }));
}

/** The preview's SVG path ("M x,y V y H x …") as points. */
function previewRoute(line: ShapeSnapshot, shapes: ShapeSnapshot[]): Pt[] {
  const d = connectorPath(lineEnds(line, new Map(shapes.map((s) => [s.id, s]))), line.connectorType);
  const pts: Pt[] = [];
  for (const [, cmd, args] of d.matchAll(/([MLVH])\s*([^MLVH]+)/g)) {
    const last = pts[pts.length - 1];
    const n = args.trim().split(/[ ,]+/).map(Number);
    if (cmd === "V") pts.push({ x: last.x, y: n[0] });
    else if (cmd === "H") pts.push({ x: n[0], y: last.y });
    else pts.push({ x: n[0], y: n[1] });
  }
  return pts;
}

const close = (a: Pt[], b: Pt[]) => {
  expect(a).toHaveLength(b.length);
  a.forEach((p, i) => {
    expect(p.x).toBeCloseTo(b[i].x, 2);
    expect(p.y).toBeCloseTo(b[i].y, 2);
  });
};

describe("xlsx export of connectors and shape details", () => {
  it("draws every elbow along the preview's route: bentConnector3 when it leaves and enters sideways, else the same polyline", async () => {
    const { sheet, drawing } = await alur();
    const lines = sheet.shapes.filter((s) => s.kind === "line");
    expect(lines).toHaveLength(5);
    for (const l of lines) close(drawnRoute(anchorOf(drawing, l.name)), previewRoute(l, sheet.shapes));
    const preset = (name: string) => all(anchorOf(drawing, name), "a:prstGeom")[0]?.attrs.prst ?? "custGeom";
    expect(["samping", "balik", "turun", "belok", "lepas"].map(preset)).toEqual(["bentConnector3", "bentConnector3", "custGeom", "custGeom", "custGeom"]);
    // A polyline is a plain shape: LibreOffice reroutes a connector (xdr:cxnSp) with a custom geometry its own way.
    const element = (name: string) => anchorOf(drawing, name).children[2].name;
    expect(["samping", "balik", "turun", "belok", "lepas"].map(element)).toEqual(["xdr:cxnSp", "xdr:cxnSp", "xdr:sp", "xdr:sp", "xdr:sp"]);
    const balik = one(anchorOf(drawing, "balik"), "a:xfrm").attrs;
    expect([balik.flipH, balik.flipV]).toEqual(["1", "1"]);
    expect(previewRoute(lines[2], sheet.shapes)).toHaveLength(4);
    expect(previewRoute(lines[3], sheet.shapes)).toHaveLength(3);
  });

  it("glues connectors to their shapes' connection sites and puts arrowheads at the right ends", async () => {
    const { drawing } = await alur();
    const id = (name: string) => one(anchorOf(drawing, name), "xdr:cNvPr").attrs.id;
    const samping = anchorOf(drawing, "samping");
    expect(one(samping, "a:stCxn").attrs).toEqual({ id: id("A"), idx: "3" });
    expect(one(samping, "a:endCxn").attrs).toEqual({ id: id("B"), idx: "1" });
    const balik = anchorOf(drawing, "balik");
    expect(one(balik, "a:headEnd").attrs.type).toBe("stealth");
    expect(one(balik, "a:tailEnd").attrs.type).toBe("triangle");
    const lepas = anchorOf(drawing, "lepas");
    expect(all(lepas, "a:stCxn")).toHaveLength(0);
    expect(one(lepas, "a:ln").attrs.w).toBe(String(2 * EMU));
    expect(one(lepas, "a:prstDash").attrs.val).toBe("dash");
    expect(all(one(lepas, "xdr:spPr"), "a:noFill")).toHaveLength(1);
  });

  it("escapes text and names, keeps line breaks, font, bold and size, and hides hidden shapes", async () => {
    const { drawing, zip, sheet } = await alur();
    const a = anchorOf(drawing, "A");
    expect(all(a, "a:p").map((p) => textOf(p))).toEqual(['Terima & "cek" <berkas>', "baris dua"]);
    expect(one(a, "a:rPr").attrs).toMatchObject({ sz: "900", b: "1" });
    expect(one(a, "a:latin").attrs.typeface).toBe("Arial");
    expect(one(anchorOf(drawing, "C"), "a:prstGeom").attrs.prst).toBe("ellipse");
    expect(one(anchorOf(drawing, "D"), "xdr:cNvPr").attrs.hidden).toBe("1");
    // Default shapes keep Office's accent fill and white text.
    expect(one(one(anchorOf(drawing, "C"), "xdr:spPr"), "a:srgbClr").attrs.val).toBe("4472C4");
    expect(parseXml(await readPart(zip, await sheetPart(zip, sheet.name)))).toBeDefined();
  });

  it("extends the sheet's relationships ExcelJS wrote for the table, with <drawing> before <tableParts>", async () => {
    const { zip, sheet } = await alur();
    const part = await sheetPart(zip, sheet.name);
    const types = [...(await relationships(zip, part)).values()].map((r) => r.type.replace(/.*\//, "")).sort();
    expect(types).toEqual(["drawing", "table"]);
    const names = one(parseXml(await readPart(zip, part)), "worksheet").children.map((c) => c.name);
    expect(names.indexOf("drawing")).toBeGreaterThan(names.indexOf("pageSetup"));
    expect(names.indexOf("drawing")).toBeLessThan(names.indexOf("tableParts"));
  });

  it("maps Excel's geometric shape names to DrawingML presets", () => {
    expect(["Rectangle", "RoundRectangle", "RightTriangle", "Snip2DiagonalRectangle", "FlowChartProcess", "FlowChartDecision", "FlowChartTerminator", "FlowChartOffpageConnector", "WedgeRRectCallout", "Star5"].map(presetOf))
      .toEqual(["rect", "roundRect", "rtTriangle", "snip2DiagRect", "flowChartProcess", "flowChartDecision", "flowChartTerminator", "flowChartOffpageConnector", "wedgeRoundRectCallout", "star5"]);
  });
});
