import type { MasalahTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import type { HasilAmbilRekomendasi, Rekomendasi } from "./aksi-tipe";

export interface PilihanRekomendasi {
  rek: Rekomendasi;
  /** Already in the list (same rekomendasi and indikator): shown, not selectable. */
  sudahAda: boolean;
  dipilih: boolean;
  penanggungJawab: string;
  batasWaktu: string;
  masalah: MasalahTindakLanjut[];
}

export type RekomendasiState =
  | { kind: "tutup" }
  | { kind: "memuat" }
  | { kind: "tidak-ada"; namaLembar: string }
  | { kind: "pilih"; namaLembar: string; pilihan: PilihanRekomendasi[] };

export type RekomendasiAction =
  | { kind: "muat" }
  | { kind: "dimuat"; hasil: HasilAmbilRekomendasi; sudahAda: (r: Rekomendasi) => boolean; batasWaktu: string }
  | { kind: "ubah"; index: number; ubah: Partial<Pick<PilihanRekomendasi, "dipilih" | "penanggungJawab" | "batasWaktu">> }
  | { kind: "masalah"; masalah: Record<number, MasalahTindakLanjut[]> }
  | { kind: "tutup" };

export function rekomendasiReducer(s: RekomendasiState, a: RekomendasiAction): RekomendasiState {
  switch (a.kind) {
    case "muat": return { kind: "memuat" };
    case "dimuat":
      if (a.hasil.kind === "lembar-tidak-ada") return { kind: "tidak-ada", namaLembar: a.hasil.namaLembar };
      return {
        kind: "pilih",
        namaLembar: a.hasil.namaLembar,
        pilihan: a.hasil.rekomendasi.map((rek) => ({ rek, sudahAda: a.sudahAda(rek), dipilih: false, penanggungJawab: "", batasWaktu: a.batasWaktu, masalah: [] })),
      };
    case "ubah":
      return s.kind === "pilih" ? { ...s, pilihan: s.pilihan.map((p, i) => (i === a.index ? { ...p, ...a.ubah, masalah: [] } : p)) } : s;
    case "masalah":
      return s.kind === "pilih" ? { ...s, pilihan: s.pilihan.map((p, i) => ({ ...p, masalah: a.masalah[i] ?? [] })) } : s;
    case "tutup": return { kind: "tutup" };
    default: return a satisfies never;
  }
}
