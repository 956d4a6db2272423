import { absoluteAddress, parseAddress, quoteSheetName } from "./address";
import type { Book } from "./book";
import { str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { EmulatorError, invalidArgument, itemNotFound } from "./errors";
import type { NamedItemSnapshot } from "./model";
import { Range } from "./range";
import type { Located } from "./styles";

interface HasBox { locateBox(): Located }

/** Excel's rules for a defined name: letter, _ or \ first; no spaces; not a cell reference. */
function checkName(name: string): void {
  const ok = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && name.length <= 255;
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok || looksLikeCell) throw invalidArgument(`"${name}" is not a valid name`);
}

export class NamedItem extends SpecObject<NamedItemSnapshot> {
  declare readonly name: string;
  declare readonly formula: string;
  declare readonly type: string;
  declare readonly value: string;
  declare comment: string;
  declare visible: boolean;
  constructor(batch: Batch, private readonly book: Book, private readonly find: () => NamedItemSnapshot | undefined, nullable = false) {
    super(batch, "NamedItem", () => find() ?? missing(), {
      name: { read: (n) => n.name },
      formula: { read: (n) => n.formula },
      type: { read: () => "Range" },
      value: { read: (n) => n.formula.replace(/^=/, "") },
      comment: { read: (n) => n.comment ?? "", write: (n, v) => (n.comment = str(v, "comment")) },
      visible: { read: () => true },
    }, { nullable, exists: () => find() !== undefined });
  }
  verify(key: string): this {
    this.verifyAtSync(key);
    return this;
  }
  getRange(): Range {
    return new Range(this.batch, this.book, () => {
      const n = this.target();
      const parsed = parseAddress(n.formula.replace(/^=/, ""));
      const sheet = parsed?.sheetName ? this.book.sheetByName(parsed.sheetName) : undefined;
      if (!parsed || !sheet) throw invalidArgument(`the name ${n.name} does not refer to a range`);
      return { sheet, box: parsed.box };
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const n = this.target();
      this.book.state.names = this.book.state.names.filter((x) => x !== n);
      this.book.engine.removeName(n.name);
    });
  }
}

const missing = (): never => {
  throw itemNotFound("named item");
};

/** workbook.names: defined names, which formulas (and so HyperFormula) can use. */
export class NamedItemCollection extends Collection<NamedItem> {
  constructor(batch: Batch, private readonly book: Book) {
    super(batch, "NamedItemCollection", () => book.state.names.map((n) => new NamedItem(batch, book, () => (book.state.names.includes(n) ? n : undefined))));
  }
  private byName(name: string) {
    return () => this.book.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  add(name: string, reference: HasBox | string, comment?: string): NamedItem {
    this.batch.requireApi("Names.add");
    let made: NamedItemSnapshot | undefined;
    this.batch.write({ call: "Names.add", name, reference: typeof reference === "string" ? reference : "Range" }, () => {
      checkName(str(name, "name"));
      if (this.byName(name)()) throw new EmulatorError("ItemAlreadyExists", `the name ${name} exists`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const { sheet, box } = reference.locateBox();
        formula = `=${quoteSheetName(sheet.name)}!${absoluteAddress(box)}`;
      }
      made = { name, formula, ...(comment ? { comment } : {}) };
      this.book.state.names.push(made);
      this.book.engine.addName(name, formula);
    });
    return new NamedItem(this.batch, this.book, () => made);
  }
  getItem(name: string): NamedItem { return new NamedItem(this.batch, this.book, this.byName(name)).verify(name); }
  getItemOrNullObject(name: string): NamedItem { return new NamedItem(this.batch, this.book, this.byName(name), true); }
}
