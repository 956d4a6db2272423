/**
 * Contents of the steps and the identity block: an activity must be described; mutu baku waktu
 * should be filled and readable; every text must fit its printed cell (at most MAKS_BARIS_TEKS
 * lines in the column width the layout gives it); Nama SOP and Nomor SOP belong to the identity
 * block (Permenpan RB 35/2012) but a draft may lack them, so they are warnings.
 */
import type { Sop } from "../model";
import { susunKolom, type KunciKolom } from "../layout/kolom";
import { hurufPerBaris, jumlahBarisTeks } from "../layout/teks";
import { MAKS_BARIS_TEKS, type Kertas } from "../layout/ukuran";
import { parseWaktu, type OpsiWaktu } from "../waktu/parse";
import type { BidangTeks, SopMasalah } from "./masalah";

const BIDANG_TEKS: readonly BidangTeks[] = ["kegiatan", "kelengkapan", "waktu", "output", "keterangan"];

export function periksaIdentitas(sop: Sop): SopMasalah[] {
  const hasil: SopMasalah[] = [];
  for (const field of ["nama", "nomor"] as const) {
    if (sop.identitas[field].trim() === "") hasil.push({ tingkat: "peringatan", kind: "identitas-kosong", field });
  }
  return hasil;
}

export function periksaIsi(sop: Sop, kertas: Kertas, opsiWaktu: OpsiWaktu): SopMasalah[] {
  const kolom = susunKolom(sop.pelaksana, kertas);
  const perBaris = new Map(BIDANG_TEKS.map((b) => {
    const k = kolom.find((c) => c.kunci === (b satisfies KunciKolom));
    return [b, hurufPerBaris(k?.lebar ?? 0)] as const;
  }));
  const hasil: SopMasalah[] = [];
  for (const l of sop.langkah) {
    if (l.kegiatan.trim() === "") hasil.push({ tingkat: "error", kind: "kegiatan-kosong", langkahId: l.id, field: "kegiatan" });
    const w = parseWaktu(l.waktu, opsiWaktu);
    if (w.kind === "kosong") hasil.push({ tingkat: "peringatan", kind: "waktu-kosong", langkahId: l.id, field: "waktu" });
    if (w.kind === "tidak-terbaca") hasil.push({ tingkat: "peringatan", kind: "waktu-tidak-terbaca", langkahId: l.id, field: "waktu", teks: l.waktu });
    for (const field of BIDANG_TEKS) {
      const hpb = perBaris.get(field) ?? 1;
      const baris = jumlahBarisTeks(l[field], hpb);
      if (baris > MAKS_BARIS_TEKS) {
        hasil.push({
          tingkat: "peringatan", kind: "teks-terlalu-panjang", langkahId: l.id, field,
          panjang: l[field].trim().length, batas: hpb * MAKS_BARIS_TEKS, baris, barisMaks: MAKS_BARIS_TEKS,
        });
      }
    }
    for (const field of l.perluDiperiksa) hasil.push({ tingkat: "peringatan", kind: "perlu-diperiksa", langkahId: l.id, field });
  }
  return hasil;
}
