import { bool, color, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { SpecObject, type SpecOptions } from "./core/proxy";
import { ARROWHEAD_SIZES, ARROWHEAD_STYLES, CONNECTOR_TYPES, DASH_STYLES, SHAPE_TEXT_HORIZONTAL, SHAPE_TEXT_VERTICAL, UNDERLINE_STYLES } from "./enums";
import { invalidArgument, invalidOperation } from "./errors";
import type { ShapeSnapshot } from "./model";
import { connectionSiteCount, reroute } from "./shape-geometry";
import type { SheetState } from "./state";

export interface FoundShape { sheet: SheetState; shape: ShapeSnapshot }
type S = ShapeSnapshot;

/** Edits of shapes re-route the connectors on their sheet afterwards. */
export function shapeOptions(guard: (sheet: SheetState) => void, find: () => FoundShape): SpecOptions<S> {
  return { beforeWrite: () => guard(find().sheet) };
}

export class ShapeFill extends SpecObject<S> {
  declare foregroundColor: string;
  declare transparency: number;
  declare readonly type: string;
  constructor(batch: Batch, target: () => S, options: SpecOptions<S>, private readonly guarded: (f: (s: S) => void) => () => void) {
    super(batch, "ShapeFill", target, {
      foregroundColor: { read: (s) => s.fill ?? "", write: (s, v) => (s.fill = color(v, "foregroundColor")) },
      transparency: { read: () => 0, write: (_s, v) => void num(v, "transparency", 0, 1) },
      type: { read: (s) => (s.fill ? "Solid" : "NoFill") },
    }, options);
  }
  setSolidColor(c: string): void { this.call("setSolidColor", { color: c }, this.guarded((s) => (s.fill = color(c)))); }
  clear(): void { this.call("clear", null, this.guarded((s) => delete s.fill)); }
}

export class ShapeLineFormat extends SpecObject<S> {
  declare color: string;
  declare weight: number;
  declare dashStyle: string;
  declare visible: boolean;
  declare transparency: number;
  constructor(batch: Batch, target: () => S, options: SpecOptions<S>) {
    super(batch, "ShapeLineFormat", target, {
      color: { read: (s) => s.lineColor ?? "", write: (s, v) => (s.lineColor = color(v, "line color")) },
      weight: { read: (s) => s.lineWeight ?? 0.75, write: (s, v) => (s.lineWeight = num(v, "line weight", 0, 1584)) },
      dashStyle: { read: (s) => s.lineDashStyle ?? "Solid", write: (s, v) => (s.lineDashStyle = oneOf(DASH_STYLES, v, "dashStyle")) },
      visible: {
        read: (s) => s.lineColor !== undefined,
        write: (s, v) => {
          if (!bool(v, "visible")) delete s.lineColor;
          else s.lineColor ??= "#000000";
        },
      },
      transparency: { read: () => 0, write: (_s, v) => void num(v, "transparency", 0, 1) },
    }, options);
  }
}

export class ShapeFont extends SpecObject<S> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline: string;
  constructor(batch: Batch, target: () => S, options: SpecOptions<S>) {
    super(batch, "ShapeFont", target, {
      bold: { read: (s) => s.fontBold ?? false, write: (s, v) => (s.fontBold = bool(v, "bold")) },
      italic: { read: (s) => s.fontItalic ?? false, write: (s, v) => (s.fontItalic = bool(v, "italic")) },
      color: { read: (s) => s.fontColor ?? "#000000", write: (s, v) => (s.fontColor = color(v, "font color")) },
      size: { read: (s) => s.fontSize ?? 11, write: (s, v) => (s.fontSize = num(v, "font size", 1, 4000)) },
      name: { read: (s) => s.fontName ?? "Calibri", write: (s, v) => (s.fontName = str(v, "font name")) },
      underline: { read: () => "None", write: (_s, v) => void oneOf(UNDERLINE_STYLES, v, "underline") },
    }, options);
  }
}

export class TextRange extends SpecObject<S> {
  declare text: string;
  readonly font: ShapeFont;
  constructor(batch: Batch, target: () => S, options: SpecOptions<S>) {
    super(batch, "TextRange", target, { text: { read: (s) => s.text ?? "", write: (s, v) => (s.text = str(v, "text")) } }, options);
    this.font = new ShapeFont(batch, target, options);
  }
  protected override child(name: string) { return name === "font" ? this.font : undefined; }
}

