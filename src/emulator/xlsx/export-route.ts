import type { ShapeSnapshot } from "../model";
import { sitePoint } from "../shape-geometry";

export interface Point {
  x: number;
  y: number;
}

/**
 * The route of a connector line, the same one the preview draws (src/preview/shape-geometry.ts,
 * lineEnds + connectorPath): the ends sit on the connection sites of the shapes they are glued
 * to, else where the line was drawn; an elbow leaves and enters each site in its own direction —
 * one bend when the directions differ, two through the midpoint when they agree. A straight line,
 * or an elbow whose ends share an x or a y, is one segment.
 */
export function routeOf(line: ShapeSnapshot, byId: ReadonlyMap<string, ShapeSnapshot>): Point[] {
  const begin = line.beginConnectedShapeId ? byId.get(line.beginConnectedShapeId) : undefined;
  const end = line.endConnectedShapeId ? byId.get(line.endConnectedShapeId) : undefined;
  const from = begin ? sitePoint(begin, line.beginConnectedSite ?? 0) : { x: line.beginX ?? line.left, y: line.beginY ?? line.top };
  const to = end ? sitePoint(end, line.endConnectedSite ?? 0) : { x: line.endX ?? line.left + line.width, y: line.endY ?? line.top + line.height };
  if (line.connectorType !== "Elbow" || from.x === to.x || from.y === to.y) return [from, to];
  const steep = Math.abs(to.y - from.y) >= Math.abs(to.x - from.x);
  // Sites 0 and 2 (top, bottom) are vertical exits, as the preview reads them.
  const vertical = (shape: ShapeSnapshot | undefined, site: number | undefined) => (shape ? (site ?? 0) % 2 === 0 : steep);
  const leaves = vertical(begin, line.beginConnectedSite), enters = vertical(end, line.endConnectedSite);
  if (leaves && enters) {
    const y = (from.y + to.y) / 2;
    return [from, { x: from.x, y }, { x: to.x, y }, to];
  }
  if (!leaves && !enters) {
    const x = (from.x + to.x) / 2;
    return [from, { x, y: from.y }, { x, y: to.y }, to];
  }
  return [from, leaves ? { x: from.x, y: to.y } : { x: to.x, y: from.y }, to];
}

/** The box around a route. */
export function boundsOf(points: readonly Point[]): { left: number; top: number; width: number; height: number } {
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const left = Math.min(...xs), top = Math.min(...ys);
  return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
