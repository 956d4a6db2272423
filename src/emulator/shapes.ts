import type { Book } from "./book";
import { ClientObject, Collection, type Batch } from "./core";
import { invalidArgument, itemNotFound } from "./errors";
import type { ShapeSnapshot } from "./model";
import { normalizeColor } from "./range-format";
import type { SheetState } from "./state";

type Find = () => ShapeSnapshot;

/** Writes to a shape's snapshot at sync, after the protection check. */
function editor(batch: Batch, book: Book, sheet: () => SheetState, find: Find) {
  return (desc: string, value: unknown, f: (s: ShapeSnapshot) => void) =>
    batch.enqueue({ set: `Shape.${desc}`, value }, () => {
      book.checkWritable(sheet(), "shapes");
      f(find());
    });
}

export class Shape extends ClientObject {
  private readonly edit: ReturnType<typeof editor>;
  readonly fill: { setSolidColor(c: string): void; clear(): void; foregroundColor: string; transparency: number };
  readonly lineFormat: { color: string; weight: number; dashStyle: string; visible: boolean };
  readonly textFrame: {
    horizontalAlignment: string;
    verticalAlignment: string;
    autoSizeSetting: string;
    textRange: { text: string; font: { size: number; color: string; bold: boolean; name: string } };
  };
  readonly line: {
    connectorType: string;
    connectBeginShape(shape: Shape, site: number): void;
    connectEndShape(shape: Shape, site: number): void;
    beginArrowheadStyle: string;
    endArrowheadStyle: string;
  };
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState, readonly find: Find) {
    super(batch, "Shape");
    const edit = (this.edit = editor(batch, book, sheet, find));
    this.fill = {
      setSolidColor: (c) => edit("fill", c, (s) => (s.fill = normalizeColor(c))),
      clear: () => edit("fill.clear", null, (s) => delete s.fill),
      set foregroundColor(c: string) { edit("fill", c, (s) => (s.fill = normalizeColor(c))); },
      get foregroundColor(): string { throw invalidArgument("read fill through load"); },
      set transparency(_v: number) { /* kept opaque in the model */ },
      get transparency(): number { return 0; },
    };
    this.lineFormat = {
      set color(c: string) { edit("lineColor", c, (s) => (s.lineColor = normalizeColor(c))); },
      set weight(w: number) { edit("lineWeight", w, (s) => (s.lineWeight = w)); },
      set dashStyle(d: string) { edit("dashStyle", d, (s) => (s.lineDashStyle = d)); },
      set visible(v: boolean) { edit("lineVisible", v, (s) => { if (!v) delete s.lineColor; }); },
    };
    const font = {
      set size(v: number) { edit("fontSize", v, (s) => (s.fontSize = v)); },
      set color(v: string) { edit("fontColor", v, (s) => (s.fontColor = normalizeColor(v))); },
      set bold(v: boolean) { edit("fontBold", v, (s) => (s.fontBold = v)); },
      set name(_v: string) { /* one font in the model */ },
    };
    this.textFrame = {
      set horizontalAlignment(v: string) { edit("textH", v, (s) => (s.textHorizontalAlignment = v)); },
      set verticalAlignment(v: string) { edit("textV", v, (s) => (s.textVerticalAlignment = v)); },
      set autoSizeSetting(_v: string) { /* shapes keep the size Evapor gives them */ },
      textRange: {
        set text(v: string) { edit("text", v, (s) => (s.text = v)); },
        font,
      },
    };
    const connect = (end: "begin" | "end") => (other: Shape, site: number) =>
      edit(`connect${end}`, site, (s) => {
        if (s.kind !== "line") throw invalidArgument("only a line can be connected");
        const target = other.find();
        if (end === "begin") { s.beginConnectedShapeId = target.id; s.beginConnectedSite = site; }
        else { s.endConnectedShapeId = target.id; s.endConnectedSite = site; }
      });
    this.line = {
      set connectorType(v: string) { edit("connectorType", v, (s) => (s.connectorType = v)); },
      connectBeginShape: connect("begin"),
      connectEndShape: connect("end"),
      set beginArrowheadStyle(v: string) { edit("beginArrow", v, (s) => (s.beginArrowheadStyle = v)); },
      set endArrowheadStyle(v: string) { edit("endArrow", v, (s) => (s.endArrowheadStyle = v)); },
    };
  }
  protected scalarNames() { return ["id", "name", "left", "top", "width", "height", "type", "geometricShapeType", "zOrderPosition"] as const; }
  protected readScalar(name: string): unknown {
    const s = this.find();
    switch (name) {
      case "type": return s.kind === "geometric" ? "GeometricShape" : s.kind === "line" ? "Line" : "TextBox";
      case "geometricShapeType": return s.geometricShapeType ?? null;
      default: return (s as unknown as Record<string, unknown>)[name];
    }
  }
  get id(): string { return this.get("id"); }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.edit("name", v, (s) => (s.name = v)); }
  get type(): string { return this.get("type"); }
  get geometricShapeType(): string { return this.get("geometricShapeType"); }
  get left(): number { return this.get("left"); }
  set left(v: number) { this.edit("left", v, (s) => (s.left = v)); }
  get top(): number { return this.get("top"); }
  set top(v: number) { this.edit("top", v, (s) => (s.top = v)); }
  get width(): number { return this.get("width"); }
  set width(v: number) { this.edit("width", v, (s) => { if (v < 0) throw invalidArgument("width"); s.width = v; }); }
  get height(): number { return this.get("height"); }
  set height(v: number) { this.edit("height", v, (s) => { if (v < 0) throw invalidArgument("height"); s.height = v; }); }
  delete(): void {
    this.call("delete", null, () => {
      const sheet = this.sheet();
      this.book.checkWritable(sheet, "shapes");
      const s = this.find();
      sheet.shapes = sheet.shapes.filter((x) => x !== s);
    });
  }
}

