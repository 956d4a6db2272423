/**
 * State of the Kinerja page: what was read from the active sheet (kept raw, so that a changed
 * column mapping is re-read without another trip to Excel), the rules the user changed, the
 * quarter, and the outcome of the two write actions.
 */
import { bacaIndikator, petakanLembar, tebakLocale, type AturanIndikator, type HasilBacaIndikator, type LembarMentah, type PeranKolom, type PetaLembar } from "../../domain/baca";
import { ubahPeran } from "../../domain/baca/ubah-peran";
import type { Triwulan } from "../../domain/evaluasi/triwulan";

export interface Bacaan {
  lembar: LembarMentah;
  numberFormat: string[][];
  peta: PetaLembar;
  hasil: HasilBacaIndikator;
}

export type BacaState =
  | { kind: "awal" }
  | { kind: "membaca" }
  | { kind: "lembar-kosong"; nama: string }
  | { kind: "tanpa-peta"; nama: string; alasan: "header-tidak-ditemukan" | "kolom-indikator-tidak-ada" }
  | { kind: "terbaca"; bacaan: Bacaan }
  | { kind: "gagal" };

/** What the IKU sheet is made from: nothing, the worked example, or the indicators just read. */
export type IsiIku = "kosong" | "contoh" | "data";

export type PesanKinerja =
  | { kind: "kolom-ditambah"; alamat: string }
  | { kind: "kolom-terisi"; alamat: readonly string[] }
  | { kind: "lembar-berubah" }
  | { kind: "iku-dibuat"; namaLembar: string; jumlah: number };

export type Sibuk = null | "menambah-kolom" | "membuat-iku";

export interface KinerjaState {
  baca: BacaState;
  /** Rules the user changed, by 0-based sheet row; the others keep their guessed rule. */
  aturan: ReadonlyMap<number, AturanIndikator>;
  tw: Triwulan;
  sibuk: Sibuk;
  pesan: PesanKinerja | null;
  /** The IKU sheet exists: asked before replacing it. */
  konfirmasiIku: { isi: IsiIku; namaLembar: string } | null;
}

export type KinerjaAction =
  | { kind: "mulai-baca" }
  | { kind: "kosong"; nama: string }
  | { kind: "terbaca"; lembar: LembarMentah; numberFormat: string[][] }
  | { kind: "ubah-peran"; kolom: number; peran: PeranKolom }
  | { kind: "ubah-aturan"; baris: number; aturan: AturanIndikator }
  | { kind: "pilih-tw"; tw: Triwulan }
  | { kind: "mulai"; sibuk: Exclude<Sibuk, null> }
  | { kind: "selesai"; pesan: PesanKinerja }
  | { kind: "iku-sudah-ada"; isi: IsiIku; namaLembar: string }
  | { kind: "batal-ganti" }
  | { kind: "gagal-baca" }
  | { kind: "gagal" };

export const stateAwal = (tw: Triwulan): KinerjaState => ({ baca: { kind: "awal" }, aturan: new Map(), tw, sibuk: null, pesan: null, konfirmasiIku: null });

function baca(lembar: LembarMentah, numberFormat: string[][], peta: PetaLembar): Bacaan {
  return { lembar, numberFormat, peta, hasil: bacaIndikator(lembar, peta, { numberFormat, locale: tebakLocale(lembar) }) };
}

export function kinerjaReducer(state: KinerjaState, action: KinerjaAction): KinerjaState {
  switch (action.kind) {
    case "mulai-baca": return { ...state, baca: { kind: "membaca" }, pesan: null, konfirmasiIku: null };
    case "kosong": return { ...state, baca: { kind: "lembar-kosong", nama: action.nama } };
    case "terbaca": {
      const peta = petakanLembar(action.lembar);
      if (peta.kind !== "ok") return { ...state, baca: { kind: "tanpa-peta", nama: action.lembar.nama, alasan: peta.kind }, aturan: new Map() };
      return { ...state, baca: { kind: "terbaca", bacaan: baca(action.lembar, action.numberFormat, peta.peta) }, aturan: new Map() };
    }
    case "ubah-peran": {
      if (state.baca.kind !== "terbaca") return state;
      const { lembar, numberFormat, peta } = state.baca.bacaan;
      return { ...state, baca: { kind: "terbaca", bacaan: baca(lembar, numberFormat, ubahPeran(peta, action.kolom, action.peran)) }, pesan: null };
    }
    case "ubah-aturan": return { ...state, aturan: new Map(state.aturan).set(action.baris, action.aturan), pesan: null };
    case "pilih-tw": return { ...state, tw: action.tw, pesan: null };
    case "mulai": return state.sibuk ? state : { ...state, sibuk: action.sibuk, pesan: null, konfirmasiIku: null };
    case "selesai": return { ...state, sibuk: null, pesan: action.pesan };
    case "iku-sudah-ada": return { ...state, sibuk: null, konfirmasiIku: { isi: action.isi, namaLembar: action.namaLembar } };
    case "batal-ganti": return { ...state, konfirmasiIku: null };
    case "gagal-baca": return { ...state, baca: { kind: "gagal" } };
    case "gagal": return { ...state, sibuk: null };
    default: return action satisfies never;
  }
}

/** The rule in force for a row: the user's, else the guessed one. */
export function aturanBaris(state: Pick<KinerjaState, "aturan">, baris: number, tebakan: AturanIndikator): AturanIndikator {
  return state.aturan.get(baris) ?? tebakan;
}
