/**
 * The edges of the flowchart. Every step but the last flows to the next one (straight down);
 * a decision instead has its two exits: the branch that leads to the next step leaves from the
 * bottom vertex like the main flow, the other leaves from the right vertex and runs in the routing
 * lane ("samping"). When neither branch leads to the next step, Ya leaves from the bottom vertex
 * and turns into the lane ("belok"), Tidak from the right vertex. Branches that lead nowhere or to
 * the decision itself are not drawn (validateSop reports them).
 */
import type { Sop } from "../model";

export type Keluar = "bawah" | "samping" | "belok";

export interface Tepi {
  /** Step indices. */
  dari: number;
  ke: number;
  keluar: Keluar;
  cabang?: "ya" | "tidak";
}

function indeksTarget(sop: Sop, i: number, target: string | null): number {
  if (target === null) return i + 1 < sop.langkah.length ? i + 1 : -1;
  return sop.langkah.findIndex((l) => l.id === target);
}

export function tepiAlur(sop: Sop): Tepi[] {
  const tepi: Tepi[] = [];
  const akhir = sop.langkah.length - 1;
  sop.langkah.forEach((l, i) => {
    if (l.jenis !== "keputusan") {
      if (i < akhir) tepi.push({ dari: i, ke: i + 1, keluar: "bawah" });
      return;
    }
    const cabang = l.cabang ?? { ya: null, tidak: null };
    const ke = { ya: indeksTarget(sop, i, cabang.ya), tidak: indeksTarget(sop, i, cabang.tidak) };
    const sah = (j: number) => j >= 0 && j !== i;
    const bawah = ke.ya === i + 1 ? "ya" : ke.tidak === i + 1 ? "tidak" : null;
    for (const c of ["ya", "tidak"] as const) {
      if (!sah(ke[c])) continue;
      let keluar: Keluar = "samping";
      if (bawah === c) keluar = "bawah";
      else if (bawah === null && c === "ya" && sah(ke.tidak)) keluar = "belok";
      tepi.push({ dari: i, ke: ke[c], keluar, cabang: c });
    }
  });
  return tepi;
}