export class ShapeCollection extends ClientObject {
  private readonly all: Collection<Shape>;
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "ShapeCollection");
    this.all = new Collection(batch, "ShapeCollection", () => this.sheet().shapes.map((s) => new Shape(batch, book, sheet, () => s)));
  }
  protected scalarNames() { return ["count"] as const; }
  protected readScalar() { return this.sheet().shapes.length; }
  private make(kind: ShapeSnapshot["kind"], fields: Partial<ShapeSnapshot>): Shape {
    this.batch.requireApi("1.9", "shapes");
    let made: ShapeSnapshot | undefined;
    this.batch.enqueue({ call: `Shapes.add${kind}`, fields }, () => {
      const sheet = this.sheet();
      this.book.checkWritable(sheet, "shapes");
      const id = this.book.newId("shape");
      made = { id, name: `${kind} ${sheet.shapes.length + 1}`, kind, left: 0, top: 0, width: 72, height: 72, zOrderPosition: sheet.shapes.length, ...fields };
      sheet.shapes.push(made);
    });
    return new Shape(this.batch, this.book, this.sheet, () => {
      if (!made) throw itemNotFound("shape");
      return made;
    });
  }
  addGeometricShape(geometricShapeType: string): Shape {
    return this.make("geometric", { geometricShapeType, fill: "#FFFFFF", lineColor: "#000000", lineWeight: 0.75 });
  }
  addTextBox(text?: string): Shape {
    return this.make("textBox", { text: text ?? "", width: 72, height: 24 });
  }
  addLine(startLeft: number, startTop: number, endLeft: number, endTop: number, connectorType = "Straight"): Shape {
    return this.make("line", {
      connectorType, beginX: startLeft, beginY: startTop, endX: endLeft, endY: endTop,
      left: Math.min(startLeft, endLeft), top: Math.min(startTop, endTop),
      width: Math.abs(endLeft - startLeft), height: Math.abs(endTop - startTop), lineColor: "#000000", lineWeight: 0.75,
    });
  }
  getItem(key: string): Shape {
    return new Shape(this.batch, this.book, this.sheet, () => {
      const s = this.sheet().shapes.find((x) => x.id === key || x.name === key);
      if (!s) throw itemNotFound(`shape ${key}`);
      return s;
    });
  }
  get items(): Shape[] {
    return this.all.items;
  }
  override load(arg?: Parameters<ClientObject["load"]>[0]): this {
    this.all.load(arg);
    return this;
  }
}
