/**
 * The Berita Acara Evaluasi Kinerja of a quarter: the signed record of the Tim's evaluation meeting
 * (DESIGN.md, "Evaluation and review"). The date is spelled out in words, as official records do so
 * it cannot be altered; the results are formulas on the evaluation sheet's summary, so the record
 * and the sheet cannot disagree. Portrait, one page wide; merged paragraphs get explicit heights
 * (./teks-cetak.ts) because Excel does not grow merged wrapped cells.
 */
import type { TanggalKalender } from "../kalender";
import { formatTanggal } from "../tanggal";
import { tanggalTerbilang } from "../tanggal-terbilang";
import { labelPeriodeTw, type Triwulan } from "../triwulan";
import type { Pengaturan } from "../../pengaturan/model";
import { formatNip } from "../../pengaturan/nip";
import { namaKecamatan, teksInstansi } from "../../pengaturan/instansi";
import type { Gaya, GayaKotak, IsiSel, KotakSel, RencanaLembar } from "../../lembar/rencana";
import { awalanLembar } from "../../iku/rumus";
import { namaLembarBeritaAcara, namaLembarEvaluasi, type SelRingkasan } from "./tata-letak-evaluasi";
import { tinggiTeks } from "./teks-cetak";

export interface AnggotaTim { nama: string; jabatan: string; nip?: string }

export interface MasukanRencanaBeritaAcara {
  tahun: number;
  tw: Triwulan;
  tanggal: TanggalKalender;
  tempat: string;
  nomor: string;
  tim: readonly AnggotaTim[];
  ketuaTim: { nama: string; nip?: string };
  tindakLanjut: readonly string[];
  pengaturan: Pengaturan;
  /** The evaluation sheet's summary lines (bacaRingkasan). */
  ringkasan: readonly SelRingkasan[];
}

/** No | Nama | Jabatan | NIP: 480 pt, inside an A4 portrait page's printable width. */
export const LEBAR_KOLOM_BA = [30, 170, 140, 140] as const;
const LEBAR = LEBAR_KOLOM_BA.reduce((a, b) => a + b, 0);
const JUMLAH_KOLOM = LEBAR_KOLOM_BA.length;

export const nipTeks = (nip: string | undefined): string => `NIP. ${nip === undefined || nip.trim() === "" ? "-" : formatNip(nip.trim())}`;

/** Collects rows top-down with their merges, styles and heights. */
function penyusun() {
  const isi: IsiSel[][] = [];
  const gabung: KotakSel[] = [];
  const gaya: GayaKotak[] = [];
  const tinggiBaris: { baris: number; tinggi: number }[] = [];
  const kotak = (baris: number, kolom: number, jumlahKolom: number): KotakSel => ({ baris, kolom, jumlahBaris: 1, jumlahKolom });
  const baris = (sel: IsiSel[], opsi: { gabung?: readonly (readonly [number, number])[]; gaya?: Gaya; tinggi?: number } = {}): number => {
    const r = isi.length;
    isi.push([...sel, ...Array<IsiSel>(JUMLAH_KOLOM - sel.length).fill(null)]);
    for (const [kolom, jumlah] of opsi.gabung ?? []) gabung.push(kotak(r, kolom, jumlah));
    if (opsi.gaya) gaya.push({ kotak: kotak(r, 0, JUMLAH_KOLOM), gaya: opsi.gaya });
    if (opsi.tinggi !== undefined) tinggiBaris.push({ baris: r, tinggi: opsi.tinggi });
    return r;
  };
  /** A paragraph across the page, wrapped, with its height. */
  const paragraf = (teks: string, gayaLain: Gaya = {}): number =>
    baris([teks], { gabung: [[0, JUMLAH_KOLOM]], gaya: { bungkus: true, rataVertikal: "atas", rataHorizontal: "kiri", ...gayaLain }, tinggi: tinggiTeks(teks, LEBAR, gayaLain.ukuranHuruf) });
  const kosong = (tinggi?: number): number => baris([], { tinggi });
  return { isi, gabung, gaya, tinggiBaris, kotak, baris, paragraf, kosong };
}

/** "Kalipare", whether or not the user typed "Kecamatan" in the settings. */
const kecamatanSaja = (p: Pengaturan): string => namaKecamatan(p.instansi.kecamatan).replace(/^kecamatan\s*/i, "");

function kop(p: Pengaturan): string[] {
  const kabupaten = p.instansi.kabupaten.trim();
  const kecamatan = namaKecamatan(p.instansi.kecamatan);
  return [kabupaten === "" ? "" : `PEMERINTAH ${kabupaten.toUpperCase()}`, kecamatan.toUpperCase()].filter((s) => s !== "");
}

