import { formatTanggal } from "../../domain/evaluasi/tanggal";
import { LABEL_STATUS } from "../../domain/evaluasi/tindak-lanjut";
import type { MasalahBarisTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-lembar";
import type { MasalahTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import type { Translate } from "../i18n";
import type { Pesan } from "./state-tindak-lanjut";

export type Intent = "success" | "warning" | "error" | "info";

/** The message of an action's result: every result kind has its own text. */
export function teksPesan(t: Translate, p: Pesan): { intent: Intent; teks: string[] } {
  switch (p.kind) {
    case "form-tidak-valid": return { intent: "error", teks: [t("evaluasi.tl.form-tidak-valid")] };
    case "tambah": {
      const h = p.hasil;
      if (h.kind === "bukan-lembar-tindak-lanjut") return { intent: "error", teks: [t("evaluasi.tl.hasil.bukan-lembar", { nama: h.namaLembar })] };
      const teks = h.ditambah === 0 ? [] : [h.lembarBaru ? t("evaluasi.tl.hasil.dibuat", { nama: h.namaLembar, jumlah: h.ditambah }) : t("evaluasi.tl.hasil.ditambah", { nama: h.namaLembar, jumlah: h.ditambah })];
      if (h.ganda > 0) teks.push(t("evaluasi.tl.hasil.ganda", { jumlah: h.ganda }));
      return { intent: h.ditambah > 0 ? "success" : "warning", teks };
    }
    case "lanjutkan": {
      const h = p.hasil;
      switch (h.kind) {
        case "ok": return { intent: "success", teks: [t("evaluasi.tl.hasil.ok", { status: LABEL_STATUS[h.tindakLanjut.status] })] };
        case "transisi-ditolak": return { intent: "error", teks: [t("evaluasi.tl.hasil.transisi-ditolak", { dari: LABEL_STATUS[h.dari], ke: LABEL_STATUS[h.ke] })] };
        case "tanggal-mundur": return { intent: "error", teks: [t("evaluasi.tl.hasil.tanggal-mundur", { tanggal: formatTanggal(h.tanggal), sebelumnya: formatTanggal(h.tanggalSebelumnya) })] };
        case "tanggal-tidak-valid": return { intent: "error", teks: [t("evaluasi.tl.hasil.tanggal-tidak-valid", { tanggal: `${h.tanggal.hari}/${h.tanggal.bulan}/${h.tanggal.tahun}` })] };
        case "bukan-lembar-tindak-lanjut": return { intent: "error", teks: [t("evaluasi.tl.bukan-lembar")] };
        case "baris-tidak-ada": return { intent: "warning", teks: [t("evaluasi.tl.hasil.baris-tidak-ada", { baris: h.baris })] };
        case "sudah-diarsipkan": return { intent: "info", teks: [t("evaluasi.tl.hasil.sudah-diarsipkan", { baris: h.baris })] };
        default: return h satisfies never;
      }
    }
    default: return p satisfies never;
  }
}

export function teksMasalahBaris(t: Translate, m: MasalahBarisTindakLanjut): string {
  switch (m.kind) {
    case "status-tidak-dikenal": return t("evaluasi.tl.masalah.status-tidak-dikenal", { alamat: m.alamat, teks: m.teks });
    case "bukan-tanggal": return t("evaluasi.tl.masalah.bukan-tanggal", { alamat: m.alamat, kolom: m.kolom });
    case "batas-waktu-kosong": return t("evaluasi.tl.masalah.batas-waktu-kosong", { alamat: m.alamat });
    case "tanggal-status-kosong": return t("evaluasi.tl.masalah.tanggal-status-kosong", { alamat: m.alamat, status: LABEL_STATUS[m.status] });
    default: return m satisfies never;
  }
}

export function teksMasalahForm(t: Translate, m: MasalahTindakLanjut): string {
  switch (m.kind) {
    case "wajib-diisi": return t("evaluasi.tl.form.wajib-diisi");
    case "terlalu-panjang": return t("evaluasi.tl.form.terlalu-panjang", { maks: m.maks });
    case "tanggal-tidak-valid": return t("evaluasi.tl.form.tanggal-tidak-valid");
    case "tahun-di-luar-rentang": return t("evaluasi.tl.form.tahun-di-luar-rentang", { min: m.min, max: m.max });
    case "sebelum-diserahkan": return t("evaluasi.tl.form.sebelum-diserahkan");
    default: return m satisfies never;
  }
}
