import type { LembarMentah } from "./model";

/** Trimmed single-spaced text of a header cell; numbers become their text. */
export function teksSel(v: unknown): string {
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/**
 * The header grid with merged cells filled in: Excel reports a merge's value in its first cell
 * only, but every column under "Realisasi" belongs to that span.
 */
export function gridTerisi(lembar: LembarMentah): string[][] {
  const grid = lembar.values.map((row) => row.map(teksSel));
  for (const m of lembar.merges) {
    const r0 = m.row - lembar.baris0;
    const c0 = m.col - lembar.kolom0;
    const top = grid[r0]?.[c0];
    if (top === undefined || top === "") continue;
    for (let r = r0; r < r0 + m.rowCount && r < grid.length; r++) {
      for (let c = c0; c < c0 + m.colCount && c < (grid[r]?.length ?? 0); c++) if (r >= 0 && c >= 0 && grid[r][c] === "") grid[r][c] = top;
    }
  }
  return grid;
}

/** Joins a column's header texts top to bottom, without repeating a text a merge spread down. */
export function gabungJudul(grid: string[][], rows: number[], col: number): string {
  const parts: string[] = [];
  for (const r of rows) {
    const t = grid[r]?.[col] ?? "";
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(" / ");
}
