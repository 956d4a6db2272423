import { SKALA_PERMENDAGRI_86_2017 } from "../../domain/kinerja/predikat";
import { hapusPita, tambahPita, ubahPita, type BidangPengaturan, type Pengaturan, type UbahPita } from "../../domain/pengaturan";

/** One change the user makes in the settings form. */
export type Edit =
  | { kind: "instansi"; field: keyof Pengaturan["instansi"]; value: string }
  | { kind: "pejabat"; who: "camat" | "sekcam"; field: "nama" | "nip"; value: string }
  | { kind: "tahun"; value: number }
  | { kind: "kertas"; value: Pengaturan["kertas"] }
  | { kind: "pita"; index: number; ubah: UbahPita }
  | { kind: "pita-tambah" }
  | { kind: "pita-hapus"; index: number }
  | { kind: "skala-reset" };

export function applyEdit(p: Pengaturan, e: Edit): Pengaturan {
  switch (e.kind) {
    case "instansi": return { ...p, instansi: { ...p.instansi, [e.field]: e.value } };
    case "pejabat": return { ...p, [e.who]: { ...p[e.who], [e.field]: e.value } };
    case "tahun": return { ...p, tahun: e.value };
    case "kertas": return { ...p, kertas: e.value };
    case "pita": return { ...p, skala: ubahPita(p.skala, e.index, e.ubah) };
    case "pita-tambah": return { ...p, skala: tambahPita(p.skala) };
    case "pita-hapus": return { ...p, skala: hapusPita(p.skala, e.index) };
    case "skala-reset": return { ...p, skala: SKALA_PERMENDAGRI_86_2017 };
    default: return e satisfies never;
  }
}

/** The field an edit touches: from then on its problems show next to it. */
export function bidangOf(e: Edit): BidangPengaturan {
  switch (e.kind) {
    case "instansi": return `instansi.${e.field}`;
    case "pejabat": return `${e.who}.${e.field}`;
    case "tahun": return "tahun";
    case "kertas": return "kertas";
    case "pita":
    case "pita-tambah":
    case "pita-hapus":
    case "skala-reset":
      return "skala";
    default: return e satisfies never;
  }
}
