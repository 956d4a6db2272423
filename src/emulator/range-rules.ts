import type { Book } from "./book";
import { ClientObject, type Batch } from "./core";
import { boxesIntersect } from "./address";
import { invalidArgument } from "./errors";
import type { ConditionalFormatSnapshot } from "./model";
import type { Locate } from "./range-format";
import { normalizeColor } from "./range-format";

interface ListRule { list?: { source: string; inCellDropDown?: boolean } }

/** range.dataValidation: list rules are modelled; other rule kinds are kept as given. */
export class DataValidation extends ClientObject {
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "DataValidation");
  }
  protected scalarNames() { return ["rule", "type", "valid"] as const; }
  protected readScalar(name: string): unknown {
    const { sheet, box } = this.locate();
    const found = sheet.dataValidations.find((d) => boxesIntersect(d.box, box));
    if (name === "type") return found ? (found.list ? "List" : "Custom") : "None";
    if (name === "valid") return true;
    return found ? (found.list ? { list: found.list } : found.rule) : {};
  }
  get rule(): unknown { return this.get("rule"); }
  set rule(v: unknown) {
    this.set("rule", v, () => {
      const { sheet, box } = this.locate();
      this.book.checkWritable(sheet, "dataValidation");
      const rule = v as ListRule;
      if (rule.list && (typeof rule.list.source !== "string" || rule.list.source === "")) throw invalidArgument("list source");
      sheet.dataValidations = sheet.dataValidations.filter((d) => !boxesIntersect(d.box, box));
      sheet.dataValidations.push(rule.list ? { box, list: { source: rule.list.source, inCellDropDown: rule.list.inCellDropDown ?? true } } : { box, rule: v });
    });
  }
  set errorAlert(v: { message?: string }) {
    this.set("errorAlert", v, () => {
      const { sheet, box } = this.locate();
      for (const d of sheet.dataValidations) if (boxesIntersect(d.box, box)) d.errorMessage = v.message;
    });
  }
  set prompt(v: { message?: string }) {
    this.set("prompt", v, () => {
      const { sheet, box } = this.locate();
      for (const d of sheet.dataValidations) if (boxesIntersect(d.box, box)) d.prompt = v.message;
    });
  }
  clear(): void {
    this.call("clear", null, () => {
      const { sheet, box } = this.locate();
      sheet.dataValidations = sheet.dataValidations.filter((d) => !boxesIntersect(d.box, box));
    });
  }
}

/** A conditional format being built: its rule and format are written onto its snapshot at sync. */
class ConditionalFormat {
  private readonly target: () => ConditionalFormatSnapshot;
  constructor(private readonly batch: Batch, target: () => ConditionalFormatSnapshot) {
    this.target = target;
  }
  private edit(desc: string, f: (cf: ConditionalFormatSnapshot) => void) {
    this.batch.enqueue({ set: `ConditionalFormat.${desc}` }, () => f(this.target()));
  }
  get custom() {
    return {
      rule: { set formula(v: string) { void v; } },
      format: this.formatOf(),
    } as const;
  }
  private formatOf() {
    const edit = this.edit.bind(this);
    return {
      fill: { set color(v: string) { edit("fill", (cf) => (cf.fill = normalizeColor(v))); } },
      font: {
        set color(v: string) { edit("font", (cf) => (cf.fontColor = normalizeColor(v))); },
        set bold(v: boolean) { edit("bold", (cf) => (cf.bold = v)); },
      },
    };
  }
  /** custom.rule.formula and cellValue.setRule go through these. */
  setCustomFormula(formula: string) { this.edit("formula", (cf) => (cf.formula = formula)); }
  set stopIfTrue(v: boolean) { this.edit("stopIfTrue", (cf) => (cf.stopIfTrue = v)); }
}

export class ConditionalFormats {
  constructor(private readonly batch: Batch, private readonly book: Book, private readonly locate: Locate) {}
  add(type: string) {
    let made: ConditionalFormatSnapshot | undefined;
    this.batch.enqueue({ call: "ConditionalFormats.add", type }, () => {
      const { sheet, box } = this.locate();
      this.book.checkWritable(sheet, "conditionalFormats");
      made = { box, type };
      sheet.conditionalFormats.push(made);
    });
    const target = () => {
      if (!made) throw invalidArgument("conditional format not created");
      return made;
    };
    const cf = new ConditionalFormat(this.batch, target);
    const batch = this.batch;
    const fmt = (cf as unknown as { formatOf(): unknown }).formatOf();
    const rule = {
      set formula(v: string) { cf.setCustomFormula(v); },
    };
    return {
      custom: { rule, format: fmt },
      cellValue: {
        format: fmt,
        setRule(r: { formula1: string; formula2?: string; operator: string }) {
          batch.enqueue({ call: "cellValue.setRule", r }, () => {
            const t = target();
            t.operator = r.operator;
            t.formula = r.formula1;
            t.formula2 = r.formula2;
          });
        },
      },
      set stopIfTrue(v: boolean) { cf.stopIfTrue = v; },
    };
  }
  clearAll(): void {
    this.batch.enqueue({ call: "ConditionalFormats.clearAll" }, () => {
      const { sheet, box } = this.locate();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !boxesIntersect(c.box, box));
    });
  }
}
