/** The cell values a sheet written from a plan would return (merged cells but the first read as ""). */
import type { IsiSel, RencanaLembar } from "../../../../src/domain/lembar/rencana";
import type { NilaiSel } from "../../../../src/domain/sop/lembar";

export function nilaiDariRencana(r: RencanaLembar): NilaiSel[][] {
  const grid: NilaiSel[][] = [];
  for (const b of r.blok) {
    b.isi.forEach((baris, i) => {
      baris.forEach((v: IsiSel, j) => {
        const row = (grid[b.baris + i] ??= []);
        row[b.kolom + j] = v === null ? "" : typeof v === "object" ? "" : v;
      });
    });
  }
  const lebar = Math.max(...grid.map((g) => g.length));
  return grid.map((g) => Array.from({ length: lebar }, (_, c) => g[c] ?? ""));
}
