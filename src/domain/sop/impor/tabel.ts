/**
 * The procedure table: NO | KEGIATAN | PELAKSANA (one column per role) | MUTU BAKU (KELENGKAPAN,
 * WAKTU, OUTPUT) | KETERANGAN (Permenpan RB 35/2012), as tab-separated rows: a header row, a row
 * of role names, column-number rows, then one row per step with its symbol in a role column.
 */
import { simbolSel, type Simbol } from "./jenis";
import { labelBaris } from "./identitas";
import type { ImporPeringatan } from "./peringatan";
import { kosong, selIsi, type Baris } from "./teks";

export interface LangkahMentah {
  baris: number;
  nomor: number | null;
  kegiatan: string;
  /** Role columns holding a symbol or mark, with the symbol. */
  tanda: { kolom: number; simbol: Simbol }[];
  kelengkapan: string;
  waktu: string;
  output: string;
  keterangan: string;
}

export interface TabelMentah {
  baris: number;
  judul: string;
  pelaksana: string[];
  langkah: LangkahMentah[];
  ocr: boolean;
}

export function kepalaTabel(b: Baris): boolean {
  const isi = selIsi(b);
  if (isi.length === 0 || /^\d/.test(isi[0])) return false;
  const t = isi.join(" ").toLowerCase();
  if (t.length > 200 || labelBaris(b).length > 0) return false;
  if (/mutu\s*baku/.test(t)) return true;
  return isi.length >= 3 && /(kegiatan|aktivitas|aktifitas|uraian)/.test(t) && /pelaksana/.test(t);
}

/** "1 2 3 4 5 …": the row of column numbers under the header. */
export function barisNomorKolom(b: Baris): boolean {
  const isi = selIsi(b);
  return isi.length >= 3 && isi.every((s) => /^\d{1,2}$/.test(s));
}

export function nomorSel(s: string | undefined): number | null {
  const m = /^(\d{1,3})[.)]?$/.exec((s ?? "").trim());
  return m ? Number(m[1]) : null;
}

interface TataLetak {
  kegiatan: number;
  peran: number[];
  kelengkapan: number;
  waktu: number;
  output: number;
  keterangan: number;
}

function tataLetak(kepala: readonly Baris[], sub: readonly Baris[]): { letak: TataLetak; pelaksana: string[] } {
  const semua = [...kepala, ...sub];
  const cari = (re: RegExp): number => {
    for (const r of semua) {
      const k = r.sel.findIndex((s) => re.test(s.toLowerCase()));
      if (k >= 0) return k;
    }
    return -1;
  };
  const kegiatan = Math.max(cari(/kegiatan|aktivitas|aktifitas|uraian/), 1);
  const kelengkapan = cari(/kelengkapan|persyaratan|^input/);
  const waktu = cari(/waktu/);
  const output = cari(/output|keluaran/);
  const mutu = cari(/mutu/);
  const keterangan = cari(/keterangan|^ket\.?$/);
  const batasCalon = [kelengkapan, waktu, output, mutu].filter((k) => k > kegiatan);
  const lebar = Math.max(...semua.map((r) => r.sel.length));
  const batas = batasCalon.length > 0 ? Math.min(...batasCalon) : keterangan > kegiatan ? keterangan : lebar;
  const peran: number[] = [];
  const pelaksana: string[] = [];
  for (let j = kegiatan + 1; j < batas; j++) {
    const sumber = sub.length > 0 ? sub : kepala;
    const nama = sumber.map((r) => (r.sel[j] ?? "").replace(/\n/g, " ")).filter((s) => s !== "").join(" ");
    if (nama === "" || /^(unit\s+)?pelaksana$/i.test(nama)) continue;
    peran.push(j);
    pelaksana.push(nama);
  }
  return { letak: { kegiatan, peran, kelengkapan, waktu, output, keterangan }, pelaksana };
}

