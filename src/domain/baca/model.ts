/** A sheet as read from Excel: the used range's values and the merges, 0-based sheet coordinates. */
export interface LembarMentah {
  nama: string;
  /** Row and column of values[0][0] on the sheet. */
  baris0: number;
  kolom0: number;
  values: unknown[][];
  merges: { row: number; col: number; rowCount: number; colCount: number }[];
}

export type TW = 1 | 2 | 3 | 4;

/** What a column holds, as far as Evapor's capaian is concerned. */
export type PeranKolom =
  | { kind: "no" }
  | { kind: "sasaran" }
  | { kind: "uraian" }
  | { kind: "indikator" }
  | { kind: "satuan" }
  | { kind: "target" }
  | { kind: "target-tw"; tw: TW }
  | { kind: "realisasi-tw"; tw: TW }
  | { kind: "target-renstra" }
  | { kind: "realisasi-renstra" }
  | { kind: "capaian" }
  | { kind: "penanggung-jawab" }
  | { kind: "sumber-data" }
  | { kind: "lainnya" };

export interface KolomTerbaca {
  /** 0-based sheet column. */
  kolom: number;
  /** The header text, top row to bottom, merged spans spread over their columns. */
  judul: string;
  peran: PeranKolom;
  /** Form E.81 splits columns into K (kinerja) and Rp (anggaran); only K carries capaian. */
  sub?: "K" | "Rp";
}

export type AlasanLewati = "kelompok" | "ringkasan" | "kosong" | "nomor-kolom";

export interface PetaLembar {
  /** 0-based sheet rows of the header, 1 to 3 of them. */
  barisHeader: number[];
  barisNomorKolom: number | null;
  kolom: KolomTerbaca[];
  barisData: number[];
  barisDilewati: { baris: number; alasan: AlasanLewati }[];
}

export type HasilPeta = { kind: "ok"; peta: PetaLembar } | { kind: "header-tidak-ditemukan" } | { kind: "kolom-indikator-tidak-ada" };
