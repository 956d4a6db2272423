import type { Book } from "./book";
import { ClientObject, type Batch } from "./core";
import { invalidArgument, itemNotFound } from "./errors";
import type { CustomXmlPartSnapshot } from "./model";

/** The root element's xmlns, which Excel uses as the part's namespaceUri. */
function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b[^>]*>/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  return root ? /\bxmlns="([^"]*)"/.exec(root[0])?.[1] ?? "" : "";
}

function checkXml(xml: string): void {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml)) throw invalidArgument("custom XML part: not XML");
}

class ClientResult<T> {
  private loadedValue: { v: T } | undefined;
  constructor(private readonly objectName: string) {}
  fill(v: T) { this.loadedValue = { v }; }
  get value(): T {
    if (!this.loadedValue) throw new Error(`${this.objectName}: the value is not available before context.sync()`);
    return this.loadedValue.v;
  }
}

export class CustomXmlPart extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly find: () => CustomXmlPartSnapshot | undefined, nullable = false) {
    super(batch, "CustomXmlPart", nullable);
  }
  protected override exists() { return this.find() !== undefined; }
  private part(): CustomXmlPartSnapshot {
    const p = this.find();
    if (!p) throw itemNotFound("custom XML part");
    return p;
  }
  protected scalarNames() { return ["id", "namespaceUri"] as const; }
  protected readScalar(name: string) { return name === "id" ? this.part().id : this.part().namespaceUri; }
  get id(): string { return this.get("id"); }
  get namespaceUri(): string { return this.get("namespaceUri"); }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>("CustomXmlPart.getXml");
    this.call("getXml", null, () => result.fill(this.part().xml));
    return result;
  }
  setXml(xml: string): void {
    this.call("setXml", { xml }, () => {
      checkXml(xml);
      const p = this.part();
      p.xml = xml;
      p.namespaceUri = namespaceOf(xml);
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const p = this.part();
      this.book.state.customXmlParts = this.book.state.customXmlParts.filter((x) => x !== p);
    });
  }
}

export class CustomXmlPartScopedCollection {
  constructor(private readonly batch: Batch, private readonly book: Book, private readonly ns: string) {}
  private matching() { return this.book.state.customXmlParts.filter((p) => p.namespaceUri === this.ns); }
  getOnlyItemOrNullObject(): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => { const m = this.matching(); return m.length === 1 ? m[0] : undefined; }, true);
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.matching().find((p) => p.id === id), true);
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>("getCount");
    this.batch.enqueue({ call: "getCount" }, () => r.fill(this.matching().length));
    return r;
  }
}

export class CustomXmlPartCollection {
  constructor(private readonly batch: Batch, private readonly book: Book) {}
  add(xml: string): CustomXmlPart {
    let made: CustomXmlPartSnapshot | undefined;
    this.batch.enqueue({ call: "CustomXmlParts.add", xml }, () => {
      checkXml(xml);
      made = { id: this.book.newId("xml"), namespaceUri: namespaceOf(xml), xml };
      this.book.state.customXmlParts.push(made);
    });
    return new CustomXmlPart(this.batch, this.book, () => made);
  }
  getByNamespace(ns: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.batch, this.book, ns);
  }
  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.book.state.customXmlParts.find((p) => p.id === id));
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.book.state.customXmlParts.find((p) => p.id === id), true);
  }
}
