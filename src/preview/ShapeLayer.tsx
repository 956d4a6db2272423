import type { ShapeSnapshot } from "../emulator/model";
import { px } from "./grid-model";

/** SVG outline of a flowchart symbol in its box (the five SOP AP symbols plus a plain rectangle). */
function outline(s: ShapeSnapshot, w: number, h: number): string {
  switch (s.geometricShapeType) {
    case "FlowChartDecision": case "Diamond": return `M${w / 2},0 L${w},${h / 2} L${w / 2},${h} L0,${h / 2} Z`;
    case "FlowChartOffpageConnector": return `M0,0 L${w},0 L${w},${h * 0.8} L${w / 2},${h} L0,${h * 0.8} Z`;
    case "FlowChartTerminator": { const r = h / 2; return `M${r},0 L${w - r},0 A${r},${r} 0 0 1 ${w - r},${h} L${r},${h} A${r},${r} 0 0 1 ${r},0 Z`; }
    case "Ellipse": case "FlowChartConnector": return `M0,${h / 2} A${w / 2},${h / 2} 0 1 0 ${w},${h / 2} A${w / 2},${h / 2} 0 1 0 0,${h / 2} Z`;
    default: return `M0,0 L${w},0 L${w},${h} L0,${h} Z`;
  }
}

export function ShapeLayer(props: { shapes: ShapeSnapshot[]; offsetX: number; offsetY: number; width: number; height: number }) {
  return (
    <svg aria-label="Bentuk" role="img" style={{ position: "absolute", left: 0, top: 0, pointerEvents: "none" }} width={props.width} height={props.height}>
      <defs>
        <marker id="panah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#222" />
        </marker>
      </defs>
      {props.shapes.map((s) => {
        if (s.kind === "line") {
          return (
            <line key={s.id} data-shape={s.name} x1={props.offsetX + px(s.beginX ?? s.left)} y1={props.offsetY + px(s.beginY ?? s.top)} x2={props.offsetX + px(s.endX ?? s.left + s.width)} y2={props.offsetY + px(s.endY ?? s.top + s.height)}
              stroke={s.lineColor ?? "#222"} strokeWidth={px(s.lineWeight ?? 0.75)} markerEnd={s.endArrowheadStyle && s.endArrowheadStyle !== "None" ? "url(#panah)" : undefined}
              markerStart={s.beginArrowheadStyle && s.beginArrowheadStyle !== "None" ? "url(#panah)" : undefined} />
          );
        }
        const w = px(s.width), h = px(s.height);
        return (
          <g key={s.id} data-shape={s.name} transform={`translate(${props.offsetX + px(s.left)},${props.offsetY + px(s.top)})`}>
            {s.kind === "geometric" && <path d={outline(s, w, h)} fill={s.fill ?? "none"} stroke={s.lineColor ?? "none"} strokeWidth={px(s.lineWeight ?? 0.75)} />}
            {s.text && (
              <foreignObject width={w} height={h}>
                <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", textAlign: "center", fontSize: px(s.fontSize ?? 9), color: s.fontColor ?? "#000", fontWeight: s.fontBold ? 700 : 400, overflow: "hidden", lineHeight: 1.1 }}>
                  {s.text}
                </div>
              </foreignObject>
            )}
          </g>
        );
      })}
    </svg>
  );
}
