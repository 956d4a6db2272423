import type { CellBox } from "./model";
import { hurufKolom as columnLetters } from "../domain/baca/alamat";

/** Excel's grid limits (XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

// One column-letter function for the whole project (the domain's), so the emulator and the pane agree.
export { columnLetters };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function boxAddress(box: CellBox): string {
  const first = cellAddress(box.row, box.col);
  if (box.rowCount === 1 && box.colCount === 1) return first;
  return `${first}:${cellAddress(box.row + box.rowCount - 1, box.col + box.colCount - 1)}`;
}

/** An address as Excel reports it: whole columns as "A:C", whole rows as "1:3", else "A1:B2". */
export function excelAddress(box: CellBox): string {
  const wholeColumns = box.row === 0 && box.rowCount === MAX_ROWS;
  const wholeRows = box.col === 0 && box.colCount === MAX_COLUMNS;
  if (wholeRows) return `${box.row + 1}:${box.row + box.rowCount}`;
  if (wholeColumns) return `${columnLetters(box.col)}:${columnLetters(box.col + box.colCount - 1)}`;
  return boxAddress(box);
}

/** "$A$1:$B$2" (absolute, as names and validation sources are written). */
export function absoluteAddress(box: CellBox): string {
  return excelAddress(box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2").replace(/^([A-Z]+):([A-Z]+)$/, "$$$1:$$$2").replace(/^(\d+):(\d+)$/, "$$$1:$$$2");
}

/** Splits "A1:B2,D1:E2" (a multi-area address) at commas outside quoted sheet names. */
export function splitAreas(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** "Sheet1" → Sheet1, "Data Kinerja" → 'Data Kinerja' (as Excel writes addresses). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedAddress {
  sheetName?: string;
  box: CellBox;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Parses "A1", "$A$1:B2", "A:C", "1:3", "Sheet1!A1", "'Data Kinerja'!A1:B2"; null when invalid. */
export function parseAddress(text: string): ParsedAddress | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const cols = COLS.exec(rest);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return valid({ row: 0, col: Math.min(a, b), rowCount: MAX_ROWS, colCount: Math.abs(b - a) + 1 }, sheetName);
  }
  const rows = ROWS.exec(rest);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return valid({ row: Math.min(a, b), col: 0, rowCount: Math.abs(b - a) + 1, colCount: MAX_COLUMNS }, sheetName);
  }
  const parts = rest.split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((c) => c === null)) return null;
  const points = cells.map((c) => ({ row: Number(c![2]) - 1, col: columnIndex(c![1]) }));
  const [p, q] = [points[0], points[points.length - 1]];
  return valid(
    {
      row: Math.min(p.row, q.row),
      col: Math.min(p.col, q.col),
      rowCount: Math.abs(q.row - p.row) + 1,
      colCount: Math.abs(q.col - p.col) + 1,
    },
    sheetName,
  );
}

function valid(box: CellBox, sheetName: string | undefined): ParsedAddress | null {
  if (box.row < 0 || box.col < 0) return null;
  if (box.row + box.rowCount > MAX_ROWS || box.col + box.colCount > MAX_COLUMNS) return null;
  return { sheetName, box };
}

export function boxesIntersect(a: CellBox, b: CellBox): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}
