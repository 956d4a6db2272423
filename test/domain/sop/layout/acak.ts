/** A small seeded PRNG (mulberry32) and generated SOPs for the layout invariants. */
import { emptySop, langkahBaru, type Langkah, type Sop } from "../../../../src/domain/sop";

export type Acak = () => number;

export function mulberry32(benih: number): Acak {
  let a = benih >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const bulat = (acak: Acak, min: number, maks: number): number => min + Math.floor(acak() * (maks - min + 1));
const pilih = <T,>(acak: Acak, xs: readonly T[]): T => xs[Math.floor(acak() * xs.length)];

const KATA = ["menyiapkan", "bahan", "rapat", "evaluasi", "kinerja", "laporan", "data", "Sekcam", "Camat",
  "memeriksa", "dokumen", "tindak", "lanjut", "hasil", "pemantauan", "triwulan", "dan", "kepada", "untuk"];
const kalimat = (acak: Acak, n: number) => Array.from({ length: n }, () => pilih(acak, KATA)).join(" ");

export interface OpsiAcak {
  langkah: number;
  pelaksana: number;
  /** Chance a middle step is a decision. */
  keputusan?: number;
  /** Chance a step is a joint activity over 2–3 adjacent columns. */
  bersama?: number;
}

/** A valid SOP: mulai … selesai, decisions jumping back and forward, joint activities. */
export function sopAcak(acak: Acak, o: OpsiAcak): Sop {
  const n = o.langkah;
  const ids = Array.from({ length: n }, (_, i) => `L${i + 1}`);
  const langkah: Langkah[] = ids.map((id, i) => {
    const c = bulat(acak, 0, o.pelaksana - 1);
    const lebar = acak() < (o.bersama ?? 0.15) ? bulat(acak, 2, 3) : 1;
    const awal = Math.max(0, Math.min(c, o.pelaksana - lebar));
    const pelaksana = Array.from({ length: Math.min(lebar, o.pelaksana) }, (_, k) => awal + k);
    const jenis = i === 0 ? "mulai" : i === n - 1 ? "selesai" : acak() < (o.keputusan ?? 0.25) ? "keputusan" : "proses";
    const lain = () => { let j = i; while (j === i) j = bulat(acak, 0, n - 1); return ids[j]; };
    return langkahBaru(id, {
      kegiatan: kalimat(acak, bulat(acak, 2, 22)), pelaksana, jenis,
      ...(jenis === "keputusan" ? { cabang: { ya: acak() < 0.6 ? null : lain(), tidak: acak() < 0.15 ? null : lain() } } : {}),
      kelengkapan: kalimat(acak, bulat(acak, 1, 6)), waktu: `${bulat(acak, 1, 59)} menit`, output: kalimat(acak, bulat(acak, 1, 6)),
    });
  });
  const sop = emptySop();
  sop.identitas.nama = "SOP uji";
  sop.identitas.nomor = "000/1/2024";
  sop.pelaksana = Array.from({ length: o.pelaksana }, (_, i) => (acak() < 0.3 ? `Kepala Sub Bagian Perencanaan ${i + 1}` : `Peran ${i + 1}`));
  sop.langkah = langkah;
  return sop;
}
