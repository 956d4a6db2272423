/**
 * Pelaksana rules (Permenpan RB 35/2012): every step sits in the column of its pelaksana; a joint
 * activity spans adjacent columns (the symbol is one shape across them). The columns must exist,
 * fit the landscape page, carry a name, and be used.
 */
import type { Sop } from "../model";
import { maksKolomPelaksana, susunKolom } from "../layout/kolom";
import { hurufPerBaris, jumlahBarisTeks } from "../layout/teks";
import { MAKS_BARIS_KEPALA, type Kertas } from "../layout/ukuran";
import type { SopMasalah } from "./masalah";

export function periksaKolomPelaksana(sop: Sop, kertas: Kertas): SopMasalah[] {
  const { pelaksana } = sop;
  if (pelaksana.length === 0) return [{ tingkat: "error", kind: "tanpa-kolom-pelaksana" }];
  const hasil: SopMasalah[] = [];
  const batas = maksKolomPelaksana(kertas);
  if (pelaksana.length > batas) {
    hasil.push({ tingkat: "error", kind: "kolom-pelaksana-terlalu-banyak", jumlah: pelaksana.length, batas, kertas });
  }
  const kolom = susunKolom(pelaksana, kertas).filter((k) => k.pelaksana !== undefined);
  const terpakai = new Set(sop.langkah.flatMap((l) => l.pelaksana));
  const sudah = new Map<string, number>();
  pelaksana.forEach((nama, i) => {
    const kunci = nama.trim().toLowerCase();
    if (kunci === "") hasil.push({ tingkat: "peringatan", kind: "nama-pelaksana-kosong", kolomPelaksana: i });
    else if (sudah.has(kunci)) hasil.push({ tingkat: "peringatan", kind: "nama-pelaksana-ganda", kolomPelaksana: i, nama });
    else sudah.set(kunci, i);
    const baris = jumlahBarisTeks(nama.toUpperCase(), hurufPerBaris(kolom[i].lebar, "kepala"));
    if (baris > MAKS_BARIS_KEPALA) {
      hasil.push({ tingkat: "peringatan", kind: "nama-pelaksana-terlalu-panjang", kolomPelaksana: i, nama, baris, barisMaks: MAKS_BARIS_KEPALA });
    }
    if (sop.langkah.length > 0 && !terpakai.has(i)) {
      hasil.push({ tingkat: "peringatan", kind: "kolom-pelaksana-tak-terpakai", kolomPelaksana: i, nama });
    }
  });
  return hasil;
}

export function periksaPelaksanaLangkah(sop: Sop): SopMasalah[] {
  const hasil: SopMasalah[] = [];
  for (const l of sop.langkah) {
    const dasar = { langkahId: l.id, field: "pelaksana" as const };
    if (l.pelaksana.length === 0) {
      hasil.push({ tingkat: "error", kind: "pelaksana-kosong", ...dasar });
      continue;
    }
    const salah = l.pelaksana.filter((k) => !Number.isInteger(k) || k < 0 || k >= sop.pelaksana.length);
    for (const k of salah) hasil.push({ tingkat: "error", kind: "pelaksana-tidak-dikenal", ...dasar, kolomPelaksana: k });
    if (salah.length > 0) continue;
    // Adjacent = the sorted distinct indices form one run, so one shape can span them.
    const urut = [...new Set(l.pelaksana)].sort((a, b) => a - b);
    if (urut[urut.length - 1] - urut[0] !== urut.length - 1) {
      hasil.push({ tingkat: "error", kind: "pelaksana-tidak-berdampingan", ...dasar });
    }
  }
  return hasil;
}
