/**
 * A tiny HyperFormula harness: puts values (and formulas) into cells of one sheet and reads a cell
 * back. HyperFormula is GPL-3.0-only: tests and preview only, never the add-in bundle (DESIGN.md).
 */
import { HyperFormula } from "hyperformula";

export type NilaiSel = number | string | boolean | null;

let engine: HyperFormula | null = null;

function mesin(): HyperFormula {
  // smartRounding off: compare the engine's raw doubles with the domain's, not display-rounded ones.
  engine ??= HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
  return engine;
}

/** "B12" → zero-based { row, col }. */
export function alamatSel(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?([0-9]+)$/.exec(a1);
  if (m === null) throw new Error(`bad A1 reference: ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/**
 * Fills the cells (a string starting with "=" is a formula; null leaves the cell blank) and returns
 * the value of `baca`; an error value comes back as its text ("#DIV/0!").
 */
export function hitungSel(isi: Readonly<Record<string, NilaiSel>>, baca: string): NilaiSel {
  const hf = mesin();
  const data: NilaiSel[][] = [];
  for (const [a1, nilai] of Object.entries(isi)) {
    const { row, col } = alamatSel(a1);
    while (data.length <= row) data.push([]);
    data[row][col] = nilai;
  }
  const lebar = Math.max(0, ...data.map((r) => r.length));
  const persegi = data.map((r) => Array.from({ length: lebar }, (_, i) => r[i] ?? null));
  hf.setSheetContent(0, persegi);
  const v = hf.getCellValue({ sheet: 0, ...alamatSel(baca) });
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return v.value;
}

/** Evaluates one formula over the given inputs (the formula goes in a cell far from them). */
export function hitungRumus(isi: Readonly<Record<string, NilaiSel>>, rumus: string): NilaiSel {
  return hitungSel({ ...isi, ZZ1: rumus }, "ZZ1");
}
