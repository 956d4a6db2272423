/**
 * "Sisipkan SOP": the sheet plan of one SOP AP document (Permenpan RB 35/2012). Page 1: the
 * identity block; a page break; the procedure table with its flowchart, its header rows repeated
 * on every page (print titles) and a page break exactly where layoutFlowchart ends each page.
 * Landscape A4 or F4 ("Folio"), one page wide. Row 0 is a thin row carrying the sheet's marker.
 */
import { namaLembarSah, type RencanaLembar } from "../../lembar/rencana";
import type { UkuranKertas } from "../../pengaturan/model";
import type { Sop } from "../model";
import { halamanKertas, layoutFlowchart, susunKolom } from "../layout";
import { tulisIdentitas } from "./identitas";
import { kolomLembar } from "./kolom";
import { tulisPenanda } from "./penanda";
import { gambarFlowchart, tulisProsedur } from "./prosedur";
import { kotak, Susunan } from "./susun";

export interface OpsiLembarSop {
  kertas: UkuranKertas;
  /** Institution lines (one per line, "\n"-separated) used when the SOP has none of its own. */
  instansi?: string;
}

/** Height of row 0, the marker row. */
export const TINGGI_BARIS_TANDA = 6;
/** Width of the marker column (outside the print area, white 6 pt text). */
export const LEBAR_KOLOM_TANDA = 6;

function instansiLembar(sop: Sop, opsi: OpsiLembarSop): string[] {
  if (sop.identitas.instansi.length > 0) return sop.identitas.instansi;
  return (opsi.instansi ?? "").split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
}

export function rencanaLembarSop(sop: Sop, opsi: OpsiLembarSop, namaLembar: string = namaLembarSop(sop)): RencanaLembar {
  const k0 = kolomLembar(sop.pelaksana.length);
  const s = new Susunan(k0.tanda + 1);
  s.isi(0, k0.tanda, tulisPenanda({ kind: "lembar", jumlahPelaksana: sop.pelaksana.length }));
  s.aturTinggi(0, TINGGI_BARIS_TANDA);
  // The identity block's heights depend only on the column widths, which susunKolom decides
  // from the roles and the paper alone; the table's rows start below it.
  const k = { ...k0, lebar: susunKolom(sop.pelaksana, opsi.kertas).map((c) => c.lebar) };
  const awalTabel = tulisIdentitas(s, k, sop.identitas, instansiLembar(sop, opsi), 1);
  const yTabel = s.tinggi.filter((t) => t.baris < awalTabel).reduce((a, t) => a + t.tinggi, 0);
  const tata = layoutFlowchart(sop, { kertas: opsi.kertas, asal: { x: 0, y: yTabel } });
  const rJumlah = tulisProsedur(s, k, sop, tata, awalTabel);
  const kertas = halamanKertas(opsi.kertas);
  s.beriGaya(kotak(0, k.tanda, rJumlah + 1, 1), { warnaHuruf: "#FFFFFF", ukuranHuruf: 6, bungkus: true, formatAngka: "@" });
  return {
    nama: namaLembar,
    lebarKolom: [...tata.kolom.map((c) => c.lebar), LEBAR_KOLOM_TANDA],
    tinggiBaris: s.tinggi,
    blok: [s.blok(rJumlah + 1)],
    gabung: s.gabung,
    gaya: [{ kotak: kotak(0, 0, rJumlah + 1, k.keterangan + 1), gaya: { ukuranHuruf: 9 } }, ...s.gaya],
    ...gambarFlowchart(sop, tata),
    halaman: {
      orientasi: "lanskap",
      kertas: opsi.kertas,
      margin: { atas: kertas.margin.atas, bawah: kertas.margin.bawah, kiri: kertas.margin.kiri, kanan: kertas.margin.kanan },
      satuHalamanLebar: true,
      judulCetak: { dari: awalTabel, sampai: awalTabel + tata.kepala.length - 1 },
      areaCetak: kotak(0, 0, rJumlah + 1, k.keterangan + 1),
      pemisahHalaman: [awalTabel, ...tata.halaman.slice(1).map((h) => awalTabel + h.baris[0].indeks)],
      tengahHorizontal: true,
    },
    garisKisi: false,
  };
}

const judulKata = (s: string): string =>
  s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * A valid sheet name ≤ 31 characters: "SOP", the order number when given ("SOP 01 …", so seven
 * SOPs with similar names stay apart), then the Nama SOP in title case, cut at a word.
 */
export function namaLembarSop(sop: Sop, urutan?: number): string {
  const awal = urutan === undefined ? "SOP" : `SOP ${String(urutan).padStart(2, "0")}`;
  const nama = judulKata(sop.identitas.nama.replace(/[:\\/?*[\]']/g, " ").replace(/\s+/g, " ").trim());
  let hasil = nama === "" ? awal : `${awal} ${nama}`;
  if (hasil.length > 31) {
    const potong = hasil.slice(0, 31);
    const spasi = potong.lastIndexOf(" ");
    hasil = spasi > awal.length ? potong.slice(0, spasi) : potong.trimEnd();
  }
  return namaLembarSah(hasil) ? hasil : awal;
}
