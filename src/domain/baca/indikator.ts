/**
 * "Baca lembar aktif", step two: every numeric field of every indicator row classified, with the
 * address of each cell, so problems name their cell (DESIGN.md, "Numbers as staff type them").
 * Form E.81 (Permendagri 86/2017) splits columns into K (kinerja) and Rp (anggaran): only K, or a
 * column with no sub-column, feeds capaian; Rp columns are budget money and are ignored.
 */
import type { HasilAngka, LocaleAngka } from "../capaian/angka";
import type { NilaiTw } from "../capaian/agregasi";
import { hurufKolom } from "./alamat";
import { teksSel } from "./judul";
import type { KolomTerbaca, LembarMentah, PeranKolom, PetaLembar } from "./model";
import { judulEvapor } from "./kolom-capaian";
import { bacaSelAngka, bacaTarget, type SelAngka } from "./sel-angka";
import { tebakAturan, tebakLocale } from "./tebak";
import type { BidangAngka, HasilBacaIndikator, IndikatorTerbaca, MasalahSel } from "./terbaca";

export interface OpsiBacaIndikator {
  /** Number formats aligned with `lembar.values` (readLembarAktif reads both in one sync). */
  numberFormat?: string[][];
  /** Defaults to tebakLocale(lembar). */
  locale?: LocaleAngka;
}

/** The numeric field a column role fills; null for text roles. */
export function bidangDari(peran: PeranKolom): BidangAngka | null {
  switch (peran.kind) {
    case "target":
    case "target-renstra":
    case "realisasi-renstra":
    case "capaian":
      return peran.kind;
    case "target-tw":
      return `target-tw${peran.tw}`;
    case "realisasi-tw":
      return `realisasi-tw${peran.tw}`;
    case "no":
    case "sasaran":
    case "uraian":
    case "indikator":
    case "satuan":
    case "penanggung-jawab":
    case "sumber-data":
    case "lainnya":
      return null;
    default:
      return peran satisfies never;
  }
}

/**
 * The sheet column of each numeric field: the first K (or undivided) column with that role —
 * except realisasi Renstra, where the last wins: form E.81 has the realisasi up to last year
 * (column 6) before the realisasi up to this year (column 14, = 6 + 12), and capaian Renstra
 * (column 15) uses the latter. Columns Evapor inserted itself ("Realisasi s.d. TW III" looks like
 * a quarter) are not data.
 */
export function kolomBidang(peta: PetaLembar): Map<BidangAngka, number> {
  const hasil = new Map<BidangAngka, number>();
  for (const k of peta.kolom) {
    const bidang = bidangDari(k.peran);
    if (bidang === null || k.sub === "Rp" || judulEvapor(k.judul)) continue;
    if (!hasil.has(bidang) || bidang === "realisasi-renstra") hasil.set(bidang, k.kolom);
  }
  return hasil;
}

const kolomPeran = (kolom: KolomTerbaca[], kind: PeranKolom["kind"]) => kolom.find((k) => k.peran.kind === kind && k.sub !== "Rp")?.kolom;

/** The group row's title: its first cell that holds words (codes and numbers such as "1.01" are skipped). */
function judulKelompok(row: readonly unknown[]): string {
  return row.map(teksSel).find((t) => /\p{L}{2,}/u.test(t)) ?? "";
}

export function bacaIndikator(lembar: LembarMentah, peta: PetaLembar, opsi: OpsiBacaIndikator = {}): HasilBacaIndikator {
  const locale = opsi.locale ?? tebakLocale(lembar);
  const kolom = kolomBidang(peta);
  const kInd = kolomPeran(peta.kolom, "indikator");
  const kSatuan = kolomPeran(peta.kolom, "satuan");
  const kSasaran = kolomPeran(peta.kolom, "sasaran");
  const nilai = (baris: number, k: number | undefined): unknown => (k === undefined ? "" : lembar.values[baris - lembar.baris0]?.[k - lembar.kolom0]);
  const teks = (baris: number, k: number | undefined) => teksSel(nilai(baris, k));
  const masalah: MasalahSel[] = [];
  const indikator: IndikatorTerbaca[] = [];
  const data = new Set(peta.barisData);
  const kelompok = new Set(peta.barisDilewati.filter((b) => b.alasan === "kelompok").map((b) => b.baris));
  const akhirHeader = Math.max(lembar.baris0 - 1, ...peta.barisHeader);
  let grup = "";
  let sasaranAtas = "";
  for (let baris = akhirHeader + 1; baris < lembar.baris0 + lembar.values.length; baris++) {
    if (kelompok.has(baris)) grup = judulKelompok(lembar.values[baris - lembar.baris0] ?? []);
    // A merged Sasaran cell holds its text in the first row only: the rows below share it.
    const s = teks(baris, kSasaran);
    if (s !== "") sasaranAtas = s;
    if (!data.has(baris)) continue;
    const sel: IndikatorTerbaca["sel"] = {};
    const dibaca: HasilAngka[] = [];
    const selDari = (bidang: BidangAngka): SelAngka | null => {
      const k = kolom.get(bidang);
      if (k === undefined) return null;
      const alamat = `${hurufKolom(k)}${baris + 1}`;
      sel[bidang] = alamat;
      const numberFormat = opsi.numberFormat?.[baris - lembar.baris0]?.[k - lembar.kolom0];
      return { alamat, baris, bidang, raw: nilai(baris, k), numberFormat, locale };
    };
    // Only targets and realisasi tell the unit; the sheet's own capaian is a percentage anyway.
    const angka = (bidang: BidangAngka, tebakDari = true): number | null => {
      const s = selDari(bidang);
      return s === null ? null : bacaSelAngka(s, masalah, tebakDari ? dibaca : undefined);
    };
    const selTarget = selDari("target");
    const target = selTarget === null ? null : bacaTarget(selTarget, masalah, dibaca);
    const tw = (jenis: "target-tw" | "realisasi-tw"): NilaiTw => [angka(`${jenis}1`), angka(`${jenis}2`), angka(`${jenis}3`), angka(`${jenis}4`)];
    const targetTw = tw("target-tw");
    const realisasiTw = tw("realisasi-tw");
    const nama = teks(baris, kInd);
    const satuan = teks(baris, kSatuan);
    indikator.push({
      baris,
      indikator: nama,
      satuan,
      sasaran: sasaranAtas !== "" ? sasaranAtas : grup,
      target,
      ...(targetTw.some((v) => v !== null) ? { targetTw } : {}),
      realisasiTw,
      targetRenstra: angka("target-renstra", false),
      realisasiRenstra: angka("realisasi-renstra", false),
      capaianLembar: angka("capaian", false),
      sel,
      aturanTebakan: tebakAturan(satuan, dibaca, nama),
    });
  }
  return { indikator, masalah, locale };
}
