/** Messages of the Kinerja page that depend on data: cell problems and write outcomes, in the pane's language. */
import type { BidangAngka, MasalahSel } from "../../domain/baca";
import { formatId } from "../../domain/capaian/angka";
import type { Translate } from "../i18n";
import type { PesanKinerja } from "./state";

const ROMAWI = ["I", "II", "III", "IV"];

export function labelBidang(b: BidangAngka, t: Translate): string {
  const tw = /^(target|realisasi)-tw([1-4])$/.exec(b);
  if (tw) return t(tw[1] === "target" ? "kinerja.peran.target-tw" : "kinerja.peran.realisasi-tw", { tw: ROMAWI[Number(tw[2]) - 1] });
  switch (b) {
    case "target": return t("kinerja.peran.target");
    case "target-renstra": return t("kinerja.peran.target-renstra");
    case "realisasi-renstra": return t("kinerja.peran.realisasi-renstra");
    case "capaian": return t("kinerja.peran.capaian");
    default: return b;
  }
}

/** "F12 (Realisasi TW II): 'n/a' bukan angka; dibaca kosong." */
export function pesanMasalahSel(m: MasalahSel, t: Translate): string {
  switch (m.kind) {
    case "rentang-terbalik": return t("kinerja.masalah.rentang-terbalik", { alamat: m.alamat, teks: m.teks });
    case "teks-angka": return t("kinerja.masalah.teks-angka", { alamat: m.alamat, bidang: labelBidang(m.bidang, t), teks: m.teks, nilai: formatId(m.nilai) });
    case "nilai": {
      const h = m.hasil;
      const dasar = { alamat: m.alamat, bidang: labelBidang(m.bidang, t) };
      switch (h.kind) {
        case "angka": return t("kinerja.masalah.ambigu", { ...dasar, nilai: formatId(h.nilai), alternatif: formatId(h.ambigu?.alternatif ?? h.nilai) });
        case "kosong": return t("kinerja.masalah.penanda", { ...dasar, teks: h.penanda ?? "" });
        case "tidak-valid":
          return h.alasan === "galat-excel" ? t("kinerja.masalah.galat", { ...dasar, teks: h.teks }) : t("kinerja.masalah.bukan-angka", { ...dasar, teks: h.teks });
        default: return h satisfies never;
      }
    }
    default: return m satisfies never;
  }
}

export function pesanHasil(p: PesanKinerja, t: Translate): { intent: "success" | "warning"; teks: string } {
  switch (p.kind) {
    case "kolom-ditambah": return { intent: "success", teks: t("kinerja.kolom.ditambah", { alamat: p.alamat }) };
    case "kolom-terisi": {
      const contoh = p.alamat.slice(0, 5).join(", ") + (p.alamat.length > 5 ? ", …" : "");
      return { intent: "warning", teks: t("kinerja.kolom.terisi", { jumlah: p.alamat.length, alamat: contoh }) };
    }
    case "lembar-berubah": return { intent: "warning", teks: t("kinerja.kolom.berubah") };
    case "iku-dibuat": return { intent: "success", teks: t("kinerja.iku.dibuat", { nama: p.namaLembar, jumlah: p.jumlah }) };
    default: return p satisfies never;
  }
}
