/**
 * The pelaksana columns (Permenpan RB 35/2012: one column per role). Steps hold column indices,
 * so every change of the column list remaps them. Removing a column a step used takes that index
 * off the step and flags its pelaksana `perluDiperiksa`: validateSop then reports the step
 * ("pelaksana perlu diperiksa" or "pelaksana belum ditentukan") instead of the step silently
 * moving to whichever column slid into the removed one's place.
 */
import type { Langkah, Sop } from "../model";
import type { EditSop } from "./model";

type EditPelaksana = Extract<EditSop, { kind: "pelaksana-tambah" | "pelaksana-ubah-nama" | "pelaksana-pindah" | "pelaksana-hapus" }>;

const urut = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b);

function tandai(l: Langkah): Langkah {
  return l.perluDiperiksa.includes("pelaksana") ? l : { ...l, perluDiperiksa: [...l.perluDiperiksa, "pelaksana"] };
}

/** Steps whose symbol sits (also) in column `kolom`: what removing it would concern. */
export function langkahDiKolom(sop: Sop, kolom: number): Langkah[] {
  return sop.langkah.filter((l) => l.pelaksana.includes(kolom));
}

function hapus(sop: Sop, kolom: number): Sop {
  if (kolom < 0 || kolom >= sop.pelaksana.length) return sop;
  const langkah = sop.langkah.map((l) => {
    const sisa = urut(l.pelaksana.filter((p) => p !== kolom).map((p) => (p > kolom ? p - 1 : p)));
    const baru = { ...l, pelaksana: sisa };
    return l.pelaksana.includes(kolom) ? tandai(baru) : baru;
  });
  return { ...sop, pelaksana: sop.pelaksana.filter((_, i) => i !== kolom), langkah };
}

function pindah(sop: Sop, kolom: number, ke: number): Sop {
  const n = sop.pelaksana.length;
  if (kolom < 0 || kolom >= n || ke < 0 || ke >= n) return sop;
  const tukar = (p: number) => (p === kolom ? ke : p === ke ? kolom : p);
  const pelaksana = sop.pelaksana.map((_, i) => sop.pelaksana[tukar(i)]);
  // A joint activity may stop being adjacent: validateSop reports "pelaksana-tidak-berdampingan".
  const langkah = sop.langkah.map((l) => ({ ...l, pelaksana: urut(l.pelaksana.map(tukar)) }));
  return { ...sop, pelaksana, langkah };
}

export function ubahPelaksana(sop: Sop, edit: EditPelaksana): Sop {
  switch (edit.kind) {
    case "pelaksana-tambah":
      return { ...sop, pelaksana: [...sop.pelaksana, edit.nama] };
    case "pelaksana-ubah-nama":
      if (edit.kolom < 0 || edit.kolom >= sop.pelaksana.length) return sop;
      return { ...sop, pelaksana: sop.pelaksana.map((p, i) => (i === edit.kolom ? edit.nama : p)) };
    case "pelaksana-pindah":
      return pindah(sop, edit.kolom, edit.arah === "naik" ? edit.kolom - 1 : edit.kolom + 1);
    case "pelaksana-hapus":
      return hapus(sop, edit.kolom);
    default:
      return edit satisfies never;
  }
}
