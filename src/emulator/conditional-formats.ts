import type { Book } from "./book";
import { carve, intersects } from "./boxes";
import { bool, color, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { CELL_VALUE_OPERATORS, CONDITIONAL_FORMAT_TYPES, TEXT_OPERATORS } from "./enums";
import { invalidOperation, itemNotFound } from "./errors";
import type { ConditionalFormatSnapshot } from "./model";
import type { SheetState } from "./state";
import type { Locate } from "./styles";

type CF = ConditionalFormatSnapshot;
type Find = () => { sheet: SheetState; cf: CF };

/** The rule kinds the model keeps; reaching `custom` of a CellValue format fails, as in Excel. */
function ofType(find: Find, type: string): () => CF {
  return () => {
    const { cf } = find();
    if (cf.type !== type) throw invalidOperation(`this conditional format is ${cf.type}, not ${type}`);
    return cf;
  };
}

class ConditionalFill extends SpecObject<CF> {
  declare color: string;
  constructor(batch: Batch, target: () => CF) {
    super(batch, "ConditionalRangeFill", target, {
      color: { read: (cf) => cf.fill ?? null, write: (cf, v) => (cf.fill = color(v, "fill color")) },
    });
  }
  clear(): void { this.call("clear", null, () => delete this.target().fill); }
}

class ConditionalFont extends SpecObject<CF> {
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  constructor(batch: Batch, target: () => CF) {
    super(batch, "ConditionalRangeFont", target, {
      color: { read: (cf) => cf.fontColor ?? null, write: (cf, v) => (cf.fontColor = color(v, "font color")) },
      bold: { read: (cf) => cf.bold ?? null, write: (cf, v) => (cf.bold = bool(v, "bold")) },
      italic: { read: (cf) => cf.italic ?? null, write: (cf, v) => (cf.italic = bool(v, "italic")) },
    });
  }
}

class ConditionalRangeFormat {
  readonly fill: ConditionalFill;
  readonly font: ConditionalFont;
  constructor(batch: Batch, target: () => CF) {
    this.fill = new ConditionalFill(batch, target);
    this.font = new ConditionalFont(batch, target);
  }
}

/** conditionalFormat.custom: rule.formula plus a format. */
class CustomConditionalFormat {
  readonly rule: SpecObject<CF> & { formula: string };
  readonly format: ConditionalRangeFormat;
  constructor(batch: Batch, target: () => CF) {
    this.rule = new SpecObject<CF>(batch, "ConditionalFormatRule", target, {
      formula: { read: (cf) => cf.formula ?? "", write: (cf, v) => (cf.formula = str(v, "formula")) },
    }) as SpecObject<CF> & { formula: string };
    this.format = new ConditionalRangeFormat(batch, target);
  }
}

/** conditionalFormat.cellValue / textComparison: a `rule` object property plus a format. */
class RuleConditionalFormat<R> extends SpecObject<CF> {
  declare rule: R;
  readonly format: ConditionalRangeFormat;
  constructor(batch: Batch, name: string, target: () => CF, read: (cf: CF) => R, write: (cf: CF, v: Record<string, unknown>) => void) {
    super(batch, name, target, {
      rule: {
        read,
        write: (cf, v) => {
          if (v === null || typeof v !== "object") throw invalidOperation("a rule must be an object");
          write(cf, v as Record<string, unknown>);
        },
      },
    });
    this.format = new ConditionalRangeFormat(batch, target);
  }
}

export class ConditionalFormat extends SpecObject<CF> {
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;
  declare readonly id: string;
  constructor(batch: Batch, private readonly book: Book, private readonly find: Find) {
    super(batch, "ConditionalFormat", () => find().cf, {
      type: { read: (cf) => cf.type },
      id: { read: (cf) => `${cf.box.row}:${cf.box.col}:${cf.type}` },
      priority: { read: (cf) => cf.priority ?? 0, write: (cf, v) => (cf.priority = num(v, "priority", 0)) },
      stopIfTrue: { read: (cf) => cf.stopIfTrue ?? false, write: (cf, v) => (cf.stopIfTrue = bool(v, "stopIfTrue")) },
    }, { beforeWrite: () => book.guard(find().sheet, "formatCells") });
  }
  get custom(): CustomConditionalFormat { return new CustomConditionalFormat(this.batch, ofType(this.find, "Custom")); }
  get cellValue(): RuleConditionalFormat<Excel.ConditionalCellValueRule> {
    return new RuleConditionalFormat(this.batch, "CellValueConditionalFormat", ofType(this.find, "CellValue"),
      (cf) => ({ formula1: cf.formula ?? "", formula2: cf.formula2, operator: cf.operator ?? "Invalid" }) as Excel.ConditionalCellValueRule,
      (cf, v) => {
        cf.operator = oneOf(CELL_VALUE_OPERATORS, v.operator, "operator");
        cf.formula = str(typeof v.formula1 === "number" ? String(v.formula1) : v.formula1, "formula1");
        if (v.formula2 !== undefined) cf.formula2 = str(typeof v.formula2 === "number" ? String(v.formula2) : v.formula2, "formula2");
        else delete cf.formula2;
        if ((cf.operator === "Between" || cf.operator === "NotBetween") && cf.formula2 === undefined) throw invalidOperation(`${cf.operator} needs formula2`);
      });
  }
  get textComparison(): RuleConditionalFormat<Excel.ConditionalTextComparisonRule> {
    return new RuleConditionalFormat(this.batch, "TextConditionalFormat", ofType(this.find, "ContainsText"),
      (cf) => ({ operator: cf.operator ?? "Contains", text: cf.formula ?? "" }) as Excel.ConditionalTextComparisonRule,
      (cf, v) => {
        cf.operator = oneOf(TEXT_OPERATORS, v.operator, "operator");
        cf.formula = str(v.text, "text");
      });
  }
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, cf } = this.find();
      this.book.guard(sheet, "formatCells");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

/** range.conditionalFormats (ExcelApi 1.6). */
export class ConditionalFormatCollection extends Collection<ConditionalFormat> {
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "ConditionalFormatCollection", () => {
      const { sheet, box } = locate();
      return sheet.conditionalFormats.filter((cf) => intersects(cf.box, box)).map((cf) => new ConditionalFormat(batch, book, () => ({ sheet, cf })));
    });
    batch.requireApi("Range.conditionalFormats");
  }
  add(type: string): ConditionalFormat {
    let made: { sheet: SheetState; cf: CF } | undefined;
    this.batch.write({ call: "ConditionalFormats.add", type }, () => {
      const { sheet, box } = this.locate();
      this.book.guard(sheet, "formatCells");
      const cf: CF = { box, type: oneOf(CONDITIONAL_FORMAT_TYPES, type, "conditional format type"), priority: 0 };
      // A new format is evaluated first (priority 0); the others move down one.
      for (const other of sheet.conditionalFormats) other.priority = (other.priority ?? 0) + 1;
      sheet.conditionalFormats.push(cf);
      made = { sheet, cf };
    });
    return new ConditionalFormat(this.batch, this.book, () => {
      if (!made) throw itemNotFound("conditional format");
      return made;
    });
  }
  clearAll(): void {
    this.batch.write({ call: "ConditionalFormats.clearAll" }, () => {
      const { sheet, box } = this.locate();
      this.book.guard(sheet, "formatCells");
      sheet.conditionalFormats = carve(sheet.conditionalFormats, box);
    });
  }
}
