import { twSebelumnya, type PeriodeTw, type Triwulan } from "../../domain/evaluasi/triwulan";
import type { HasilAksiEvaluasi } from "./aksi-tipe";
import { drafAwal, ubahBa, type BidangBa, type DrafBeritaAcara, type EditBa } from "./state-berita-acara";

export interface EvaluasiTwState {
  periode: PeriodeTw;
  sibuk: boolean;
  hasil: HasilAksiEvaluasi | null;
  /** The Berita Acara form, when open. */
  ba: { draf: DrafBeritaAcara; salah: BidangBa[] } | null;
}

export type EvaluasiTwAction =
  | { kind: "tahun"; tahun: number }
  | { kind: "tw"; tw: Triwulan }
  | { kind: "mulai" }
  | { kind: "selesai"; hasil: HasilAksiEvaluasi | null }
  | { kind: "buka-ba"; tanggal: string }
  | { kind: "tutup-ba" }
  | { kind: "ubah-ba"; edit: EditBa }
  | { kind: "ba-tidak-valid"; bidang: BidangBa[] };

export function evaluasiTwAwal(periode: PeriodeTw): EvaluasiTwState {
  return { periode, sibuk: false, hasil: null, ba: null };
}

export function evaluasiTwReducer(s: EvaluasiTwState, a: EvaluasiTwAction): EvaluasiTwState {
  switch (a.kind) {
    case "tahun": return { ...s, periode: { ...s.periode, tahun: a.tahun }, hasil: null };
    case "tw": return { ...s, periode: { ...s.periode, tw: a.tw }, hasil: null };
    case "mulai": return { ...s, sibuk: true, hasil: null };
    case "selesai": {
      // The form closes once the Berita Acara is written.
      const ba = a.hasil?.aksi === "berita-acara" && a.hasil.hasil.kind === "ok" ? null : s.ba;
      return { ...s, sibuk: false, hasil: a.hasil, ba };
    }
    case "buka-ba": return { ...s, ba: s.ba ?? { draf: drafAwal(a.tanggal), salah: [] } };
    case "tutup-ba": return { ...s, ba: null };
    case "ubah-ba": return s.ba ? { ...s, ba: { draf: ubahBa(s.ba.draf, a.edit), salah: s.ba.salah } } : s;
    case "ba-tidak-valid": return s.ba ? { ...s, ba: { ...s.ba, salah: a.bidang } } : s;
    default: return a satisfies never;
  }
}

/** The quarter evaluated by default: the one before today's (the seeds' "hasil pemantauan Kuartal lalu"). */
export function periodeAwal(today: Date): PeriodeTw {
  return twSebelumnya({ tahun: today.getFullYear(), bulan: today.getMonth() + 1, hari: today.getDate() });
}
