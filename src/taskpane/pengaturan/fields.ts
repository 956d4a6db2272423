import type { SkalaError } from "../../domain/kinerja/predikat";
import type { BidangPengaturan, MasalahPengaturan } from "../../domain/pengaturan";
import type { PlainKey, Translate } from "../i18n";

/** The label of each setting, also used to name settings that could not be read. */
export const LABEL_BIDANG: Record<BidangPengaturan, PlainKey> = {
  "instansi.kabupaten": "pengaturan.kabupaten",
  "instansi.kecamatan": "pengaturan.kecamatan",
  "instansi.alamat": "pengaturan.alamat",
  "camat.nama": "pengaturan.camat.nama",
  "camat.nip": "pengaturan.camat.nip",
  "sekcam.nama": "pengaturan.sekcam.nama",
  "sekcam.nip": "pengaturan.sekcam.nip",
  tahun: "pengaturan.tahun",
  kertas: "pengaturan.kertas",
  skala: "pengaturan.skala",
};

export function pesanSkala(e: SkalaError, t: Translate): string {
  switch (e.kind) {
    case "kosong": return t("masalah.skala.kosong");
    case "tanpa-pita-terbawah": return t("masalah.skala.tanpa-pita-terbawah");
    case "tidak-menurun": return t("masalah.skala.tidak-menurun", { n: e.indeks + 1 });
    case "nama-kosong": return t("masalah.skala.nama-kosong", { n: e.indeks + 1 });
    case "nama-ganda": return t("masalah.skala.nama-ganda", { nama: e.nama });
    default: return e satisfies never;
  }
}

/** The message shown next to a field for a problem the domain found. */
export function pesanMasalah(m: MasalahPengaturan, t: Translate): string {
  switch (m.kind) {
    case "wajib-diisi": return t("masalah.wajib-diisi");
    case "nip-bukan-angka": return t("masalah.nip-bukan-angka");
    case "nip-panjang": return t("masalah.nip-panjang", { digit: m.digit });
    case "nip-tanggal-lahir": return t("masalah.nip-tanggal-lahir");
    case "nip-tmt": return t("masalah.nip-tmt");
    case "nip-jenis-kelamin": return t("masalah.nip-jenis-kelamin");
    case "tahun-di-luar-rentang": return t("masalah.tahun-di-luar-rentang", { min: m.min, max: m.max });
    case "skala-tidak-valid": return m.masalah.map((e) => pesanSkala(e, t)).join(" ");
    default: return m satisfies never;
  }
}

/** Props for a Fluent Field showing an optional problem. */
export function validasi(pesan: string | undefined): { validationMessage?: string; validationState: "error" | "none" } {
  return pesan ? { validationMessage: pesan, validationState: "error" } : { validationState: "none" };
}
