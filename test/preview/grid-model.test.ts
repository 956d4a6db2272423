import { emptyWorkbook } from "../../src/emulator";
import type { CellSnapshot, SheetSnapshot } from "../../src/emulator/model";
import { gridModel } from "../../src/preview/grid-model";

function sheetWith(cells: Partial<CellSnapshot>[], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const base = emptyWorkbook().sheets[0];
  const full = cells.map((c) => ({ row: 0, col: 0, value: null, computed: c.value ?? null, numberFormat: "General", style: {}, ...c }));
  return { ...base, cells: full, ...extra };
}

const cellAt = (model: ReturnType<typeof gridModel>, row: number, col: number) =>
  model.rows.find((r) => r.index === row)?.cells.find((c) => c.col === col);

describe("the grid model", () => {
  it("leaves hidden rows and columns out and shrinks the merges that cross them", () => {
    const sheet = sheetWith([{ row: 0, col: 0, value: "Realisasi" }], {
      merges: [{ row: 0, col: 0, rowCount: 3, colCount: 4 }],
      hiddenRows: [1],
      hiddenColumns: [2],
    });
    const model = gridModel(sheet);
    expect(model.rows.map((r) => r.index)).not.toContain(1);
    expect(model.columns.map((c) => c.letter)).toEqual(expect.not.arrayContaining(["C"]));
    expect(cellAt(model, 0, 0)).toMatchObject({ text: "Realisasi", rowSpan: 2, colSpan: 3, heightPt: 30 });
  });

  it("lets left-aligned text run over empty cells to its right, up to the next value", () => {
    const sheet = sheetWith([
      { row: 0, col: 0, value: "BERITA ACARA EVALUASI KINERJA TRIWULAN III" },
      { row: 0, col: 3, value: 12 },
      { row: 1, col: 0, value: "Dibungkus", style: { wrapText: true } },
      { row: 2, col: 0, value: "Tengah", style: { horizontalAlignment: "Center" } },
    ]);
    const model = gridModel(sheet);
    expect(cellAt(model, 0, 0)?.overflowPt).toBe(3 * 48);
    expect(cellAt(model, 1, 0)?.overflowPt).toBeUndefined();
    expect(cellAt(model, 2, 0)?.overflowPt).toBeUndefined();
    expect(cellAt(model, 0, 3)?.overflowPt).toBeUndefined();
  });

  it("shows computed values through their number format, and errors as their text", () => {
    const sheet = sheetWith([
      { row: 0, col: 0, formula: "=B1/C1", computed: 1.0496, numberFormat: "0.00%" },
      { row: 0, col: 1, formula: "=1/0", computed: { error: "#DIV/0!" } },
    ]);
    const model = gridModel(sheet);
    expect(cellAt(model, 0, 0)).toMatchObject({ text: "104.96%", numeric: true });
    expect(cellAt(model, 0, 1)).toMatchObject({ text: "#DIV/0!", numeric: false });
  });

  it("draws as far as the shapes reach, and says how much it left out past its limits", () => {
    const shape = { id: "s1", name: "Mulai", kind: "geometric" as const, geometricShapeType: "FlowChartTerminator", left: 300, top: 600, width: 80, height: 30 };
    const model = gridModel(sheetWith([{ row: 0, col: 0, value: "x" }], { shapes: [shape] }));
    // 630 pt down is row 42 at 15 pt; 380 pt across is column H at 48 pt.
    expect(model.rows.length).toBeGreaterThanOrEqual(42);
    expect(model.columns.length).toBeGreaterThanOrEqual(8);
    const big = gridModel(sheetWith([{ row: 999, col: 0, value: "akhir" }]), { rows: 100, cols: 10 });
    expect(big.rows).toHaveLength(100);
    expect(big.rowsLeftOut).toBe(1005 - 100);
  });
});
