/**
 * Field edits of one step. A field a person edits or confirms is no longer "to be checked":
 * it leaves `perluDiperiksa` (model.ts: that list is for what an importer could not infer).
 */
import type { BidangLangkah, Langkah, Sop } from "../model";
import type { EditSop } from "./model";

type EditIsi = Extract<EditSop, { kind: "langkah-teks" | "langkah-pelaksana" | "langkah-jenis" | "langkah-cabang" | "langkah-diperiksa" }>;

const diperiksa = (l: Langkah, field: BidangLangkah): Langkah =>
  l.perluDiperiksa.includes(field) ? { ...l, perluDiperiksa: l.perluDiperiksa.filter((f) => f !== field) } : l;

function ubah(l: Langkah, edit: EditIsi): Langkah {
  switch (edit.kind) {
    case "langkah-teks":
      return diperiksa({ ...l, [edit.field]: edit.value }, edit.field);
    case "langkah-pelaksana": {
      // Ascending, no repeats (model.ts); adjacency is validateSop's to report.
      const pelaksana = [...new Set(edit.pelaksana)].filter((p) => Number.isInteger(p) && p >= 0).sort((a, b) => a - b);
      return diperiksa({ ...l, pelaksana }, "pelaksana");
    }
    case "langkah-jenis": {
      if (edit.jenis === "keputusan") return diperiksa({ ...l, jenis: edit.jenis, cabang: l.cabang ?? { ya: null, tidak: null } }, "jenis");
      const { cabang: _tanpaCabang, ...sisa } = l;
      return diperiksa({ ...sisa, jenis: edit.jenis }, "jenis");
    }
    case "langkah-cabang": {
      // Only a decision has branches (Permenpan RB 35/2012: Ya / Tidak on the diamond).
      if (l.jenis !== "keputusan") return l;
      const cabang = { ...(l.cabang ?? { ya: null, tidak: null }), [edit.cabang]: edit.target };
      return diperiksa({ ...l, cabang }, "cabang");
    }
    case "langkah-diperiksa":
      return diperiksa(l, edit.field);
    default:
      return edit satisfies never;
  }
}

export function ubahIsiLangkah(sop: Sop, edit: EditIsi): Sop {
  const i = sop.langkah.findIndex((l) => l.id === edit.id);
  if (i < 0) return sop;
  const baru = ubah(sop.langkah[i], edit);
  return baru === sop.langkah[i] ? sop : { ...sop, langkah: sop.langkah.map((l, j) => (j === i ? baru : l)) };
}
