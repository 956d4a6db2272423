/**
 * The series of a chart as Excel reads its source range: by columns or rows, a text first row
 * naming the series and a text first column holding the categories. Shared by the .xlsx export
 * (xl/xlsx/export-chart.ts) and the preview's drawing of the chart.
 */
import { parseAddress } from "./address";
import type { CellBox, CellSnapshot, ChartSnapshot, SheetSnapshot } from "./model";

export interface SeriesData {
  name: string;
  line: boolean;
  categories?: CellBox;
  values: CellBox;
}

export const isLine = (type: string | undefined) => /^Line/.test(type ?? "");

export function seriesData(chart: ChartSnapshot, sheet: SheetSnapshot, at: (r: number, c: number) => CellSnapshot | undefined): SeriesData[] {
  const box = parseAddress(chart.sourceAddress)?.box;
  if (!box) return [];
  const isText = (r: number, c: number) => {
    const v = at(r, c)?.computed;
    return typeof v === "string" && v !== "";
  };
  const headerRow = box.rowCount > 1 && isText(box.row, box.col + box.colCount - 1) ? 1 : 0;
  const labelCol = box.colCount > 1 && isText(box.row + box.rowCount - 1, box.col) ? 1 : 0;
  const byColumns = chart.seriesBy !== "Rows";
  const data: SeriesData[] = [];
  chart.series.forEach((s, i) => {
    const line = isLine(s.chartType ?? chart.type);
    if (byColumns) {
      const col = box.col + labelCol + i, row = box.row + headerRow, rowCount = box.rowCount - headerRow;
      if (col >= box.col + box.colCount) return;
      data.push({ name: s.name, line, values: { row, col, rowCount, colCount: 1 }, categories: labelCol ? { row, col: box.col, rowCount, colCount: 1 } : undefined });
    } else {
      const row = box.row + headerRow + i, col = box.col + labelCol, colCount = box.colCount - labelCol;
      if (row >= box.row + box.rowCount) return;
      data.push({ name: s.name, line, values: { row, col, rowCount: 1, colCount }, categories: headerRow ? { row: box.row, col, rowCount: 1, colCount } : undefined });
    }
  });
  return data;
}

export function cellsOf(box: CellBox): [number, number][] {
  const out: [number, number][] = [];
  for (let r = box.row; r < box.row + box.rowCount; r++) for (let c = box.col; c < box.col + box.colCount; c++) out.push([r, c]);
  return out;
}


/** Each series with its category labels and numbers (null where a cell holds no number). */
export function chartSeries(chart: ChartSnapshot, sheet: SheetSnapshot): { name: string; line: boolean; categories: string[]; values: (number | null)[] }[] {
  const byCell = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const at = (r: number, c: number) => byCell.get(`${r},${c}`);
  return seriesData(chart, sheet, at).map((s) => ({
    name: s.name,
    line: s.line,
    categories: s.categories ? cellsOf(s.categories).map(([r, c]) => {
      const v = at(r, c)?.computed;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
    }) : [],
    values: cellsOf(s.values).map(([r, c]) => {
      const v = at(r, c)?.computed;
      return typeof v === "number" ? v : null;
    }),
  }));
}
