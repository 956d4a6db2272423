import type { Book } from "./book";
import { bool, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { CONNECTOR_TYPES, GEOMETRIC_SHAPE_TYPES } from "./enums";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { ShapeSnapshot } from "./model";
import { connectionSiteCount, placeLine, reroute, reshapeLine } from "./shape-geometry";
import { Line, ShapeFill, ShapeLineFormat, TextFrame, shapeOptions, type FoundShape } from "./shape-parts";
import type { SheetState } from "./state";

type S = ShapeSnapshot;

/** Moving or resizing a shape drags the connectors attached to it; a line moves its two ends. */
function geometry(key: "left" | "top" | "width" | "height", find: () => FoundShape) {
  return {
    read: (s: S) => s[key],
    write: (s: S, v: unknown) => {
      const n = num(v, key, key === "width" || key === "height" ? 0 : -Infinity);
      if (s.kind === "line") reshapeLine(s, { left: s.left, top: s.top, width: s.width, height: s.height, [key]: n });
      else s[key] = n;
      reroute(find().sheet.shapes);
    },
  };
}

export class Shape extends SpecObject<S> {
  declare readonly id: string;
  declare name: string;
  declare left: number;
  declare top: number;
  declare width: number;
  declare height: number;
  declare readonly type: string;
  declare geometricShapeType: string;
  declare readonly zOrderPosition: number;
  declare rotation: number;
  declare visible: boolean;
  declare altTextDescription: string;
  declare readonly connectionSiteCount: number;
  declare lockAspectRatio: boolean;
  declare placement: string;
  private parts: Partial<{ fill: ShapeFill; lineFormat: ShapeLineFormat; textFrame: TextFrame; line: Line }> = {};

  constructor(batch: Batch, private readonly book: Book, private readonly find: () => FoundShape) {
    super(batch, "Shape", () => find().shape, {
      id: { read: (s) => s.id },
      name: { read: (s) => s.name, write: (s, v) => (s.name = str(v, "name")) },
      left: geometry("left", find), top: geometry("top", find), width: geometry("width", find), height: geometry("height", find),
      // A text box is a rectangle in Excel's object model (Excel.ShapeType has no TextBox).
      type: { read: (s) => (s.kind === "line" ? "Line" : "GeometricShape") },
      geometricShapeType: {
        read: (s) => (s.kind === "line" ? null : s.geometricShapeType ?? "Rectangle"),
        write: (s, v) => {
          if (s.kind !== "geometric") throw invalidOperation("only a geometric shape has a geometric shape type");
          s.geometricShapeType = oneOf(GEOMETRIC_SHAPE_TYPES, v, "geometricShapeType");
        },
      },
      zOrderPosition: { read: (s) => find().sheet.shapes.indexOf(s) },
      rotation: { read: (s) => s.rotation ?? 0, write: (s, v) => (s.rotation = num(v, "rotation") % 360) },
      visible: { read: (s) => s.visible !== false, write: (s, v) => (bool(v, "visible") ? delete s.visible : (s.visible = false)) },
      altTextDescription: { read: (s) => s.altTextDescription ?? "", write: (s, v) => (s.altTextDescription = str(v, "altTextDescription")) },
      connectionSiteCount: { read: (s) => connectionSiteCount(s) },
      lockAspectRatio: { read: () => false, write: (_s, v) => void bool(v, "lockAspectRatio") },
      placement: { read: () => "TwoCell", write: (_s, v) => void oneOf(["TwoCell", "OneCell", "Absolute"], v, "placement") },
    }, shapeOptions((sheet) => book.guard(sheet, "editObjects"), find));
  }

  /** The snapshot behind this proxy at sync time (lines connect to it). */
  shapeTarget(): FoundShape { return this.find(); }

  private readonly guarded = (f: (s: S) => void) => () => {
    const { sheet, shape } = this.find();
    this.book.guard(sheet, "editObjects");
    f(shape);
  };
  private get partOptions() { return shapeOptions((sheet) => this.book.guard(sheet, "editObjects"), this.find); }
  get fill(): ShapeFill { return (this.parts.fill ??= new ShapeFill(this.batch, this.target, this.partOptions, this.guarded)); }
  get lineFormat(): ShapeLineFormat { return (this.parts.lineFormat ??= new ShapeLineFormat(this.batch, this.target, this.partOptions)); }
  get textFrame(): TextFrame { return (this.parts.textFrame ??= new TextFrame(this.batch, this.target, this.partOptions, this.guarded)); }
  get line(): Line { return (this.parts.line ??= new Line(this.batch, this.find, this.partOptions, this.guarded)); }
  protected override child(name: string) {
    return name === "fill" ? this.fill : name === "lineFormat" ? this.lineFormat : name === "textFrame" ? this.textFrame : name === "line" ? this.line : undefined;
  }

  incrementLeft(by: number): void { this.call("incrementLeft", { by }, this.guarded((s) => geometry("left", this.find).write(s, s.left + by))); }
  incrementTop(by: number): void { this.call("incrementTop", { by }, this.guarded((s) => geometry("top", this.find).write(s, s.top + by))); }
  setZOrder(position: string): void {
    this.call("setZOrder", { position }, this.guarded((s) => {
      const list = this.find().sheet.shapes;
      const i = list.indexOf(s);
      const to = { BringToFront: list.length - 1, SendToBack: 0, BringForward: Math.min(list.length - 1, i + 1), SendBackward: Math.max(0, i - 1) }[oneOf(["BringToFront", "SendToBack", "BringForward", "SendBackward"], position, "position")];
      list.splice(i, 1);
      list.splice(to ?? i, 0, s);
    }));
  }
  /** Excel keeps the connectors of a deleted shape, detached. */
  delete(): void {
    this.call("delete", null, this.guarded((s) => {
      const sheet = this.find().sheet;
      sheet.shapes = sheet.shapes.filter((x) => x !== s);
      for (const line of sheet.shapes) {
        if (line.beginConnectedShapeId === s.id) { delete line.beginConnectedShapeId; delete line.beginConnectedSite; }
        if (line.endConnectedShapeId === s.id) { delete line.endConnectedShapeId; delete line.endConnectedSite; }
      }
    }));
  }
}

const CONNECTOR_NAMES: Record<string, string> = { Straight: "Straight Connector", Elbow: "Elbow Connector", Curve: "Curved Connector" };

/** worksheet.shapes (ExcelApi 1.9). */
export class ShapeCollection extends Collection<Shape> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "ShapeCollection", () => {
      const s = sheet();
      return s.shapes.map((shape) => new Shape(batch, book, () => ({ sheet: s, shape: alive(s, shape) })));
    });
    batch.requireApi("Worksheet.shapes");
  }
  private make(kind: S["kind"], label: (fields: Partial<S>) => string, fields: () => Partial<S>): Shape {
    let made: FoundShape | undefined;
    this.batch.write({ call: `Shapes.add.${kind}`, kind }, () => {
      const sheet = this.sheet();
      this.book.guard(sheet, "editObjects");
      const f = fields();
      const id = this.book.newId("shape");
      const shape: S = { id, name: `${label(f)} ${sheet.shapes.length + 1}`, kind, left: 0, top: 0, width: 72, height: 72, ...f };
      sheet.shapes.push(shape);
      made = { sheet, shape };
    });
    return new Shape(this.batch, this.book, () => {
      if (!made) throw itemNotFound("shape");
      return { sheet: made.sheet, shape: alive(made.sheet, made.shape) };
    });
  }
  addGeometricShape(geometricShapeType: string): Shape {
    return this.make("geometric", (f) => f.geometricShapeType ?? "Shape", () => ({
      geometricShapeType: oneOf(GEOMETRIC_SHAPE_TYPES, geometricShapeType, "geometricShapeType"),
      // Office's default shape style: accent-1 fill, darker outline, white text.
      fill: "#4472C4", lineColor: "#2F528F", lineWeight: 0.75, fontColor: "#FFFFFF",
    }));
  }
  addTextBox(text?: string): Shape {
    return this.make("textBox", () => "TextBox", () => ({ text: text === undefined ? "" : str(text, "text"), width: 72, height: 24, fill: "#FFFFFF", lineColor: "#000000", lineWeight: 0.75 }));
  }
  addLine(startLeft: number, startTop: number, endLeft: number, endTop: number, connectorType = "Straight"): Shape {
    return this.make("line", (f) => CONNECTOR_NAMES[f.connectorType ?? "Straight"], () => {
      const line: Partial<S> = { connectorType: oneOf(CONNECTOR_TYPES, connectorType, "connectorType"), lineColor: "#4472C4", lineWeight: 0.75 };
      placeLine(line as S, { x: num(startLeft, "startLeft"), y: num(startTop, "startTop") }, { x: num(endLeft, "endLeft"), y: num(endTop, "endTop") });
      return line;
    });
  }
  /** By id or name; the sync fails with ItemNotFound when there is no such shape. */
  getItem(key: string): Shape {
    const find = () => {
      const sheet = this.sheet();
      const shape = sheet.shapes.find((x) => x.id === key || x.name === key);
      if (!shape) throw itemNotFound(`shape "${key}"`);
      return { sheet, shape };
    };
    this.batch.read({ get: "Shape", key }, () => void find());
    return new Shape(this.batch, this.book, find);
  }
  getItemAt(index: number): Shape {
    return new Shape(this.batch, this.book, () => {
      const sheet = this.sheet();
      const shape = sheet.shapes[index];
      if (!shape) throw invalidArgument(`there is no shape at ${index}`);
      return { sheet, shape };
    });
  }
}

function alive(sheet: SheetState, shape: S): S {
  if (!sheet.shapes.includes(shape)) throw itemNotFound("the shape was deleted");
  return shape;
}
