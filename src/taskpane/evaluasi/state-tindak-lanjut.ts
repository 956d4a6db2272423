import type { BarisTindakLanjut, MasalahBarisTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-lembar";
import type { MasalahTindakLanjut, MasukanTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import type { HasilDaftarTindakLanjut, HasilLanjutkanStatus, HasilTambahTindakLanjut } from "../../excel/evaluasi/tindak-lanjut";

export type Saringan = "terbuka" | "terlambat" | "semua";

export type Daftar =
  | { kind: "memuat" }
  | { kind: "gagal" }
  | { kind: "lembar-tidak-ada"; namaLembar: string }
  | { kind: "bukan-lembar-tindak-lanjut" }
  | { kind: "ok"; daftar: BarisTindakLanjut[]; masalah: MasalahBarisTindakLanjut[] };

/** The last result of a user action, shown above the list. */
export type Pesan =
  | { kind: "tambah"; hasil: HasilTambahTindakLanjut }
  | { kind: "lanjutkan"; hasil: HasilLanjutkanStatus }
  | { kind: "form-tidak-valid" };

export type FormBaru = Omit<MasukanTindakLanjut, "tanggalDiserahkan">;

export interface TindakLanjutState {
  daftar: Daftar;
  saringan: Saringan;
  sibuk: boolean;
  pesan: Pesan | null;
  form: FormBaru;
  masalahForm: MasalahTindakLanjut[];
}

export type TindakLanjutAction =
  | { kind: "muat" }
  | { kind: "dimuat"; hasil: HasilDaftarTindakLanjut }
  | { kind: "gagal" }
  | { kind: "saring"; saringan: Saringan }
  | { kind: "ubah-form"; field: keyof FormBaru; nilai: string }
  | { kind: "form-tidak-valid"; masalah: MasalahTindakLanjut[] }
  | { kind: "mulai" }
  | { kind: "selesai"; pesan: Pesan | null; kosongkanForm?: boolean };

export const FORM_KOSONG: FormBaru = { rekomendasi: "", indikator: "", penanggungJawab: "", batasWaktu: "" };

export const AWAL_TINDAK_LANJUT: TindakLanjutState = { daftar: { kind: "memuat" }, saringan: "terbuka", sibuk: false, pesan: null, form: FORM_KOSONG, masalahForm: [] };

export function tindakLanjutReducer(s: TindakLanjutState, a: TindakLanjutAction): TindakLanjutState {
  switch (a.kind) {
    case "muat": return { ...s, daftar: { kind: "memuat" } };
    case "dimuat": return { ...s, daftar: a.hasil };
    case "gagal": return { ...s, daftar: { kind: "gagal" }, sibuk: false };
    case "saring": return { ...s, saringan: a.saringan };
    case "ubah-form": return { ...s, form: { ...s.form, [a.field]: a.nilai }, masalahForm: s.masalahForm.filter((m) => m.field !== a.field) };
    case "form-tidak-valid": return { ...s, masalahForm: a.masalah, pesan: { kind: "form-tidak-valid" } };
    case "mulai": return { ...s, sibuk: true, pesan: null };
    case "selesai": return { ...s, sibuk: false, pesan: a.pesan, ...(a.kosongkanForm ? { form: FORM_KOSONG, masalahForm: [] } : {}) };
    default: return a satisfies never;
  }
}

/** Open ones first (most days late first), then settled ones in row order; filtered. */
export function daftarTampil(daftar: readonly BarisTindakLanjut[], saringan: Saringan): BarisTindakLanjut[] {
  const selesai = (b: BarisTindakLanjut) => b.tindakLanjut.status === "diketahui-camat" || b.tindakLanjut.status === "diarsipkan";
  const tersaring = daftar.filter((b) => {
    switch (saringan) {
      case "semua": return true;
      case "terbuka": return !selesai(b);
      case "terlambat": return b.hariTerlambat > 0;
      default: return saringan satisfies never;
    }
  });
  return [...tersaring].sort((x, y) => Number(selesai(x)) - Number(selesai(y)) || y.hariTerlambat - x.hariTerlambat || x.baris - y.baris);
}
