/** Small hand-made SOPs for the layout and validation tests. */
import { emptySop, langkahBaru, type Langkah, type Sop } from "../../../../src/domain/sop";

/** mulai, proses…, selesai in the given columns; `ubah` adjusts steps by number (1-based). */
export function sopContoh(pelaksana: readonly number[][], ubah: Record<number, Partial<Langkah>> = {}, peran = ["Camat", "Sekcam", "Kasi", "Staf"]): Sop {
  const sop = emptySop();
  sop.identitas.nama = "Contoh";
  sop.identitas.nomor = "001/2024";
  sop.pelaksana = [...peran];
  sop.langkah = pelaksana.map((p, i) => langkahBaru(`L${i + 1}`, {
    kegiatan: `Kegiatan ${i + 1}`,
    pelaksana: [...p],
    jenis: i === 0 ? "mulai" : i === pelaksana.length - 1 ? "selesai" : "proses",
    kelengkapan: "Dokumen",
    waktu: "15 menit",
    output: "Hasil",
    ...ubah[i + 1],
  }));
  return sop;
}
