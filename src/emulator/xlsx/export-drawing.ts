import JSZip from "jszip";
import type { SheetSnapshot, WorkbookSnapshot } from "../model";
import { anchor, gridOf, xfrm } from "./export-anchor";
import { chartXml } from "./export-chart";
import { lineXml, shapeXml } from "./export-shape";
import { esc, NS, XML_DECLARATION } from "./export-xml";

/**
 * Shapes, connector lines and charts in the .xlsx package. ExcelJS writes neither, so they are
 * added to its zip as Excel lays them out (ECMA-376 Part 1, §12.3.8 and §12.3.3): per sheet a
 * drawing part xl/drawings/drawingN.xml, the sheet's <drawing r:id> with its relationship, a chart
 * part per chart related from the drawing, and a content type override for each new part.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** CT_Worksheet elements that follow <drawing>: it goes before the first of them present. */
const AFTER_DRAWING = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/;

const unescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The drawing part of one sheet and its charts' parts (named by number from `firstChart`). */
export function drawingXml(sheet: SheetSnapshot, firstChart: number): { drawing: string; rels: string; charts: string[] } {
  const grid = gridOf(sheet);
  const anchors: string[] = [];
  const rels: string[] = [];
  const charts: string[] = [];
  let nextId = 2;
  // Charts under the shapes, as the preview draws them.
  for (const c of sheet.charts) {
    const rId = `rId${charts.length + 1}`;
    charts.push(chartXml(c, sheet));
    rels.push(`<Relationship Id="${rId}" Type="${REL}/chart" Target="../charts/chart${firstChart + charts.length - 1}.xml"/>`);
    const frame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${nextId++}" name="${esc(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `${xfrm(c, { tag: "xdr:xfrm" })}<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
    anchors.push(anchor(grid, c, frame));
  }
  const ordered = [...sheet.shapes].sort((a, b) => (a.zOrderPosition ?? 0) - (b.zOrderPosition ?? 0));
  const ids = new Map<string, number>();
  for (const s of ordered) ids.set(s.id, nextId++);
  const byId = new Map(sheet.shapes.map((s) => [s.id, s]));
  for (const s of ordered) {
    const id = ids.get(s.id) ?? 0;
    if (s.kind === "line") {
      const { xml, box } = lineXml(s, id, byId, ids);
      anchors.push(anchor(grid, box, xml));
    } else {
      anchors.push(anchor(grid, s, shapeXml(s, id)));
    }
  }
  const drawing = `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
  return { drawing, rels: rels.length ? `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${rels.join("")}</Relationships>` : "", charts };
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1], target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1], rId = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = rId ? targets.get(rId) : undefined;
    if (name !== undefined && part) parts.set(unescape(name), part);
  }
  return parts;
}

/** Adds the sheet's <drawing> element and its relationship; returns false when the sheet already has one. */
async function linkDrawing(zip: JSZip, sheetPart: string, drawingNumber: number): Promise<boolean> {
  const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
  if (!sheetXml || /<drawing[\s/>]/.test(sheetXml)) return false;
  const rId = "rIdEvaporDrawing";
  const element = `<drawing r:id="${rId}"/>`;
  const at = AFTER_DRAWING.exec(sheetXml);
  const withDrawing = at ? sheetXml.slice(0, at.index) + element + sheetXml.slice(at.index) : sheetXml.replace("</worksheet>", `${element}</worksheet>`);
  const declared = /<worksheet\b[^>]*\bxmlns:r=/.test(withDrawing) ? withDrawing : withDrawing.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
  zip.file(sheetPart, declared);
  const relsPath = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const rel = `<Relationship Id="${rId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNumber}.xml"/>`;
  const existing = await zip.file(relsPath)?.async("string");
  zip.file(relsPath, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`)
    : `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${rel}</Relationships>`);
  return true;
}

/** The zip with every sheet's shapes and charts added; unchanged when there are none. */
export async function addDrawings(xlsx: Uint8Array, snap: WorkbookSnapshot): Promise<Uint8Array> {
  const sheets = snap.sheets.filter((s) => s.shapes.length + s.charts.length > 0);
  if (sheets.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  const taken = (prefix: string) => Object.keys(zip.files).filter((p) => p.startsWith(prefix) && p.endsWith(".xml")).length;
  let drawingNumber = taken("xl/drawings/drawing"), chartNumber = taken("xl/charts/chart") + 1;
  const overrides: string[] = [];
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    if (!part || !(await linkDrawing(zip, part, drawingNumber + 1))) continue;
    drawingNumber += 1;
    const { drawing, rels, charts } = drawingXml(sheet, chartNumber);
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawing);
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="${DRAWING_TYPE}"/>`);
    if (rels) zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, rels);
    for (const chart of charts) {
      zip.file(`xl/charts/chart${chartNumber}.xml`, chart);
      overrides.push(`<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CHART_TYPE}"/>`);
      chartNumber += 1;
    }
  }
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
