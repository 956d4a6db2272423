import type { Book } from "./book";
import { jumlahBarisTeks } from "../domain/lembar/bungkus-teks";
import { cellsIn, textAt } from "./cells";
import type { CellBox } from "./model";
import { STANDARD_HEIGHT, STANDARD_WIDTH } from "./state";
import type { Located } from "./styles";

/**
 * Excel measures text in the cell's font; the emulator approximates Calibri 11 at 5.5 pt per
 * character (bold 6 pt) plus 6 pt padding, which is close for Latin text. Wrapped cells and cells
 * inside merges do not widen a column, as in Excel.
 */
const charWidth = (bold: boolean | undefined, size: number | undefined) => ((bold ? 6 : 5.5) * (size ?? 11)) / 11;

export function autofitColumns(book: Book, { sheet, box }: Located): void {
  book.guard(sheet, "formatColumns");
  const longest = new Map<number, number>();
  for (const [r, c, cell] of cellsIn(sheet, box)) {
    if (cell.style.wrapText || inMerge(sheet.merges, r, c)) continue;
    const w = textAt(book, sheet, r, c).length * charWidth(cell.style.bold, cell.style.fontSize) + 6;
    longest.set(c, Math.max(longest.get(c) ?? 0, w));
  }
  const last = Math.min(box.col + box.colCount, box.col + 16_384);
  for (let c = box.col; c < last; c++) {
    const w = longest.get(c);
    if (w !== undefined) sheet.columnWidths.set(c, Math.min(1_800, Math.round(w * 4) / 4));
    else if (box.colCount < 16_384) sheet.columnWidths.delete(c);
  }
}

/** Rows grow to the number of lines their wrapped text needs in its column width. */
export function autofitRows(book: Book, { sheet, box }: Located): void {
  book.guard(sheet, "formatRows");
  const lines = new Map<number, number>();
  for (const [r, c, cell] of cellsIn(sheet, box)) {
    const text = textAt(book, sheet, r, c);
    if (text === "") continue;
    const width = sheet.columnWidths.get(c) ?? STANDARD_WIDTH;
    const perLine = Math.max(1, Math.floor((width - 6) / charWidth(cell.style.bold, cell.style.fontSize)));
    // Excel wraps at word boundaries (a word longer than the line breaks by characters).
    const n = cell.style.wrapText ? Math.max(1, jumlahBarisTeks(text, perLine)) : 1;
    const height = (n * STANDARD_HEIGHT * (cell.style.fontSize ?? 11)) / 11;
    lines.set(r, Math.max(lines.get(r) ?? 0, height));
  }
  for (const [r, h] of lines) sheet.rowHeights.set(r, Math.min(409, h));
}

function inMerge(merges: CellBox[], r: number, c: number): boolean {
  return merges.some((m) => r >= m.row && r < m.row + m.rowCount && c >= m.col && c < m.col + m.colCount && m.rowCount * m.colCount > 1);
}