function kalimatPembuka(m: MasukanRencanaBeritaAcara): string {
  const h = tanggalTerbilang(m.tanggal);
  const hari = h.kind === "ok" ? h.kalimat : `Pada tanggal ${formatTanggal(m.tanggal)}`;
  const tempat = m.tempat.trim() === "" ? "" : `, bertempat di ${m.tempat.trim()}`;
  const instansi = teksInstansi(m.pengaturan);
  return `${hari}${tempat}, telah dilaksanakan evaluasi kinerja ${labelPeriodeTw({ tahun: m.tahun, tw: m.tw })}${instansi === "" ? "" : ` ${instansi}`} oleh Tim Evaluasi Kinerja dengan susunan sebagai berikut:`;
}

const TENGAH_TEBAL: Gaya = { tebal: true, rataHorizontal: "tengah" };
const BINGKAI: Gaya = { bingkai: { jenis: "semua", garis: "tipis" }, rataVertikal: "atas", bungkus: true };

interface Tandatangan { jabatan: readonly string[]; nama: string; nip: string }

/** Same person: the same NIP when both have one, else the same name (case and spacing aside). */
export function orangYangSama(a: { nama: string; nip?: string }, b: { nama: string; nip?: string }): boolean {
  const nip = (x?: string) => (x ?? "").replace(/\s/g, "");
  if (nip(a.nip) !== "" && nip(b.nip) !== "") return nip(a.nip) === nip(b.nip);
  const nama = (x: string) => x.trim().replace(/\s+/g, " ").toLowerCase();
  return nama(a.nama) !== "" && nama(a.nama) === nama(b.nama);
}

