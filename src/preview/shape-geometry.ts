import type { ShapeSnapshot } from "../emulator/model";

/**
 * Geometry of the shapes Evapor draws (the SOP AP symbols of Permenpan RB 35/2012 and plain
 * boxes), in the units given: the outline of each symbol, its connection sites, and the route of
 * a connector between two sites.
 */

/** SVG path of a symbol filling a w × h box at the origin. */
export function outline(type: string | undefined, w: number, h: number): string {
  switch (type) {
    case "FlowChartDecision":
    case "Diamond":
      return `M${w / 2},0 L${w},${h / 2} L${w / 2},${h} L0,${h / 2} Z`;
    case "FlowChartOffpageConnector":
      // A pentagon pointing down: the square part is 4/5 of the height (Office's preset).
      return `M0,0 L${w},0 L${w},${h * 0.8} L${w / 2},${h} L0,${h * 0.8} Z`;
    case "FlowChartTerminator": {
      const r = Math.min(h / 2, w / 2);
      return `M${r},0 L${w - r},0 A${r},${h / 2} 0 0 1 ${w - r},${h} L${r},${h} A${r},${h / 2} 0 0 1 ${r},0 Z`;
    }
    case "Ellipse":
    case "FlowChartConnector":
      return `M0,${h / 2} A${w / 2},${h / 2} 0 1 0 ${w},${h / 2} A${w / 2},${h / 2} 0 1 0 0,${h / 2} Z`;
    case "RoundRectangle":
    case "FlowChartAlternateProcess": {
      const r = Math.min(w, h) / 6;
      return `M${r},0 H${w - r} Q${w},0 ${w},${r} V${h - r} Q${w},${h} ${w - r},${h} H${r} Q0,${h} 0,${h - r} V${r} Q0,0 ${r},0 Z`;
    }
    default:
      return `M0,0 H${w} V${h} H0 Z`;
  }
}

export interface Point { x: number; y: number }

/**
 * A connection site of a shape, in points on the sheet. Office numbers the sites of boxes,
 * diamonds, capsules and the off-page connector counter-clockwise from the top: 0 top, 1 left,
 * 2 bottom, 3 right (an ellipse has 8, in the same order with the diagonals between).
 */
export function sitePoint(s: ShapeSnapshot, site: number): Point {
  const cx = s.left + s.width / 2, cy = s.top + s.height / 2;
  if (s.geometricShapeType === "Ellipse" || s.geometricShapeType === "FlowChartConnector") {
    const angle = -Math.PI / 2 - (site % 8) * (Math.PI / 4);
    return { x: cx + (s.width / 2) * Math.cos(angle), y: cy + (s.height / 2) * Math.sin(angle) };
  }
  switch (((site % 4) + 4) % 4) {
    case 0: return { x: cx, y: s.top };
    case 1: return { x: s.left, y: cy };
    case 2: return { x: cx, y: s.top + s.height };
    default: return { x: s.left + s.width, y: cy };
  }
}

export interface LineEnds {
  from: Point;
  to: Point;
  /** Whether the line leaves / enters vertically (at a top or bottom site), for elbow routes. */
  leavesVertically: boolean;
  entersVertically: boolean;
}

/** A line's ends: on the sites of the shapes it is connected to (as Excel snaps them), else as drawn. */
export function lineEnds(line: ShapeSnapshot, byId: Map<string, ShapeSnapshot>): LineEnds {
  const begin = line.beginConnectedShapeId ? byId.get(line.beginConnectedShapeId) : undefined;
  const end = line.endConnectedShapeId ? byId.get(line.endConnectedShapeId) : undefined;
  const from = begin ? sitePoint(begin, line.beginConnectedSite ?? 0) : { x: line.beginX ?? line.left, y: line.beginY ?? line.top };
  const to = end ? sitePoint(end, line.endConnectedSite ?? 0) : { x: line.endX ?? line.left + line.width, y: line.endY ?? line.top + line.height };
  const steep = Math.abs(to.y - from.y) >= Math.abs(to.x - from.x);
  // Sites 0 and 2 (top, bottom) of a four-site shape are vertical exits.
  const vertical = (shape: ShapeSnapshot | undefined, site: number | undefined) => (shape ? (site ?? 0) % 2 === 0 : steep);
  return { from, to, leavesVertically: vertical(begin, line.beginConnectedSite), entersVertically: vertical(end, line.endConnectedSite) };
}

/**
 * The route of a connector: straight, or an elbow that leaves and enters each site in its own
 * direction (one bend when the directions differ, two through the midpoint when they agree).
 */
export function connectorPath(ends: LineEnds, type: string | undefined): string {
  const { from, to } = ends;
  if (type !== "Elbow" || from.x === to.x || from.y === to.y) return `M${from.x},${from.y} L${to.x},${to.y}`;
  const start = `M${from.x},${from.y}`;
  if (ends.leavesVertically && ends.entersVertically) return `${start} V${(from.y + to.y) / 2} H${to.x} V${to.y}`;
  if (!ends.leavesVertically && !ends.entersVertically) return `${start} H${(from.x + to.x) / 2} V${to.y} H${to.x}`;
  return ends.leavesVertically ? `${start} V${to.y} H${to.x}` : `${start} H${to.x} V${to.y}`;
}

/** Excel.ShapeLineDashStyle → SVG stroke-dasharray, scaled by the line's width. */
export function dashArray(style: string | undefined, width: number): string | undefined {
  const w = Math.max(width, 1);
  switch (style) {
    case "Dash": case "LongDash": return `${4 * w} ${3 * w}`;
    case "DashDot": case "LongDashDot": return `${4 * w} ${2 * w} ${w} ${2 * w}`;
    case "RoundDot": case "SquareDot": return `${w} ${w}`;
    default: return undefined;
  }
}
