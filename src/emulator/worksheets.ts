import type { Book } from "./book";
import type { Batch } from "./core/batch";
import { Collection } from "./core/proxy";
import type { SheetState } from "./state";
import { Worksheet } from "./worksheet";

/**
 * Excel keeps hold of an object once it found it: a sheet renamed later in the batch is still the
 * proxy's sheet. Before it is found (e.g. added later in the batch) the key is looked up again.
 */
function stick(book: Book, lookup: () => SheetState | undefined): () => SheetState | undefined {
  let found: SheetState | undefined;
  return () => {
    if (found && book.state.sheets.includes(found)) return found;
    if (found) return undefined;
    found = lookup();
    return found;
  };
}

export class WorksheetCollection extends Collection<Worksheet> {
  constructor(batch: Batch, private readonly book: Book) {
    super(batch, "WorksheetCollection", () => book.state.sheets.map((s) => new Worksheet(batch, book, () => (book.state.sheets.includes(s) ? s : undefined))));
  }
  private byKey(key: string) {
    return stick(this.book, () => this.book.sheetByName(key) ?? this.book.sheetById(key));
  }
  /** The sync fails with ItemNotFound when no sheet has this name or id. */
  getItem(key: string): Worksheet {
    return new Worksheet(this.batch, this.book, this.byKey(key)).verify(key);
  }
  getItemOrNullObject(key: string): Worksheet {
    this.batch.requireApi("Worksheets.getItemOrNullObject");
    return new Worksheet(this.batch, this.book, this.byKey(key), true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => this.book.sheetById(this.book.state.activeSheetId)));
  }
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => this.book.state.sheets.find((s) => !visibleOnly || s.visibility === "Visible")));
  }
  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.batch, this.book, stick(this.book, () => [...this.book.state.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible")));
  }
  /** Adds a sheet at the end (a default "SheetN" name when none is given). */
  add(name?: string): Worksheet {
    let made: SheetState | undefined;
    this.batch.write({ call: "Worksheets.add", name: name ?? null }, () => {
      made = this.book.addSheet(name);
    });
    return new Worksheet(this.batch, this.book, () => (made && this.book.state.sheets.includes(made) ? made : undefined));
  }
}
