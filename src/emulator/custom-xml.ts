import type { Book } from "./book";
import { str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject, type ClientResult } from "./core/proxy";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { CustomXmlPartSnapshot } from "./model";
import { checkXml } from "./xml-check";

/** The part's namespace is its root element's, as Excel reports it; malformed XML is refused. */
function parse(xml: unknown): string {
  const checked = checkXml(str(xml, "xml"));
  if ("error" in checked) throw invalidArgument(`the XML is not well-formed: ${checked.error}`);
  return checked.namespaceUri;
}

export class CustomXmlPart extends SpecObject<CustomXmlPartSnapshot> {
  declare readonly id: string;
  declare readonly namespaceUri: string;
  constructor(batch: Batch, private readonly book: Book, find: () => CustomXmlPartSnapshot | undefined, nullable = false) {
    super(batch, "CustomXmlPart", () => find() ?? missing(), {
      id: { read: (p) => p.id },
      namespaceUri: { read: (p) => p.namespaceUri },
    }, { nullable, exists: () => find() !== undefined });
  }
  verify(key: string): this {
    this.verifyAtSync(key);
    return this;
  }
  getXml(): ClientResult<string> {
    return this.query("getXml", null, () => this.target().xml);
  }
  setXml(xml: string): void {
    this.call("setXml", { xml }, () => {
      const namespaceUri = parse(xml);
      const p = this.target();
      p.xml = xml;
      p.namespaceUri = namespaceUri;
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const p = this.target();
      this.book.state.customXmlParts = this.book.state.customXmlParts.filter((x) => x !== p);
    });
  }
}

const missing = (): never => {
  throw itemNotFound("custom XML part");
};

/** workbook.customXmlParts.getByNamespace(ns): the parts whose root is in that namespace. */
export class CustomXmlPartScopedCollection extends Collection<CustomXmlPart> {
  constructor(batch: Batch, private readonly book: Book, private readonly ns: string) {
    super(batch, "CustomXmlPartScopedCollection", () => this.matching().map((p) => new CustomXmlPart(batch, book, () => p)));
  }
  private matching() { return this.book.state.customXmlParts.filter((p) => p.namespaceUri === this.ns); }
  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.matching().find((p) => p.id === id)).verify(id);
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.matching().find((p) => p.id === id), true);
  }
  /** Null when there is no part, or more than one, in the namespace (Excel's rule). */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => { const m = this.matching(); return m.length === 1 ? m[0] : undefined; }, true);
  }
  getOnlyItem(): CustomXmlPart {
    const part = new CustomXmlPart(this.batch, this.book, () => { const m = this.matching(); return m.length === 1 ? m[0] : undefined; });
    this.batch.read({ call: "CustomXmlPartScopedCollection.getOnlyItem" }, () => {
      const n = this.matching().length;
      if (n === 0) throw itemNotFound(`no custom XML part in ${this.ns}`);
      if (n > 1) throw invalidOperation(`${n} custom XML parts in ${this.ns}`);
    });
    return part;
  }
}

/** workbook.customXmlParts (ExcelApi 1.5). */
export class CustomXmlPartCollection extends Collection<CustomXmlPart> {
  constructor(batch: Batch, private readonly book: Book) {
    super(batch, "CustomXmlPartCollection", () => book.state.customXmlParts.map((p) => new CustomXmlPart(batch, book, () => (book.state.customXmlParts.includes(p) ? p : undefined))));
    batch.requireApi("Workbook.customXmlParts");
  }
  add(xml: string): CustomXmlPart {
    let made: CustomXmlPartSnapshot | undefined;
    this.batch.write({ call: "CustomXmlParts.add", xml }, () => {
      made = { id: this.book.newId("xml"), namespaceUri: parse(xml), xml };
      this.book.state.customXmlParts.push(made);
    });
    return new CustomXmlPart(this.batch, this.book, () => made);
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.batch, this.book, namespaceUri);
  }
  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.book.state.customXmlParts.find((p) => p.id === id)).verify(id);
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(this.batch, this.book, () => this.book.state.customXmlParts.find((p) => p.id === id), true);
  }
}
