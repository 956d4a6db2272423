/**
 * Structural edits (add, remove, move, duplicate) must not re-route a decision silently: a branch
 * written as `null` means "the next step in order", so any edit that changes which step comes next
 * would send Ya or Tidak somewhere else. `pertahankanCabang` pins such a branch to the step it led
 * to before the edit (by id). When that step was removed, the branch keeps its id and
 * validateSop reports it ("cabang-tidak-ada"), so the user decides where it goes now.
 */
import { targetCabang, type Langkah, type Sop } from "../model";

export function pertahankanCabang(sebelum: Sop, sesudah: Sop): Sop {
  let berubah = false;
  const langkah = sesudah.langkah.map((l): Langkah => {
    if (l.jenis !== "keputusan" || !l.cabang) return l;
    const cabang = { ...l.cabang };
    for (const k of ["ya", "tidak"] as const) {
      if (cabang[k] !== null) continue;
      const dulu = targetCabang(sebelum, l.id, null);
      const kini = targetCabang(sesudah, l.id, null);
      if (dulu && dulu.id !== kini?.id) {
        cabang[k] = dulu.id;
        berubah = true;
      }
    }
    return { ...l, cabang };
  });
  return berubah ? { ...sesudah, langkah } : sesudah;
}
