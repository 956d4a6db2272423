import { absoluteAddress, quoteSheetName } from "./address";
import type { Book } from "./book";
import { intersects, carve } from "./boxes";
import { bool, str } from "./check";
import type { Batch } from "./core/batch";
import { SpecObject } from "./core/proxy";
import { invalidArgument } from "./errors";
import type { DataValidationSnapshot } from "./model";
import type { Locate, Located } from "./styles";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom",
};

/** Something with a located box: the emulator's Range (a list source may be a range). */
interface HasBox { locateBox(): Located }

/** A list source as Excel stores it: literal items, or "=…" a reference (a Range becomes "=$A$1:$A$3"). */
function listSource(source: unknown, at: Located): string {
  if (source !== null && typeof source === "object" && "locateBox" in source) {
    const { sheet, box } = (source as HasBox).locateBox();
    const prefix = sheet === at.sheet ? "" : `${quoteSheetName(sheet.name)}!`;
    return `=${prefix}${absoluteAddress(box)}`;
  }
  const s = str(source, "list source");
  if (s.trim() === "") throw invalidArgument("the list source is empty");
  // Excel keeps at most 255 characters of a literal list (the file format's limit).
  if (!s.startsWith("=") && s.length > 255) throw invalidArgument(`a literal list source has at most 255 characters, this one ${s.length}`);
  return s;
}

function validatedRule(v: unknown, at: Located): Omit<DataValidationSnapshot, "box"> {
  if (v === null || typeof v !== "object") throw invalidArgument("a data validation rule must be an object");
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) throw invalidArgument(`a data validation rule needs exactly one of ${Object.keys(RULE_TYPES).join(", ")}`);
  const rule = v as Record<string, Record<string, unknown>>;
  if (keys[0] === "list") {
    const list = rule.list;
    const inCellDropDown = list.inCellDropDown === undefined ? true : bool(list.inCellDropDown, "inCellDropDown");
    return { list: { source: listSource(list.source, at), inCellDropDown } };
  }
  return { rule: JSON.parse(JSON.stringify(v)) as unknown };
}

function typeOf(d: DataValidationSnapshot | undefined): string {
  if (!d) return "None";
  if (d.list) return "List";
  const key = Object.keys(d.rule ?? {})[0];
  return RULE_TYPES[key] ?? "Custom";
}

/** range.dataValidation (ExcelApi 1.8). A new rule replaces the old one on the range's cells only. */
export class DataValidation extends SpecObject<Located> {
  declare rule: Excel.DataValidationRule;
  declare readonly type: string;
  declare readonly valid: boolean;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare prompt: Excel.DataValidationPrompt;
  declare ignoreBlanks: boolean;
  constructor(batch: Batch, private readonly book: Book, locate: Locate) {
    const found = ({ sheet, box }: Located) => sheet.dataValidations.filter((d) => intersects(d.box, box));
    const first = (at: Located) => found(at)[0];
    const mustHave = (at: Located) => {
      const list = found(at);
      if (list.length === 0) throw invalidArgument("set the rule before its alert or prompt");
      return list;
    };
    super(batch, "DataValidation", locate, {
      rule: {
        read: (at) => {
          const d = first(at);
          return d ? (d.list ? { list: d.list } : d.rule) : {};
        },
        write: (at, v) => {
          const rule = validatedRule(v, at);
          at.sheet.dataValidations = carve(at.sheet.dataValidations, at.box);
          at.sheet.dataValidations.push({ box: at.box, ...rule });
        },
      },
      type: { read: (at) => (found(at).length > 1 ? "Inconsistent" : typeOf(first(at))) },
      valid: { read: () => true },
      errorAlert: {
        read: (at) => ({ message: first(at)?.errorMessage ?? "", showAlert: true, style: "Stop", title: "" }),
        write: (at, v) => { for (const d of mustHave(at)) d.errorMessage = str((v as { message?: unknown }).message ?? "", "errorAlert.message"); },
      },
      prompt: {
        read: (at) => ({ message: first(at)?.prompt ?? "", showPrompt: first(at)?.prompt !== undefined, title: "" }),
        write: (at, v) => { for (const d of mustHave(at)) d.prompt = str((v as { message?: unknown }).message ?? "", "prompt.message"); },
      },
      ignoreBlanks: { read: () => true, write: (_at, v) => void bool(v, "ignoreBlanks") },
    }, { beforeWrite: (at) => book.guard(at.sheet, "formatCells") });
    batch.requireApi("Range.dataValidation");
  }
  clear(): void {
    this.call("clear", null, () => {
      const at = this.target();
      this.book.guard(at.sheet, "formatCells");
      at.sheet.dataValidations = carve(at.sheet.dataValidations, at.box);
    });
  }
}
