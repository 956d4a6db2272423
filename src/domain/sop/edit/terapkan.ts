/**
 * terapkanEdit: one edit of the SOP editor applied to a draft, returning a new Sop (the input is
 * never changed, so it can sit in React state). Never throws: an edit naming a step or column
 * that no longer exists leaves the SOP as it is.
 */
import { langkahBaru, emptySop, type Sop } from "../model";
import { ubahIdentitas } from "./identitas";
import { ubahIsiLangkah } from "./isi";
import { ubahSusunanLangkah } from "./langkah";
import type { EditSop } from "./model";
import { ubahPelaksana } from "./pelaksana";

export function terapkanEdit(sop: Sop, edit: EditSop): Sop {
  switch (edit.kind) {
    case "identitas-teks":
    case "identitas-daftar":
    case "pengesahan":
      return ubahIdentitas(sop, edit);
    case "pelaksana-tambah":
    case "pelaksana-ubah-nama":
    case "pelaksana-pindah":
    case "pelaksana-hapus":
      return ubahPelaksana(sop, edit);
    case "langkah-tambah":
    case "langkah-hapus":
    case "langkah-pindah":
    case "langkah-duplikat":
      return ubahSusunanLangkah(sop, edit);
    case "langkah-teks":
    case "langkah-pelaksana":
    case "langkah-jenis":
    case "langkah-cabang":
    case "langkah-diperiksa":
      return ubahIsiLangkah(sop, edit);
    default:
      return edit satisfies never;
  }
}

/** A new SOP to fill in: the two terminators every SOP AP has (first mulai, last selesai). */
export function sopBaru(): Sop {
  return { ...emptySop(), langkah: [langkahBaru("L1", { jenis: "mulai" }), langkahBaru("L2", { jenis: "selesai" })] };
}
