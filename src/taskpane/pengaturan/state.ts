import { validatePengaturan, type BidangPengaturan, type MasalahPengaturan, type Pengaturan } from "../../domain/pengaturan";
import type { HasilPengaturanWorkbook, HasilSimpanPengaturan } from "../../excel/pengaturan";
import { applyEdit, bidangOf, type Edit } from "./edit";

/** What the workbook said when the settings were read, worth telling the user. */
export type Pemberitahuan = { kind: "rusak" } | { kind: "peringatan"; bidang: BidangPengaturan[] };

export interface Formulir {
  draf: Pengaturan;
  masalah: MasalahPengaturan[];
  /** Fields the user changed: their problems show. After a save attempt, all problems show. */
  disentuh: readonly BidangPengaturan[];
  tampilkanSemua: boolean;
  pemberitahuan: Pemberitahuan | null;
}

export type PengaturanState =
  | { kind: "memuat" }
  | { kind: "gagal-muat" }
  | { kind: "ganda"; jumlah: number }
  | { kind: "siap"; form: Formulir }
  | { kind: "periksa"; form: Formulir }
  | { kind: "menyimpan"; form: Formulir }
  | { kind: "tersimpan"; form: Formulir }
  | { kind: "gagal-simpan"; form: Formulir };

export type PengaturanAction =
  | { kind: "muat-ulang" }
  | { kind: "dimuat"; hasil: HasilPengaturanWorkbook; bawaan: Pengaturan }
  | { kind: "gagal-muat" }
  | { kind: "ubah"; edit: Edit }
  | { kind: "simpan" }
  | { kind: "simpan-selesai"; hasil: HasilSimpanPengaturan }
  | { kind: "simpan-gagal" };

export const INITIAL_STATE: PengaturanState = { kind: "memuat" };

function formulir(draf: Pengaturan, pemberitahuan: Pemberitahuan | null): Formulir {
  return { draf, masalah: validatePengaturan(draf), disentuh: [], tampilkanSemua: false, pemberitahuan };
}

function dimuat(hasil: HasilPengaturanWorkbook, bawaan: Pengaturan): PengaturanState {
  switch (hasil.kind) {
    case "belum-ada": return { kind: "siap", form: formulir(hasil.pengaturan, null) };
    case "ok": {
      const bidang = hasil.peringatan.map((p) => p.field);
      return { kind: "siap", form: formulir(hasil.pengaturan, bidang.length > 0 ? { kind: "peringatan", bidang } : null) };
    }
    case "rusak": return { kind: "siap", form: formulir(bawaan, { kind: "rusak" }) };
    case "ganda": return { kind: "ganda", jumlah: hasil.jumlah };
    default: return hasil satisfies never;
  }
}

/** The form of a state, when it has one. */
export function formOf(state: PengaturanState): Formulir | null {
  return "form" in state ? state.form : null;
}

export function pengaturanReducer(state: PengaturanState, action: PengaturanAction): PengaturanState {
  const form = formOf(state);
  switch (action.kind) {
    case "muat-ulang": return { kind: "memuat" };
    case "dimuat": return dimuat(action.hasil, action.bawaan);
    case "gagal-muat": return { kind: "gagal-muat" };
    case "ubah": {
      // While saving, the draft being written stays as it is.
      if (!form || state.kind === "menyimpan") return state;
      const draf = applyEdit(form.draf, action.edit);
      const bidang = bidangOf(action.edit);
      const disentuh = form.disentuh.includes(bidang) ? form.disentuh : [...form.disentuh, bidang];
      return { kind: "siap", form: { ...form, draf, masalah: validatePengaturan(draf), disentuh } };
    }
    case "simpan":
      if (!form || state.kind === "menyimpan") return state;
      return form.masalah.length > 0 ? { kind: "periksa", form: { ...form, tampilkanSemua: true } } : { kind: "menyimpan", form };
    case "simpan-selesai":
      if (state.kind !== "menyimpan") return state;
      if (action.hasil.kind === "ganda") return { kind: "ganda", jumlah: action.hasil.jumlah };
      return { kind: "tersimpan", form: { ...state.form, pemberitahuan: null } };
    case "simpan-gagal": return state.kind === "menyimpan" ? { kind: "gagal-simpan", form: state.form } : state;
    default: return action satisfies never;
  }
}

/** The problem to show next to a field, if any. */
export function masalahTampil(form: Formulir, field: BidangPengaturan): MasalahPengaturan | undefined {
  if (!form.tampilkanSemua && !form.disentuh.includes(field)) return undefined;
  return form.masalah.find((m) => m.field === field);
}