/** shape.textFrame; a line has none (Excel fails the request). */
export class TextFrame extends SpecObject<S> {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare autoSizeSetting: string;
  declare readonly hasText: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  readonly textRange: TextRange;
  constructor(batch: Batch, shape: () => S, options: SpecOptions<S>, private readonly guarded: (f: (s: S) => void) => () => void) {
    const target = () => {
      const s = shape();
      if (s.kind === "line") throw invalidOperation("a line has no text frame");
      return s;
    };
    // Excel's defaults: 0.1" left and right, 0.05" top and bottom.
    const bawaan = { left: 7.2, top: 3.6, right: 7.2, bottom: 3.6 };
    const sisi = (k: "left" | "top" | "right" | "bottom") => ({
      read: (s: S) => s.textMargins?.[k] ?? bawaan[k],
      write: (s: S, v: unknown) => {
        s.textMargins = { ...bawaan, ...s.textMargins, [k]: num(v, `${k}Margin`, 0) };
      },
    });
    super(batch, "TextFrame", target, {
      horizontalAlignment: { read: (s) => s.textHorizontalAlignment ?? "Left", write: (s, v) => (s.textHorizontalAlignment = oneOf(SHAPE_TEXT_HORIZONTAL, v, "horizontalAlignment")) },
      verticalAlignment: { read: (s) => s.textVerticalAlignment ?? "Top", write: (s, v) => (s.textVerticalAlignment = oneOf(SHAPE_TEXT_VERTICAL, v, "verticalAlignment")) },
      // The emulator keeps the size Evapor gives a shape; it does not measure text to autosize.
      autoSizeSetting: { read: () => "AutoSizeNone", write: (_s, v) => void oneOf(["AutoSizeNone", "AutoSizeTextToFitShape", "AutoSizeShapeToFitText"], v, "autoSizeSetting") },
      hasText: { read: (s) => (s.text ?? "") !== "" },
      leftMargin: sisi("left"), rightMargin: sisi("right"), topMargin: sisi("top"), bottomMargin: sisi("bottom"),
    }, options);
    this.textRange = new TextRange(batch, target, options);
  }
  protected override child(name: string) { return name === "textRange" ? this.textRange : undefined; }
  deleteText(): void { this.call("deleteText", null, this.guarded((s) => delete s.text)); }
}

/** shape.line (a line or connector): its route, arrowheads and the shapes its ends hold on to. */
export class Line extends SpecObject<S> {
  declare connectorType: string;
  declare beginArrowheadStyle: string;
  declare endArrowheadStyle: string;
  declare beginArrowheadLength: string;
  declare endArrowheadLength: string;
  declare beginArrowheadWidth: string;
  declare endArrowheadWidth: string;
  declare readonly isBeginConnected: boolean;
  declare readonly isEndConnected: boolean;
  declare readonly beginConnectedSite: number;
  declare readonly endConnectedSite: number;
  constructor(batch: Batch, private readonly found: () => FoundShape, options: SpecOptions<S>, private readonly guarded: (f: (s: S) => void) => () => void) {
    const target = () => {
      const { shape } = found();
      if (shape.kind !== "line") throw invalidOperation("the shape is not a line");
      return shape;
    };
    const size = { read: () => "Medium", write: (_s: S, v: unknown) => void oneOf(ARROWHEAD_SIZES, v, "arrowhead size") };
    super(batch, "Line", target, {
      connectorType: { read: (s) => s.connectorType ?? "Straight", write: (s, v) => (s.connectorType = oneOf(CONNECTOR_TYPES, v, "connectorType")) },
      beginArrowheadStyle: { read: (s) => s.beginArrowheadStyle ?? "None", write: (s, v) => (s.beginArrowheadStyle = oneOf(ARROWHEAD_STYLES, v, "arrowhead")) },
      endArrowheadStyle: { read: (s) => s.endArrowheadStyle ?? "None", write: (s, v) => (s.endArrowheadStyle = oneOf(ARROWHEAD_STYLES, v, "arrowhead")) },
      beginArrowheadLength: size, endArrowheadLength: size, beginArrowheadWidth: size, endArrowheadWidth: size,
      isBeginConnected: { read: (s) => s.beginConnectedShapeId !== undefined },
      isEndConnected: { read: (s) => s.endConnectedShapeId !== undefined },
      beginConnectedSite: { read: (s) => s.beginConnectedSite ?? null },
      endConnectedSite: { read: (s) => s.endConnectedSite ?? null },
    }, options);
  }
  private connect(end: "begin" | "end", other: { shapeTarget(): FoundShape }, site: number): void {
    this.call(`connect${end === "begin" ? "Begin" : "End"}Shape`, { site }, this.guarded((line) => {
      if (line.kind !== "line") throw invalidOperation("only a line can be connected");
      const { sheet, shape } = other.shapeTarget();
      if (sheet !== this.found().sheet) throw invalidArgument("the shape is on another sheet");
      if (!Number.isInteger(site) || site < 0 || site >= connectionSiteCount(shape)) throw invalidArgument(`connection site ${site} of a ${shape.geometricShapeType ?? shape.kind}`);
      if (end === "begin") { line.beginConnectedShapeId = shape.id; line.beginConnectedSite = site; }
      else { line.endConnectedShapeId = shape.id; line.endConnectedSite = site; }
      reroute(sheet.shapes);
    }));
  }
  connectBeginShape(shape: { shapeTarget(): FoundShape }, connectionSite: number): void { this.connect("begin", shape, connectionSite); }
  connectEndShape(shape: { shapeTarget(): FoundShape }, connectionSite: number): void { this.connect("end", shape, connectionSite); }
  disconnectBeginShape(): void { this.call("disconnectBeginShape", null, this.guarded((s) => { delete s.beginConnectedShapeId; delete s.beginConnectedSite; })); }
  disconnectEndShape(): void { this.call("disconnectEndShape", null, this.guarded((s) => { delete s.endConnectedShapeId; delete s.endConnectedSite; })); }
}
