/**
 * Adding, removing, moving and duplicating steps. The printed number (kolom NO) follows the order
 * and is never stored (model.ts), and decisions point at ids, so only `null` branches ("the next
 * step") need care: `pertahankanCabang` keeps them on the step they led to.
 */
import { idLangkahBaru, langkahBaru, type Langkah, type Sop } from "../model";
import { pertahankanCabang } from "./cabang";
import type { EditSop } from "./model";

type EditLangkah = Extract<EditSop, { kind: "langkah-tambah" | "langkah-hapus" | "langkah-pindah" | "langkah-duplikat" }>;

const posisi = (sop: Sop, id: string) => sop.langkah.findIndex((l) => l.id === id);

function sisip(sop: Sop, di: number, l: Langkah): Sop {
  return { ...sop, langkah: [...sop.langkah.slice(0, di), l, ...sop.langkah.slice(di)] };
}

/** A copy sharing no array or object with the original (structuredClone is missing in older webviews). */
function salin(l: Langkah, id: string): Langkah {
  const { cabang, ...isi } = l;
  return { ...isi, id, pelaksana: [...l.pelaksana], perluDiperiksa: [...l.perluDiperiksa], ...(cabang ? { cabang: { ...cabang } } : {}) };
}

function susun(sop: Sop, edit: EditLangkah): Sop {
  switch (edit.kind) {
    case "langkah-tambah": {
      const i = edit.setelah === null ? -1 : posisi(sop, edit.setelah);
      if (edit.setelah !== null && i < 0) return sop;
      return sisip(sop, i + 1, langkahBaru(idLangkahBaru(sop.langkah)));
    }
    case "langkah-hapus":
      // Decisions whose Ya/Tidak named this step keep the id: validateSop reports "cabang-tidak-ada".
      return posisi(sop, edit.id) < 0 ? sop : { ...sop, langkah: sop.langkah.filter((l) => l.id !== edit.id) };
    case "langkah-pindah": {
      const i = posisi(sop, edit.id);
      const j = edit.arah === "naik" ? i - 1 : i + 1;
      if (i < 0 || j < 0 || j >= sop.langkah.length) return sop;
      const langkah = [...sop.langkah];
      [langkah[i], langkah[j]] = [langkah[j], langkah[i]];
      return { ...sop, langkah };
    }
    case "langkah-duplikat": {
      const i = posisi(sop, edit.id);
      if (i < 0) return sop;
      return sisip(sop, i + 1, salin(sop.langkah[i], idLangkahBaru(sop.langkah)));
    }
    default:
      return edit satisfies never;
  }
}

export function ubahSusunanLangkah(sop: Sop, edit: EditLangkah): Sop {
  const sesudah = susun(sop, edit);
  return sesudah === sop ? sop : pertahankanCabang(sop, sesudah);
}
