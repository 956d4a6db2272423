/**
 * The message of one validateSop problem in the pane's language, naming the step by its printed
 * number (kolom NO) and the pelaksana column by its name.
 */
import { nomorLangkah, type BidangLangkah, type Sop, type SopMasalah } from "../../domain/sop";
import type { MessageKey, Translate } from "../i18n";

const cabang = (c: "ya" | "tidak", t: Translate) => t(c === "ya" ? "sop.masalah.cabang.ya" : "sop.masalah.cabang.tidak");
const bidang = (b: BidangLangkah, t: Translate) => t(`sop.masalah.bidang.${b}` satisfies MessageKey);

function isi(m: SopMasalah, sop: Sop, t: Translate): string {
  switch (m.kind) {
    case "langkah-kurang": return t("sop.masalah.langkah-kurang", { jumlah: m.jumlah });
    case "id-langkah-ganda": return t("sop.masalah.id-langkah-ganda", { id: m.langkahId });
    case "tanpa-kolom-pelaksana": return t("sop.masalah.tanpa-kolom-pelaksana");
    case "kolom-pelaksana-terlalu-banyak":
      return t(m.kertas === "A4" ? "sop.masalah.kolom-terlalu-banyak.A4" : "sop.masalah.kolom-terlalu-banyak.F4", { jumlah: m.jumlah, batas: m.batas });
    case "identitas-kosong": return t(m.field === "nama" ? "sop.masalah.nama-kosong" : "sop.masalah.nomor-kosong");
    case "nama-pelaksana-kosong": return t("sop.masalah.nama-pelaksana-kosong", { nomor: m.kolomPelaksana + 1 });
    case "nama-pelaksana-ganda": return t("sop.masalah.nama-pelaksana-ganda", { nomor: m.kolomPelaksana + 1, nama: m.nama });
    case "nama-pelaksana-terlalu-panjang": return t("sop.masalah.nama-pelaksana-terlalu-panjang", { nama: m.nama, baris: m.baris, barisMaks: m.barisMaks });
    case "kolom-pelaksana-tak-terpakai": return t("sop.masalah.kolom-pelaksana-tak-terpakai", { nama: m.nama });
    case "awal-bukan-mulai": return t("sop.masalah.awal-bukan-mulai");
    case "akhir-bukan-selesai": return t("sop.masalah.akhir-bukan-selesai");
    case "terminator-di-tengah": return t(m.jenis === "mulai" ? "sop.masalah.mulai-di-tengah" : "sop.masalah.selesai-di-tengah");
    case "cabang-kosong": return t("sop.masalah.cabang-kosong");
    case "cabang-tidak-ada":
      return m.target === null
        ? t("sop.masalah.cabang-tanpa-langkah-berikut", { cabang: cabang(m.cabang, t) })
        : t("sop.masalah.cabang-tidak-ada", { cabang: cabang(m.cabang, t), target: m.target });
    case "cabang-ke-diri-sendiri": return t("sop.masalah.cabang-ke-diri-sendiri", { cabang: cabang(m.cabang, t) });
    case "cabang-sama": return t("sop.masalah.cabang-sama");
    case "pelaksana-kosong": return t("sop.masalah.pelaksana-kosong");
    case "pelaksana-tidak-dikenal": return t("sop.masalah.pelaksana-tidak-dikenal", { nomor: m.kolomPelaksana + 1, jumlah: sop.pelaksana.length });
    case "pelaksana-tidak-berdampingan": {
      const l = sop.langkah.find((x) => x.id === m.langkahId);
      const nama = (l?.pelaksana ?? []).map((i) => sop.pelaksana[i]?.trim() || t("sop.masalah.kolom-ke", { nomor: i + 1 })).join(", ");
      return t("sop.masalah.pelaksana-tidak-berdampingan", { nama });
    }
    case "kegiatan-kosong": return t("sop.masalah.kegiatan-kosong");
    case "teks-terlalu-panjang":
      return t("sop.masalah.teks-terlalu-panjang", { bidang: bidang(m.field, t), panjang: m.panjang, baris: m.baris, batas: m.batas, barisMaks: m.barisMaks });
    case "waktu-kosong": return t("sop.masalah.waktu-kosong");
    case "waktu-tidak-terbaca": return t("sop.masalah.waktu-tidak-terbaca", { teks: m.teks });
    case "perlu-diperiksa": return t("sop.masalah.perlu-diperiksa", { bidang: bidang(m.field, t) });
    default: return m satisfies never;
  }
}

export function pesanMasalahSop(m: SopMasalah, sop: Sop, t: Translate): string {
  const teks = isi(m, sop, t);
  if (!("langkahId" in m)) return teks;
  const n = nomorLangkah(sop, m.langkahId);
  return n === null ? t("sop.masalah.langkah-id", { id: m.langkahId, isi: teks }) : t("sop.masalah.langkah", { nomor: n, isi: teks });
}
