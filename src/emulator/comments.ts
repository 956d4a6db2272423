import { cellAddress, parseAddress, quoteSheetName } from "./address";
import type { Book } from "./book";
import { bool, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { CommentSnapshot } from "./model";
import type { SheetState } from "./state";
import type { Located } from "./styles";

interface HasBox { locateBox(): Located }
interface FoundComment { sheet: SheetState; comment: CommentSnapshot }

/** The author the emulator writes comments as (Excel uses the signed-in user). */
export const EMULATOR_AUTHOR = "Evapor";

export class Comment extends SpecObject<FoundComment> {
  declare readonly id: string;
  declare content: string;
  declare readonly authorName: string;
  declare resolved: boolean;
  declare readonly cellAddress: string;
  readonly replies: { add(content: string): void };
  constructor(batch: Batch, find: () => FoundComment) {
    super(batch, "Comment", find, {
      id: { read: ({ comment }) => comment.id },
      content: { read: ({ comment }) => comment.content, write: ({ comment }, v) => (comment.content = str(v, "content")) },
      authorName: { read: ({ comment }) => comment.authorName },
      resolved: { read: ({ comment }) => comment.resolved, write: ({ comment }, v) => (comment.resolved = bool(v, "resolved")) },
      cellAddress: { read: ({ sheet, comment }) => `${quoteSheetName(sheet.name)}!${cellAddress(comment.row, comment.col)}` },
    });
    this.replies = {
      add: (content: string) => batch.write({ call: "CommentReplies.add", content }, () => {
        const { comment } = find();
        comment.replies.push({ id: `${comment.id}-${comment.replies.length + 1}`, content: str(content, "content"), authorName: EMULATOR_AUTHOR });
      }),
    };
  }
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, comment } = this.target();
      sheet.comments = sheet.comments.filter((c) => c !== comment);
    });
  }
}

/** workbook.comments / worksheet.comments (ExcelApi 1.10): one comment thread per cell. */
export class CommentCollection extends Collection<Comment> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheets: () => SheetState[], private readonly defaultSheet: () => SheetState) {
    super(batch, "CommentCollection", () => sheets().flatMap((sheet) => sheet.comments.map((comment) => new Comment(batch, () => ({ sheet, comment })))));
    batch.requireApi("Worksheet.comments");
  }
  private cell(where: HasBox | string): Located {
    if (typeof where !== "string") return where.locateBox();
    const parsed = parseAddress(where);
    const sheet = parsed?.sheetName !== undefined ? this.book.sheetByName(parsed.sheetName) : this.defaultSheet();
    if (!parsed || !sheet || !this.sheets().includes(sheet)) throw invalidArgument(`the cell ${where} is not valid here`);
    return { sheet, box: parsed.box };
  }
  add(cell: HasBox | string, content: string): Comment {
    let made: FoundComment | undefined;
    this.batch.write({ call: "Comments.add", cell: typeof cell === "string" ? cell : "Range", content }, () => {
      const { sheet, box } = this.cell(cell);
      if (box.rowCount * box.colCount !== 1) throw invalidArgument("a comment belongs to a single cell");
      this.book.guard(sheet, "editObjects");
      if (sheet.comments.some((c) => c.row === box.row && c.col === box.col)) throw invalidOperation("the cell already has a comment");
      const comment: CommentSnapshot = { id: this.book.newId("comment"), row: box.row, col: box.col, content: str(content, "content"), authorName: EMULATOR_AUTHOR, resolved: false, replies: [] };
      sheet.comments.push(comment);
      made = { sheet, comment };
    });
    return new Comment(this.batch, () => made ?? missing());
  }
  getItem(id: string): Comment {
    const find = () => {
      for (const sheet of this.sheets()) {
        const comment = sheet.comments.find((c) => c.id === id);
        if (comment) return { sheet, comment };
      }
      return missing();
    };
    this.batch.read({ get: "Comment", key: id }, () => void find());
    return new Comment(this.batch, find);
  }
  getItemByCell(cell: HasBox | string): Comment {
    const find = () => {
      const { sheet, box } = this.cell(cell);
      const comment = sheet.comments.find((c) => c.row === box.row && c.col === box.col);
      return comment ? { sheet, comment } : missing();
    };
    this.batch.read({ get: "Comment", cell: typeof cell === "string" ? cell : "Range" }, () => void find());
    return new Comment(this.batch, find);
  }
}

const missing = (): never => {
  throw itemNotFound("comment");
};
