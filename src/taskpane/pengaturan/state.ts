import { SKALA_PERMENDAGRI_86_2017, type PitaPredikat } from "../../domain/kinerja/predikat";
import { validatePengaturan, type MasalahPengaturan, type Pengaturan } from "../../domain/pengaturan";

export type PengaturanState =
  | { kind: "memuat" }
  | { kind: "siap"; draf: Pengaturan; rusak: boolean; masalah: MasalahPengaturan[]; status: "bersih" | "diubah" | "menyimpan" | "tersimpan" | "periksa" };

export type Edit =
  | { kind: "instansi"; field: keyof Pengaturan["instansi"]; value: string }
  | { kind: "pejabat"; who: "camat" | "sekcam"; field: "nama" | "nip"; value: string }
  | { kind: "tahun"; value: number }
  | { kind: "kertas"; value: Pengaturan["kertas"] }
  | { kind: "pita"; index: number; field: "nama" | "warna"; value: string }
  | { kind: "pita-batas"; index: number; value: number }
  | { kind: "pita-tambah" }
  | { kind: "pita-hapus"; index: number }
  | { kind: "skala-reset" };

export type PengaturanAction =
  | { kind: "dimuat"; pengaturan: Pengaturan; rusak: boolean }
  | { kind: "ubah"; edit: Edit }
  | { kind: "simpan-mulai" }
  | { kind: "simpan-selesai" }
  | { kind: "simpan-gagal" }
  | { kind: "periksa" };

function applyEdit(p: Pengaturan, e: Edit): Pengaturan {
  const pita = (f: (list: PitaPredikat[]) => PitaPredikat[]) => ({ ...p, skala: { ...p.skala, nama: "Khusus", pita: f([...p.skala.pita]) } });
  switch (e.kind) {
    case "instansi": return { ...p, instansi: { ...p.instansi, [e.field]: e.value } };
    case "pejabat": return { ...p, [e.who]: { ...p[e.who], [e.field]: e.value } };
    case "tahun": return { ...p, tahun: e.value };
    case "kertas": return { ...p, kertas: e.value };
    case "pita": return pita((l) => l.map((b, i) => (i === e.index ? { ...b, [e.field]: e.value } : b)));
    case "pita-batas": return pita((l) => l.map((b, i) => (i === e.index ? { ...b, batasBawah: e.value } : b)));
    case "pita-tambah":
      // A new band goes just above the open lowest band, halfway between its neighbours.
      return pita((l) => {
        const above = l.length >= 2 ? (l[l.length - 2].batasBawah ?? 50) : 100;
        l.splice(Math.max(0, l.length - 1), 0, { nama: "", batasBawah: Math.max(0, Math.round(above / 2)), warna: "#9E9E9E" });
        return l;
      });
    case "pita-hapus": return pita((l) => l.filter((_, i) => i !== e.index));
    case "skala-reset": return { ...p, skala: SKALA_PERMENDAGRI_86_2017 };
    default: return e satisfies never;
  }
}

export function pengaturanReducer(state: PengaturanState, action: PengaturanAction): PengaturanState {
  switch (action.kind) {
    case "dimuat":
      return { kind: "siap", draf: action.pengaturan, rusak: action.rusak, masalah: validatePengaturan(action.pengaturan), status: "bersih" };
    case "ubah": {
      if (state.kind !== "siap") return state;
      const draf = applyEdit(state.draf, action.edit);
      return { ...state, draf, masalah: validatePengaturan(draf), status: "diubah" };
    }
    case "simpan-mulai": return state.kind === "siap" ? { ...state, status: "menyimpan" } : state;
    case "simpan-selesai": return state.kind === "siap" ? { ...state, status: "tersimpan", rusak: false } : state;
    case "simpan-gagal": return state.kind === "siap" ? { ...state, status: "diubah" } : state;
    case "periksa": return state.kind === "siap" ? { ...state, status: "periksa" } : state;
    default: return action satisfies never;
  }
}
