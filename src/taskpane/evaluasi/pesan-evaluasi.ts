import type { Translate } from "../i18n";
import type { HasilAksiEvaluasi } from "./aksi-tipe";
import type { Intent } from "./pesan-tindak-lanjut";

/** The message of an insert result; `bolehGanti` when an existing Berita Acara may be replaced. */
export function teksHasilEvaluasi(t: Translate, h: HasilAksiEvaluasi): { intent: Intent; teks: string; bolehGanti: boolean } {
  const pesan = (intent: Intent, teks: string, bolehGanti = false) => ({ intent, teks, bolehGanti });
  switch (h.aksi) {
    case "pengaturan": return pesan("warning", t(`evaluasi.pengaturan.${h.kind}`));
    case "evaluasi": {
      const r = h.hasil;
      switch (r.kind) {
        case "ok": return pesan("success", t(r.diperbarui ? "evaluasi.tw.hasil.diperbarui" : "evaluasi.tw.hasil.ok", { nama: r.namaLembar, jumlah: r.jumlahIndikator }));
        case "lembar-iku-tidak-ada": return pesan("warning", t("evaluasi.tw.hasil.lembar-iku-tidak-ada", { nama: r.namaLembar }));
        case "iku-kosong": return pesan("warning", t("evaluasi.tw.hasil.iku-kosong", { nama: r.namaLembar }));
        default: return r satisfies never;
      }
    }
    case "berita-acara": {
      const r = h.hasil;
      switch (r.kind) {
        case "ok": return pesan("success", t("evaluasi.ba.hasil.ok", { nama: r.namaLembar }));
        case "evaluasi-tidak-ada": return pesan("warning", t("evaluasi.ba.hasil.evaluasi-tidak-ada", { nama: r.namaLembar }));
        case "sudah-ada": return pesan("warning", t("evaluasi.ba.hasil.sudah-ada", { nama: r.namaLembar }), true);
        default: return r satisfies never;
      }
    }
    default: return h satisfies never;
  }
}