export function rencanaBeritaAcara(m: MasukanRencanaBeritaAcara): RencanaLembar {
  const s = penyusun();
  const p = m.pengaturan;
  for (const [i, teks] of kop(p).entries()) s.baris([teks], { gabung: [[0, JUMLAH_KOLOM]], gaya: { ...TENGAH_TEBAL, ukuranHuruf: i === 0 ? 14 : 16 }, tinggi: i === 0 ? 20 : 22 });
  const alamat = s.baris([p.instansi.alamat], { gabung: [[0, JUMLAH_KOLOM]], gaya: { rataHorizontal: "tengah", ukuranHuruf: 10 } });
  // The kop's rule under the address, as on the office's letterhead.
  s.gaya.push({ kotak: s.kotak(alamat, 0, JUMLAH_KOLOM), gaya: { bingkai: { jenis: "bawah", garis: "tebal" } } });
  s.kosong();
  s.baris(["BERITA ACARA EVALUASI KINERJA"], { gabung: [[0, JUMLAH_KOLOM]], gaya: { ...TENGAH_TEBAL, ukuranHuruf: 13 }, tinggi: 20 });
  s.baris([labelPeriodeTw({ tahun: m.tahun, tw: m.tw }).toUpperCase()], { gabung: [[0, JUMLAH_KOLOM]], gaya: TENGAH_TEBAL });
  s.baris([`Nomor: ${m.nomor.trim()}`], { gabung: [[0, JUMLAH_KOLOM]], gaya: { rataHorizontal: "tengah" } });
  s.kosong();
  s.paragraf(kalimatPembuka(m), { rataHorizontal: "kiri" });

  const timHeader = s.baris(["No", "Nama", "Jabatan", "NIP"], { gaya: { ...TENGAH_TEBAL, ...BINGKAI, isi: "#D9E1F2" } });
  const tim = m.tim.length === 0 ? [{ nama: "-", jabatan: "-" }] : m.tim;
  for (const [i, a] of tim.entries()) {
    const tinggi = Math.max(tinggiTeks(a.nama, LEBAR_KOLOM_BA[1]), tinggiTeks(a.jabatan, LEBAR_KOLOM_BA[2]));
    s.baris([i + 1, a.nama, a.jabatan, a.nip === undefined || a.nip.trim() === "" ? "-" : formatNip(a.nip.trim())], { gaya: BINGKAI, tinggi });
  }
  s.gaya.push({ kotak: { baris: timHeader + 1, kolom: 0, jumlahBaris: tim.length, jumlahKolom: 1 }, gaya: { rataHorizontal: "tengah" } });
  s.gaya.push({ kotak: { baris: timHeader + 1, kolom: 3, jumlahBaris: tim.length, jumlahKolom: 1 }, gaya: { formatAngka: "@" } });
  s.kosong();

  const lembarEvaluasi = namaLembarEvaluasi(m.tahun, m.tw);
  s.paragraf(`Hasil evaluasi capaian kinerja s.d. ${labelPeriodeTw({ tahun: m.tahun, tw: m.tw })} (lembar "${lembarEvaluasi}") adalah sebagai berikut:`);
  const awal = awalanLembar(lembarEvaluasi);
  for (const [i, r] of m.ringkasan.entries()) {
    const baris = s.baris([`${i + 1}.`, r.label, null, { rumus: `=${awal}${r.alamat}` }], { gabung: [[1, 2]] });
    s.gaya.push({ kotak: s.kotak(baris, 3, 1), gaya: { tebal: true, rataHorizontal: "kiri", formatAngka: r.label.includes("%") ? "0.00" : "0" } });
    s.gaya.push({ kotak: s.kotak(baris, 0, 1), gaya: { rataHorizontal: "kanan" } });
  }
  s.kosong();

  s.baris(["Tindak lanjut yang disepakati:"], { gabung: [[0, JUMLAH_KOLOM]] });
  const tl = m.tindakLanjut.map((x) => x.trim()).filter((x) => x !== "");
  for (const [i, teks] of (tl.length === 0 ? ["-"] : tl).entries()) {
    const baris = s.baris([`${i + 1}.`, teks], { gabung: [[1, JUMLAH_KOLOM - 1]], tinggi: tinggiTeks(teks, LEBAR - LEBAR_KOLOM_BA[0]) });
    s.gaya.push({ kotak: s.kotak(baris, 0, JUMLAH_KOLOM), gaya: { bungkus: true, rataVertikal: "atas" } });
    s.gaya.push({ kotak: s.kotak(baris, 0, 1), gaya: { rataHorizontal: "kanan" } });
  }
  s.kosong();
  s.paragraf("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.");
  s.kosong();

  // Signatures: Ketua Tim and Sekretaris Camat side by side, the Camat below ("Mengetahui"). When
  // the Sekcam chairs the Tim, as the seed SOPs have it, one person signs once, in both capacities.
  const kecamatan = kecamatanSaja(p);
  const ttd = (kiri: Tandatangan | null, kanan: Tandatangan): void => {
    const [a, b] = [[0, 2], [2, 2]] as const;
    kanan.jabatan.forEach((j, i) => s.baris([kiri?.jabatan[i] ?? null, null, j], { gabung: [a, b], gaya: { rataHorizontal: "tengah" } }));
    s.kosong(48);
    s.baris([kiri?.nama ?? null, null, kanan.nama], { gabung: [a, b], gaya: TENGAH_TEBAL });
    s.baris([kiri?.nip ?? null, null, kanan.nip], { gabung: [a, b], gaya: { rataHorizontal: "tengah" } });
  };
  s.baris([null, null, `${kecamatan === "" ? "" : `${kecamatan}, `}${formatTanggal(m.tanggal)}`], { gabung: [[2, 2]], gaya: { rataHorizontal: "tengah" } });
  const sekcam = { nama: p.sekcam.nama, nip: nipTeks(p.sekcam.nip) };
  if (orangYangSama(m.ketuaTim, p.sekcam)) ttd(null, { jabatan: ["Sekretaris Camat", "selaku Ketua Tim Evaluasi,"], ...sekcam });
  else ttd({ jabatan: ["Ketua Tim Evaluasi,"], nama: m.ketuaTim.nama, nip: nipTeks(m.ketuaTim.nip) }, { jabatan: ["Sekretaris Camat,"], ...sekcam });
  s.kosong();
  s.baris(["Mengetahui,"], { gabung: [[0, JUMLAH_KOLOM]], gaya: { rataHorizontal: "tengah" } });
  s.baris([kecamatan === "" ? "Camat," : `Camat ${kecamatan},`], { gabung: [[0, JUMLAH_KOLOM]], gaya: { rataHorizontal: "tengah" } });
  s.kosong(48);
  s.baris([p.camat.nama], { gabung: [[0, JUMLAH_KOLOM]], gaya: TENGAH_TEBAL });
  const akhir = s.baris([nipTeks(p.camat.nip)], { gabung: [[0, JUMLAH_KOLOM]], gaya: { rataHorizontal: "tengah" } });

  const nama = namaLembarBeritaAcara(m.tahun, m.tw);
  return {
    nama,
    lebarKolom: LEBAR_KOLOM_BA,
    tinggiBaris: s.tinggiBaris,
    blok: [{ baris: 0, kolom: 0, isi: s.isi }],
    gabung: s.gabung,
    gaya: s.gaya,
    garisKisi: false,
    halaman: {
      orientasi: "potret",
      kertas: p.kertas,
      satuHalamanLebar: true,
      // An official record is signed on one sheet: the signatures never go to a page of their own.
      satuHalamanTinggi: true,
      areaCetak: { baris: 0, kolom: 0, jumlahBaris: akhir + 1, jumlahKolom: JUMLAH_KOLOM },
      tengahHorizontal: true,
    },
  };
}
