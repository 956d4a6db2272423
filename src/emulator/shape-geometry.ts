import type { ShapeSnapshot } from "./model";

/** Shapes with eight connection sites; Office gives boxes, diamonds, capsules and pentagons four. */
const EIGHT_SITES = new Set(["Ellipse", "FlowChartConnector", "Octagon"]);

export function connectionSiteCount(s: ShapeSnapshot): number {
  if (s.kind === "line") return 0;
  return EIGHT_SITES.has(s.geometricShapeType ?? "") ? 8 : 4;
}

/**
 * A connection site in points on the sheet. Office numbers sites counter-clockwise from the top:
 * 0 top, 1 left, 2 bottom, 3 right; eight-site shapes put the diagonals between.
 */
export function sitePoint(s: ShapeSnapshot, site: number): { x: number; y: number } {
  const cx = s.left + s.width / 2, cy = s.top + s.height / 2;
  if (connectionSiteCount(s) === 8) {
    const angle = -Math.PI / 2 - site * (Math.PI / 4);
    return { x: round(cx + (s.width / 2) * Math.cos(angle)), y: round(cy + (s.height / 2) * Math.sin(angle)) };
  }
  switch (site) {
    case 0: return { x: cx, y: s.top };
    case 1: return { x: s.left, y: cy };
    case 2: return { x: cx, y: s.top + s.height };
    default: return { x: s.left + s.width, y: cy };
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/** A line's bounding box follows its two ends. */
export function placeLine(line: ShapeSnapshot, begin: { x: number; y: number }, end: { x: number; y: number }): void {
  line.beginX = begin.x;
  line.beginY = begin.y;
  line.endX = end.x;
  line.endY = end.y;
  line.left = Math.min(begin.x, end.x);
  line.top = Math.min(begin.y, end.y);
  line.width = Math.abs(end.x - begin.x);
  line.height = Math.abs(end.y - begin.y);
}

/** Moves or resizes a line through its box, keeping which corner each end sits in. */
export function reshapeLine(line: ShapeSnapshot, box: { left: number; top: number; width: number; height: number }): void {
  const bx = line.beginX ?? line.left, by = line.beginY ?? line.top;
  const ex = line.endX ?? line.left + line.width, ey = line.endY ?? line.top + line.height;
  const fx = (x: number) => box.left + (line.width === 0 ? 0 : ((x - line.left) / line.width) * box.width);
  const fy = (y: number) => box.top + (line.height === 0 ? 0 : ((y - line.top) / line.height) * box.height);
  const begin = { x: fx(bx), y: fy(by) }, end = { x: fx(ex), y: fy(ey) };
  placeLine(line, begin, end);
  line.left = box.left;
  line.top = box.top;
  line.width = box.width;
  line.height = box.height;
}

/** Connected ends follow their shapes, as Excel reroutes connectors when a shape moves. */
export function reroute(shapes: ShapeSnapshot[]): void {
  const byId = new Map(shapes.map((s) => [s.id, s]));
  for (const line of shapes) {
    if (line.kind !== "line" || (!line.beginConnectedShapeId && !line.endConnectedShapeId)) continue;
    const b = line.beginConnectedShapeId ? byId.get(line.beginConnectedShapeId) : undefined;
    const e = line.endConnectedShapeId ? byId.get(line.endConnectedShapeId) : undefined;
    const begin = b ? sitePoint(b, line.beginConnectedSite ?? 0) : { x: line.beginX ?? line.left, y: line.beginY ?? line.top };
    const end = e ? sitePoint(e, line.endConnectedSite ?? 0) : { x: line.endX ?? line.left + line.width, y: line.endY ?? line.top + line.height };
    placeLine(line, begin, end);
  }
}
