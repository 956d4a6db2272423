/**
 * State of the SOP page: choosing where an SOP comes from (library, blank, pasted text, a sheet),
 * then editing it. Workbook actions (insert, read back) run one at a time (`sibuk`); their
 * outcomes that the user should read land in `pesan`.
 */
import type { UkuranKertas } from "../../domain/pengaturan";
import { parseSopText, sopPustaka, type HasilImpor, type ImporPeringatan, type Sop } from "../../domain/sop";
import { sopBaru, terapkanEdit, type EditSop } from "../../domain/sop/edit";

/** What sisipkanSop / bacaSopDariLembar (src/excel/sop) answer. */
export type HasilSisip =
  | { kind: "ok"; namaLembar: string }
  | { kind: "sudah-ada"; namaLembar: string }
  | { kind: "nama-tidak-sah"; namaLembar: string };
export type HasilBaca = { kind: "ok"; sop: Sop; namaLembar: string } | { kind: "bukan-lembar-sop"; namaLembar: string };

export type AsalSop =
  | { kind: "pustaka"; judul: string }
  | { kind: "kosong" }
  | { kind: "teks"; peringatan: ImporPeringatan[] }
  | { kind: "lembar"; namaLembar: string };

export type Pesan =
  | { kind: "tersisip"; namaLembar: string }
  | { kind: "nama-tidak-sah"; namaLembar: string }
  | { kind: "bukan-lembar-sop"; namaLembar: string }
  | { kind: "dibaca"; namaLembar: string };

export type Sibuk = "menyisipkan" | "membaca" | null;

export interface Tempel {
  teks: string;
  impor: HasilImpor | null;
}

interface Bersama {
  tempel: Tempel;
  kertas: UkuranKertas;
  /** Institution lines from the settings, for an SOP that names none (read with the paper on opening). */
  instansi?: string;
  /** False until the settings are read: an insert before that reads them in its own run. */
  cetakTerbaca: boolean;
  sibuk: Sibuk;
  pesan: Pesan | null;
}

export type SopState =
  | (Bersama & { kind: "pilih" })
  | (Bersama & { kind: "sunting"; sop: Sop; asal: AsalSop; konfirmasiGanti: string | null });

export type SopAction =
  | { kind: "kertas"; kertas: UkuranKertas; instansi?: string }
  | { kind: "pakai-pustaka"; id: string }
  | { kind: "mulai-kosong" }
  | { kind: "ubah-teks"; teks: string }
  | { kind: "cari-di-teks" }
  | { kind: "pakai-impor"; indeks: number }
  | { kind: "kembali" }
  | { kind: "edit"; edit: EditSop }
  | { kind: "mulai"; sibuk: Exclude<Sibuk, null> }
  | { kind: "hasil-sisip"; hasil: HasilSisip }
  | { kind: "batal-ganti" }
  | { kind: "hasil-baca"; hasil: HasilBaca }
  | { kind: "gagal" };

export const STATE_AWAL: SopState = { kind: "pilih", tempel: { teks: "", impor: null }, kertas: "A4", cetakTerbaca: false, sibuk: null, pesan: null };

function sunting(state: SopState, sop: Sop, asal: AsalSop, pesan: Pesan | null = null): SopState {
  return { kind: "sunting", tempel: state.tempel, kertas: state.kertas, instansi: state.instansi, cetakTerbaca: state.cetakTerbaca, sibuk: null, pesan, sop, asal, konfirmasiGanti: null };
}

export function sopReducer(state: SopState, action: SopAction): SopState {
  switch (action.kind) {
    case "kertas": return { ...state, kertas: action.kertas, instansi: action.instansi, cetakTerbaca: true };
    case "pakai-pustaka": {
      // terapkanEdit never changes the SOP it is given, so the library's object can be the draft.
      const entri = sopPustaka(action.id);
      return entri ? sunting(state, entri.sop, { kind: "pustaka", judul: entri.judul }) : state;
    }
    case "mulai-kosong": return sunting(state, sopBaru(), { kind: "kosong" });
    case "ubah-teks": return { ...state, tempel: { teks: action.teks, impor: null } };
    case "cari-di-teks": return { ...state, tempel: { ...state.tempel, impor: parseSopText(state.tempel.teks) } };
    case "pakai-impor": {
      const impor = state.tempel.impor;
      const sop = impor?.sops[action.indeks];
      if (!impor || !sop) return state;
      const peringatan = impor.peringatan.filter((p) => p.sop === action.indeks);
      return sunting(state, sop, { kind: "teks", peringatan });
    }
    case "kembali": return { kind: "pilih", tempel: state.tempel, kertas: state.kertas, instansi: state.instansi, cetakTerbaca: state.cetakTerbaca, sibuk: null, pesan: null };
    case "edit": return state.kind === "sunting" ? { ...state, sop: terapkanEdit(state.sop, action.edit) } : state;
    case "mulai": return state.sibuk ? state : { ...state, sibuk: action.sibuk, pesan: null, ...(state.kind === "sunting" ? { konfirmasiGanti: null } : {}) };
    case "hasil-sisip": {
      if (state.kind !== "sunting") return { ...state, sibuk: null };
      const h = action.hasil;
      switch (h.kind) {
        case "ok": return { ...state, sibuk: null, pesan: { kind: "tersisip", namaLembar: h.namaLembar } };
        case "sudah-ada": return { ...state, sibuk: null, konfirmasiGanti: h.namaLembar };
        case "nama-tidak-sah": return { ...state, sibuk: null, pesan: { kind: "nama-tidak-sah", namaLembar: h.namaLembar } };
        default: return h satisfies never;
      }
    }
    case "batal-ganti": return state.kind === "sunting" ? { ...state, konfirmasiGanti: null } : state;
    case "hasil-baca": {
      const h = action.hasil;
      switch (h.kind) {
        case "ok": return sunting(state, h.sop, { kind: "lembar", namaLembar: h.namaLembar }, { kind: "dibaca", namaLembar: h.namaLembar });
        case "bukan-lembar-sop": return { ...state, sibuk: null, pesan: { kind: "bukan-lembar-sop", namaLembar: h.namaLembar } };
        default: return h satisfies never;
      }
    }
    case "gagal": return { ...state, sibuk: null };
    default: return action satisfies never;
  }
}