function langkahDari(r: Baris, letak: TataLetak, peringatan: ImporPeringatan[]): LangkahMentah {
  const sel = (j: number): string => (j >= 0 ? (r.sel[j] ?? "").replace(/\n/g, " ") : "");
  const tanda: LangkahMentah["tanda"] = [];
  letak.peran.forEach((j, kolom) => {
    const s = simbolSel(r.sel[j] ?? "");
    if (s === "teks") peringatan.push({ jenis: "isi-kolom-pelaksana", baris: r.no, detail: sel(j).slice(0, 80) });
    else if (s !== null) tanda.push({ kolom, simbol: s });
  });
  return {
    baris: r.no,
    nomor: nomorSel(r.sel[0]),
    kegiatan: sel(letak.kegiatan),
    tanda,
    kelengkapan: sel(letak.kelengkapan),
    waktu: sel(letak.waktu),
    output: sel(letak.output),
    keterangan: sel(letak.keterangan),
  };
}

function sambung(a: string, b: string): string {
  return a === "" ? b : b === "" ? a : `${a} ${b}`;
}

/**
 * A restart at 1 opens a new procedure when both symbols say so (the previous step ends and this
 * one starts with a terminator) or when there are no symbols at all; with other symbols the flow
 * goes on (seed 000: a second list numbered from 1 inside one procedure).
 */
function prosedurBaru(sebelum: LangkahMentah, ini: LangkahMentah): boolean {
  if (sebelum.tanda.length === 0 && ini.tanda.length === 0) return true;
  const terminator = (l: LangkahMentah): boolean => l.tanda.some((t) => t.simbol === "terminator");
  return terminator(sebelum) && terminator(ini);
}

/** Reads a tabbed table from its header row; may return several procedures (restarts). */
export function parseTabel(
  rows: readonly Baris[],
  mulai: number,
  judul: string,
  berhenti: (i: number) => boolean,
  peringatan: ImporPeringatan[],
): { tabel: TabelMentah[]; selesai: number } {
  const sub: Baris[] = [];
  let i = mulai + 1;
  for (; i < rows.length && sub.length < 4; i++) {
    const r = rows[i];
    if (kosong(r) || barisNomorKolom(r)) continue;
    if (nomorSel(r.sel[0]) !== null || berhenti(i)) break;
    sub.push(r);
  }
  const { letak, pelaksana } = tataLetak([rows[mulai]], sub);
  if (pelaksana.length === 0) peringatan.push({ jenis: "tanpa-kolom-pelaksana", baris: rows[mulai].no });
  let kini: TabelMentah = { baris: rows[mulai].no, judul, pelaksana, langkah: [], ocr: false };
  const tabel = [kini];
  for (; i < rows.length; i++) {
    const r = rows[i];
    if (kosong(r) || barisNomorKolom(r)) continue;
    if (berhenti(i)) break;
    const nomor = nomorSel(r.sel[0]);
    const akhir = kini.langkah[kini.langkah.length - 1];
    if (nomor !== null && (r.sel[letak.kegiatan] ?? "").trim() !== "") {
      const l = langkahDari(r, letak, peringatan);
      const nomorSebelum = akhir?.nomor ?? null;
      if (akhir && nomor === 1) {
        const baru = prosedurBaru(akhir, l);
        peringatan.push({ jenis: "penomoran-ulang", baris: r.no, detail: baru ? "prosedur-baru" : "lanjut" });
        if (baru) {
          kini = { baris: r.no, judul: "", pelaksana, langkah: [], ocr: false };
          tabel.push(kini);
        }
      } else if (nomorSebelum !== null && nomor !== nomorSebelum + 1) {
        peringatan.push({ jenis: "nomor-tidak-urut", baris: r.no, detail: String(nomor) });
      }
      kini.langkah.push(l);
    } else if ((r.sel[0] ?? "").trim() === "" && akhir) {
      const l = langkahDari(r, letak, peringatan);
      akhir.kegiatan = sambung(akhir.kegiatan, l.kegiatan);
      akhir.kelengkapan = sambung(akhir.kelengkapan, l.kelengkapan);
      akhir.waktu = sambung(akhir.waktu, l.waktu);
      akhir.output = sambung(akhir.output, l.output);
      akhir.keterangan = sambung(akhir.keterangan, l.keterangan);
      for (const t of l.tanda) if (!akhir.tanda.some((x) => x.kolom === t.kolom)) akhir.tanda.push(t);
    } else break;
  }
  return { tabel, selesai: i };
}
