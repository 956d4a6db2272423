import { useId } from "react";
import type { ShapeSnapshot, SheetSnapshot } from "../emulator/model";
import { chartSeries } from "../emulator/chart-series";
import { ChartFrame } from "./ChartFrame";
import { px } from "./grid-model";
import { connectorPath, dashArray, lineEnds, outline } from "./shape-geometry";
import { TEKS } from "./teks";

const JUSTIFY: Record<string, string> = { Left: "flex-start", Right: "flex-end", Top: "flex-start", Bottom: "flex-end" };

/** The shape's text, placed as Excel places it (shapes: centred; text boxes: top left). */
/** The text frame's inner margins as CSS padding (Excel's defaults until Evapor sets them). */
const margin = (s: ShapeSnapshot): string => {
  const m = s.textMargins ?? { left: 7.2, top: 3.6, right: 7.2, bottom: 3.6 };
  return `${px(m.top)}px ${px(m.right)}px ${px(m.bottom)}px ${px(m.left)}px`;
};

function ShapeText(props: { s: ShapeSnapshot; w: number; h: number }) {
  const { s } = props;
  const box = s.kind === "textBox";
  const h = s.textHorizontalAlignment ?? (box ? "Left" : "Center");
  const v = s.textVerticalAlignment ?? (box ? "Top" : "Middle");
  return (
    <foreignObject width={props.w} height={props.h}>
      <div style={{
        boxSizing: "border-box", width: "100%", height: "100%", padding: margin(s), overflow: "hidden",
        display: "flex", flexDirection: "column", justifyContent: JUSTIFY[v] ?? "center",
        alignItems: JUSTIFY[h] ?? "center", textAlign: h === "Left" ? "left" : h === "Right" ? "right" : "center",
        fontSize: px(s.fontSize ?? 11), color: s.fontColor ?? "#000", fontWeight: s.fontBold ? 700 : 400, lineHeight: 1.15, whiteSpace: "pre-line",
      }}>
        {s.text}
      </div>
    </foreignObject>
  );
}

function Line(props: { s: ShapeSnapshot; byId: Map<string, ShapeSnapshot>; marker: (color: string) => string }) {
  const { s } = props;
  const ends = lineEnds(s, props.byId);
  const color = s.lineColor ?? "#000000";
  const width = px(s.lineWeight ?? 0.75);
  const toPx = (p: { x: number; y: number }) => ({ x: px(p.x), y: px(p.y) });
  const d = connectorPath({ ...ends, from: toPx(ends.from), to: toPx(ends.to) }, s.connectorType);
  const arrow = (style: string | undefined) => (style && style !== "None" ? props.marker(color) : undefined);
  return <path data-shape={s.name} d={d} fill="none" stroke={color} strokeWidth={width} strokeDasharray={dashArray(s.lineDashStyle, width)}
    markerStart={arrow(s.beginArrowheadStyle)} markerEnd={arrow(s.endArrowheadStyle)} />;
}

/** A chart is drawn as its frame and title: the preview shows where it sits, Excel draws it. */
/** SVG drawing of the sheet's shapes and charts over the grid; positions are points from A1. */
export function ShapeLayer(props: { sheet: SheetSnapshot; offsetX: number; offsetY: number; width: number; height: number }) {
  const { shapes, charts } = props.sheet;
  const uid = useId().replace(/:/g, "");
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const colors = [...new Set(shapes.filter((s) => s.kind === "line").map((s) => s.lineColor ?? "#000000"))];
  const marker = (color: string) => `url(#${uid}-panah-${colors.indexOf(color)})`;
  const ordered = [...shapes].sort((a, b) => (a.zOrderPosition ?? 0) - (b.zOrderPosition ?? 0));
  return (
    <svg role="img" aria-label={TEKS.bentuk} width={props.width} height={props.height}
      style={{ position: "absolute", left: 0, top: 0, pointerEvents: "none", overflow: "visible", zIndex: 1 }}>
      <defs>
        {colors.map((color, i) => (
          <marker key={color} id={`${uid}-panah-${i}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
      <g transform={`translate(${props.offsetX},${props.offsetY})`}>
        {charts.map((c) => <ChartFrame key={c.id} c={c} seri={chartSeries(c, props.sheet)} />)}
        {ordered.map((s) => {
          if (s.kind === "line") return <Line key={s.id} s={s} byId={byId} marker={marker} />;
          const w = px(s.width), h = px(s.height);
          const stroke = s.lineColor ?? "none";
          const strokeWidth = px(s.lineWeight ?? 0.75);
          return (
            <g key={s.id} data-shape={s.name} data-kind={s.geometricShapeType ?? s.kind} transform={`translate(${px(s.left)},${px(s.top)})`}>
              <path d={outline(s.kind === "geometric" ? s.geometricShapeType : "Rectangle", w, h)} fill={s.fill ?? "none"} stroke={stroke}
                strokeWidth={strokeWidth} strokeDasharray={dashArray(s.lineDashStyle, strokeWidth)} />
              {s.text && <ShapeText s={s} w={w} h={h} />}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
