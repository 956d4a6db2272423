import type { ShapeSnapshot } from "../model";
import { xfrm } from "./export-anchor";
import { boundsOf, routeOf, type Point } from "./export-route";
import { emu, esc, solidFill, type Box } from "./export-xml";

/**
 * One shape of the snapshot as DrawingML (ECMA-376 Part 1, §20.1 and §20.5): geometric shapes and
 * text boxes as xdr:sp with a preset geometry, lines as xdr:cxnSp. Everything is written in spPr
 * and rPr (no xdr:style), so what shows does not depend on the file's theme.
 */

/** Excel.GeometricShapeType → ST_ShapeType where the names differ by more than the first letter. */
const PRESET_NAMES: Record<string, string> = {
  Rectangle: "rect", RightTriangle: "rtTriangle", LineInverse: "lineInv", WedgeRRectCallout: "wedgeRoundRectCallout",
};

export function presetOf(type: string | undefined): string {
  if (!type) return "rect";
  const named = PRESET_NAMES[type];
  if (named) return named;
  const name = type.replace(/Diagonal/g, "Diag").replace(/Rectangle/g, "Rect");
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Excel.ShapeLineDashStyle → ST_PresetLineDashVal. */
const DASHES: Record<string, string> = {
  Solid: "solid", Dash: "dash", DashDot: "dashDot", DashDotDot: "sysDashDotDot", LongDash: "lgDash", LongDashDot: "lgDashDot",
  LongDashDotDot: "lgDashDotDot", RoundDot: "sysDot", SquareDot: "sysDot", SystemDash: "sysDash", SystemDot: "sysDot", SystemDashDot: "sysDashDot",
};

/** Excel.ArrowheadStyle → ST_LineEndType. */
const ARROWHEADS: Record<string, string> = { Triangle: "triangle", Stealth: "stealth", Diamond: "diamond", Oval: "oval", Open: "arrow" };

const ALIGN: Record<string, string> = { Left: "l", Center: "ctr", Right: "r", Justify: "just", Distributed: "dist" };
const ANCHOR: Record<string, string> = { Top: "t", Middle: "ctr", Bottom: "b", Justified: "just", Distributed: "dist" };

function outline(s: ShapeSnapshot, ends = ""): string {
  if (!s.lineColor) return `<a:ln><a:noFill/></a:ln>`;
  const dash = DASHES[s.lineDashStyle ?? "Solid"] ?? "solid";
  const cap = s.lineDashStyle === "RoundDot" ? ` cap="rnd"` : "";
  return `<a:ln w="${emu(s.lineWeight ?? 0.75)}"${cap}>${solidFill(s.lineColor)}<a:prstDash val="${dash}"/>${ends}</a:ln>`;
}

const arrowhead = (tag: string, style: string | undefined) =>
  style && ARROWHEADS[style] ? `<a:${tag} type="${ARROWHEADS[style]}" w="med" len="med"/>` : "";

const nvProps = (s: ShapeSnapshot, id: number) =>
  `<xdr:cNvPr id="${id}" name="${esc(s.name)}"${s.altTextDescription ? ` descr="${esc(s.altTextDescription)}"` : ""}${s.visible === false ? ` hidden="1"` : ""}/>`;

/** The shape's text, placed as Excel places it: shapes centred, text boxes top left by default. */
function textBody(s: ShapeSnapshot): string {
  const box = s.kind === "textBox";
  const algn = ALIGN[s.textHorizontalAlignment ?? (box ? "Left" : "Center")] ?? "ctr";
  const anchor = ANCHOR[s.textVerticalAlignment ?? (box ? "Top" : "Middle")] ?? "ctr";
  const size = Math.round((s.fontSize ?? 11) * 100);
  // Without a font name Excel uses the theme's body font (Calibri); a reader given none picks its own.
  const face = s.fontName ? esc(s.fontName) : "+mn-lt";
  const font = `<a:latin typeface="${face}"/><a:cs typeface="${s.fontName ? face : "+mn-cs"}"/>`;
  const props = (tag: string) =>
    `<a:${tag} lang="id-ID" sz="${size}"${s.fontBold ? ` b="1"` : ""}${s.fontItalic ? ` i="1"` : ""}>${solidFill(s.fontColor ?? "#000000")}${font}</a:${tag}>`;
  const paragraphs = (s.text ?? "").split(/\r\n|\r|\n/).map((line) =>
    `<a:p><a:pPr algn="${algn}"/>${line ? `<a:r>${props("rPr")}<a:t>${esc(line)}</a:t></a:r>` : ""}${props("endParaRPr")}</a:p>`);
  // Insets in EMU; left out, a reader uses the default 7.2 pt (91440 EMU).
  const m = s.textMargins;
  const insets = m ? ` lIns="${emu(m.left)}" tIns="${emu(m.top)}" rIns="${emu(m.right)}" bIns="${emu(m.bottom)}"` : "";
  return `<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="square"${insets} rtlCol="0" anchor="${anchor}"/>` +
    `<a:lstStyle/>${paragraphs.join("")}</xdr:txBody>`;
}

/** A geometric shape or a text box. */
export function shapeXml(s: ShapeSnapshot, id: number): string {
  const geometry = s.kind === "textBox" ? "rect" : presetOf(s.geometricShapeType);
  const fill = s.fill ? solidFill(s.fill) : "<a:noFill/>";
  return `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${nvProps(s, id)}<xdr:cNvSpPr${s.kind === "textBox" ? ` txBox="1"` : ""}/></xdr:nvSpPr>` +
    `<xdr:spPr>${xfrm(s, { rotation: s.rotation })}<a:prstGeom prst="${geometry}"><a:avLst/></a:prstGeom>${fill}${outline(s)}</xdr:spPr>` +
    `${textBody(s)}</xdr:sp>`;
}

/** A route of more than one segment, as an open path in the line's box (EMU from its corner). */
function polyline(points: readonly Point[], box: Box): string {
  const pt = (p: Point) => `<a:pt x="${emu(p.x - box.left)}" y="${emu(p.y - box.top)}"/>`;
  const steps = points.map((p, i) => (i === 0 ? `<a:moveTo>${pt(p)}</a:moveTo>` : `<a:lnTo>${pt(p)}</a:lnTo>`)).join("");
  return `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>` +
    `<a:pathLst><a:path w="${emu(box.width)}" h="${emu(box.height)}" fill="none">${steps}</a:path></a:pathLst></a:custGeom>`;
}

/**
 * A line. One segment is the `line` preset, flipped when its end lies left of or above its begin
 * (the preset runs from the box's top-left to its bottom-right corner). An elbow through the
 * midpoint leaving and entering sideways is `bentConnector3` at its default 50 % bend, flipped
 * the same way. Other elbows (which that preset only draws rotated) are the polyline the preview
 * draws, as a plain xdr:sp: LibreOffice 7.4 ignores a custom geometry on a connector (xdr:cxnSp)
 * and routes it its own way, so only a shape keeps the route the same in every reader.
 */
export function lineXml(s: ShapeSnapshot, id: number, byId: ReadonlyMap<string, ShapeSnapshot>, cNvPrIds: ReadonlyMap<string, number>): { xml: string; box: Box } {
  const route = routeOf(s, byId);
  const box = boundsOf(route);
  const first = route[0], last = route[route.length - 1];
  const flips = { flipH: last.x < first.x, flipV: last.y < first.y, rotation: s.rotation };
  const sideways = route.length === 4 && route[1].y === first.y;
  const geometry = route.length === 2 ? `<a:prstGeom prst="line"><a:avLst/></a:prstGeom>`
    : sideways ? `<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val 50000"/></a:avLst></a:prstGeom>`
      : polyline(route, box);
  const custom = route.length > 2 && !sideways;
  const glue = (tag: string, shapeId: string | undefined, site: number | undefined) => {
    const target = shapeId ? cNvPrIds.get(shapeId) : undefined;
    return target === undefined ? "" : `<a:${tag} id="${target}" idx="${site ?? 0}"/>`;
  };
  const ends = arrowhead("headEnd", s.beginArrowheadStyle) + arrowhead("tailEnd", s.endArrowheadStyle);
  if (custom) {
    const xml = `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${nvProps(s, id)}<xdr:cNvSpPr/></xdr:nvSpPr>` +
      `<xdr:spPr>${xfrm(box, { rotation: s.rotation })}${geometry}<a:noFill/>${outline(s, ends)}</xdr:spPr></xdr:sp>`;
    return { xml, box };
  }
  const xml = `<xdr:cxnSp macro=""><xdr:nvCxnSpPr>${nvProps(s, id)}<xdr:cNvCxnSpPr>` +
    `${glue("stCxn", s.beginConnectedShapeId, s.beginConnectedSite)}${glue("endCxn", s.endConnectedShapeId, s.endConnectedSite)}</xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
    `<xdr:spPr>${xfrm(box, flips)}${geometry}${outline(s, ends)}</xdr:spPr></xdr:cxnSp>`;
  return { xml, box };
}
