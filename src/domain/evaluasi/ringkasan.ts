/**
 * The figures a quarterly evaluation sheet and its Berita Acara report: how many indicators fall in
 * each predikat, the average capaian, and which indicators have no data for the quarter.
 */

/** An indicator's capaian for the quarter, as the capaian rules left it. */
export type CapaianRingkas =
  | { kind: "ok"; persen: number }
  /** e.g. positif with target 0 (DESIGN.md, Capaian): the reason is shown, not a number. */
  | { kind: "tidak-terhitung"; alasan: string }
  /** Realisasi not reported yet: empty, never 0 (DESIGN.md). */
  | { kind: "kosong" };

export interface HasilIndikatorTw {
  indikator: string;
  capaian: CapaianRingkas;
  /** The predikat of a computed capaian, as named by the workbook's scale. */
  predikat?: string;
}

export interface JumlahPredikat {
  predikat: string;
  jumlah: number;
}

/** An indicator by its position in the input (rows may share a name) and its name. */
export interface IndikatorDirujuk {
  indeks: number;
  indikator: string;
}

export interface RingkasanEvaluasi {
  jumlahIndikator: number;
  /** Every band of the scale, in the scale's order, zero counts included. */
  perPredikat: JumlahPredikat[];
  /** Predikat names not on the scale (a scale edited after the fact), in order of first appearance. */
  predikatLain: JumlahPredikat[];
  /** Computed indicators that carry no predikat. */
  tanpaPredikat: IndikatorDirujuk[];
  jumlahTerhitung: number;
  /** Plain mean of the computed capaian; `null` when none is computed. Unrounded: display rounds. */
  rataRataCapaian: number | null;
  /** No realisasi for the quarter. */
  tanpaData: IndikatorDirujuk[];
  tidakTerhitung: (IndikatorDirujuk & { alasan: string })[];
}

/**
 * Summarises an evaluation. `namaPita` are the scale's band names from highest to lowest
 * (`skala.pita.map((p) => p.nama)`). Only computed indicators are counted under a predikat: a
 * predikat without a capaian means nothing. A capaian that is not a finite number counts as not
 * computable, so one bad cell cannot turn the average into NaN.
 */
export function ringkasEvaluasi(hasil: readonly HasilIndikatorTw[], namaPita: readonly string[]): RingkasanEvaluasi {
  const perPredikat = namaPita.map((predikat) => ({ predikat, jumlah: 0 }));
  const predikatLain: JumlahPredikat[] = [];
  const tanpaPredikat: IndikatorDirujuk[] = [];
  const tanpaData: IndikatorDirujuk[] = [];
  const tidakTerhitung: (IndikatorDirujuk & { alasan: string })[] = [];
  let jumlahTerhitung = 0;
  let total = 0;

  hasil.forEach(({ indikator, capaian, predikat }, indeks) => {
    switch (capaian.kind) {
      case "kosong":
        tanpaData.push({ indeks, indikator });
        return;
      case "tidak-terhitung":
        tidakTerhitung.push({ indeks, indikator, alasan: capaian.alasan });
        return;
      case "ok":
        break;
      default:
        capaian satisfies never;
        return;
    }
    if (!Number.isFinite(capaian.persen)) {
      tidakTerhitung.push({ indeks, indikator, alasan: "capaian bukan angka" });
      return;
    }
    jumlahTerhitung += 1;
    total += capaian.persen;
    const nama = predikat?.trim() ?? "";
    if (nama === "") {
      tanpaPredikat.push({ indeks, indikator });
      return;
    }
    const baris = perPredikat.find((p) => p.predikat === nama) ?? predikatLain.find((p) => p.predikat === nama);
    if (baris) baris.jumlah += 1;
    else predikatLain.push({ predikat: nama, jumlah: 1 });
  });

  return {
    jumlahIndikator: hasil.length,
    perPredikat,
    predikatLain,
    tanpaPredikat,
    jumlahTerhitung,
    rataRataCapaian: jumlahTerhitung === 0 ? null : total / jumlahTerhitung,
    tanpaData,
    tidakTerhitung,
  };
}
