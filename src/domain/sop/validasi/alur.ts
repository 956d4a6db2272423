/**
 * The flow rules of SOP AP (Permenpan RB 35/2012, symbols): a terminator opens and closes the
 * procedure and appears nowhere else; a decision has two exits, Ya and Tidak, each leading to a
 * step of the same SOP other than itself.
 */
import { targetCabang, type Sop } from "../model";
import type { CabangKe, SopMasalah } from "./masalah";

export function periksaAlur(sop: Sop): SopMasalah[] {
  const hasil: SopMasalah[] = [];
  const { langkah } = sop;
  if (langkah.length < 2) hasil.push({ tingkat: "error", kind: "langkah-kurang", jumlah: langkah.length });
  const dilihat = new Set<string>();
  for (const l of langkah) {
    if (dilihat.has(l.id)) hasil.push({ tingkat: "error", kind: "id-langkah-ganda", langkahId: l.id });
    dilihat.add(l.id);
  }
  if (langkah.length === 0) return hasil;
  const akhir = langkah.length - 1;
  langkah.forEach((l, i) => {
    if (i === 0 && l.jenis !== "mulai") hasil.push({ tingkat: "error", kind: "awal-bukan-mulai", langkahId: l.id, field: "jenis" });
    if (i === akhir && l.jenis !== "selesai" && akhir > 0) hasil.push({ tingkat: "error", kind: "akhir-bukan-selesai", langkahId: l.id, field: "jenis" });
    if ((l.jenis === "mulai" && i !== 0) || (l.jenis === "selesai" && i !== akhir)) {
      hasil.push({ tingkat: "error", kind: "terminator-di-tengah", langkahId: l.id, field: "jenis", jenis: l.jenis });
    }
    if (l.jenis === "keputusan") hasil.push(...periksaCabang(sop, i));
  });
  return hasil;
}

function periksaCabang(sop: Sop, i: number): SopMasalah[] {
  const l = sop.langkah[i];
  // No branches at all: an import that found a question but not where it leads. Reported as one
  // problem rather than read as "both to the next step" (which would be a decision that decides nothing).
  if (!l.cabang) return [{ tingkat: "error", kind: "cabang-kosong", langkahId: l.id, field: "cabang" }];
  const { cabang } = l;
  const hasil: SopMasalah[] = [];
  const tujuan: Partial<Record<CabangKe, string>> = {};
  for (const ke of ["ya", "tidak"] as const) {
    // `null` = the next step (model.ts); a decision as the last step has none.
    const t = targetCabang(sop, l.id, cabang[ke]);
    if (t === null) {
      hasil.push({ tingkat: "error", kind: "cabang-tidak-ada", langkahId: l.id, field: "cabang", cabang: ke, target: cabang[ke] });
    } else if (t.id === l.id) {
      hasil.push({ tingkat: "error", kind: "cabang-ke-diri-sendiri", langkahId: l.id, field: "cabang", cabang: ke });
    } else tujuan[ke] = t.id;
  }
  if (tujuan.ya !== undefined && tujuan.ya === tujuan.tidak) {
    hasil.push({ tingkat: "peringatan", kind: "cabang-sama", langkahId: l.id, field: "cabang" });
  }
  return hasil;
}
