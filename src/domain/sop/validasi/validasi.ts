/**
 * validateSop: the SOP AP rules (Permenpan RB 35/2012) checked before an SOP is inserted as a
 * sheet. Errors first (in rule order), then warnings; within a level, procedure-wide problems
 * before those of steps, steps in their order.
 */
import type { Sop } from "../model";
import type { Kertas } from "../layout/ukuran";
import type { OpsiWaktu } from "../waktu/parse";
import { periksaAlur } from "./alur";
import { periksaIdentitas, periksaIsi } from "./isi";
import type { SopMasalah } from "./masalah";
import { periksaKolomPelaksana, periksaPelaksanaLangkah } from "./pelaksana";

export interface OpsiValidasi extends OpsiWaktu {
  /** Paper the SOP will be printed on; column widths (and so text limits) depend on it. Default A4. */
  kertas?: Kertas;
}

export function validateSop(sop: Sop, opsi: OpsiValidasi = {}): SopMasalah[] {
  const kertas = opsi.kertas ?? "A4";
  const semua = [
    ...periksaIdentitas(sop),
    ...periksaKolomPelaksana(sop, kertas),
    ...periksaAlur(sop),
    ...periksaPelaksanaLangkah(sop),
    ...periksaIsi(sop, kertas, opsi),
  ];
  const urutan = new Map(sop.langkah.map((l, i) => [l.id, i]));
  const posisi = (m: SopMasalah) => ("langkahId" in m ? (urutan.get(m.langkahId) ?? -1) : -1);
  // stable sort: errors before warnings, then by step
  return semua
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.tingkat === b.m.tingkat ? 0 : a.m.tingkat === "error" ? -1 : 1)
      || posisi(a.m) - posisi(b.m) || a.i - b.i)
    .map((x) => x.m);
}

export function adaError(masalah: readonly SopMasalah[]): boolean {
  return masalah.some((m) => m.tingkat === "error");
}
