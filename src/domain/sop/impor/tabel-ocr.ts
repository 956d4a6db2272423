/**
 * Tables without cell boundaries: OCR of a scanned SOP (seed 003) and plain numbered lists. A
 * scanned table cell wraps over several lines with its number beside the middle one, so a line
 * starting with a capital after a step that already has more than its number line opens the next
 * step. Only the kegiatan text and a time ("1jam", "2 hari") can be told apart; the rest is left to
 * a person (every step is marked).
 */
import { cariSebutan, tingkatPeran } from "./peran";
import type { ImporPeringatan } from "./peringatan";
import type { LangkahMentah, TabelMentah } from "./tabel";
import { kosong, rapikan, type Baris } from "./teks";

const NOMOR_OCR = /^\s*[|[(]?\s*(\d{1,2})\s*[|.)\]]?\s+(\S.*)$/;
const WAKTU = /\b\d+\s*(menit|jam|hari|minggu|bulan|jp)\b/i;

function teksBaris(b: Baris): string {
  return rapikan(b.sel.join(" ").replace(/\n/g, " ")).replace(/^\|\s*/, "");
}

/** Role names found in a text, in order, one per kind of role. */
export function peranDalam(teks: string): string[] {
  const nama: string[] = [];
  const jenis = new Set<string>();
  for (const s of cariSebutan(teks)) {
    if (jenis.has(s.jenis)) continue;
    jenis.add(s.jenis);
    nama.push(teks.slice(s.awal, s.akhir));
  }
  return nama;
}

interface Susun {
  baris: number;
  nomor: number;
  awalan: string[];
  inti: string;
  lanjutan: string[];
}

function jadiLangkah(s: Susun): LangkahMentah {
  const waktu = WAKTU.exec(s.inti) ?? WAKTU.exec([...s.awalan, ...s.lanjutan].join(" "));
  const inti = waktu && s.inti.includes(waktu[0]) ? s.inti.replace(waktu[0], " ") : s.inti;
  return {
    baris: s.baris,
    nomor: s.nomor,
    kegiatan: rapikan([...s.awalan, inti, ...s.lanjutan].join(" ")),
    tanda: [],
    kelengkapan: "",
    waktu: waktu ? waktu[0] : "",
    output: "",
    keterangan: "",
  };
}

/** Reads an OCR table from its header line until `berhenti`. */
export function parseTabelOcr(
  rows: readonly Baris[],
  mulai: number,
  judul: string,
  berhenti: (i: number) => boolean,
  peringatan: ImporPeringatan[],
): { tabel: TabelMentah; selesai: number } {
  const kepala: string[] = [teksBaris(rows[mulai])];
  const susun: Susun[] = [];
  let tunda: string[] = [];
  let i = mulai + 1;
  for (; i < rows.length; i++) {
    if (kosong(rows[i])) continue;
    if (berhenti(i)) break;
    const teks = teksBaris(rows[i]);
    const m = NOMOR_OCR.exec(teks);
    const akhir = susun[susun.length - 1];
    if (m && Number(m[1]) <= 50) {
      susun.push({ baris: rows[i].no, nomor: Number(m[1]), awalan: tunda, inti: m[2].replace(/^\|\s*/, ""), lanjutan: [] });
      tunda = [];
    } else if (!akhir) kepala.push(teks);
    else if (tunda.length > 0 || (/^[A-Z]/.test(teks) && akhir.awalan.length + akhir.lanjutan.length > 0)) tunda.push(teks);
    else akhir.lanjutan.push(teks);
  }
  const akhir = susun[susun.length - 1];
  if (akhir) akhir.lanjutan.push(...tunda);
  peringatan.push({ jenis: "teks-ocr", baris: rows[mulai].no });
  susun.forEach((s, k) => {
    if (k > 0 && s.nomor !== susun[k - 1].nomor + 1) peringatan.push({ jenis: "nomor-tidak-urut", baris: s.baris, detail: String(s.nomor) });
  });
  const pelaksana = peranDalam(kepala.join(" "));
  if (pelaksana.length === 0) peringatan.push({ jenis: "tanpa-kolom-pelaksana", baris: rows[mulai].no });
  return { tabel: { baris: rows[mulai].no, judul, pelaksana, langkah: susun.map(jadiLangkah), ocr: true }, selesai: i };
}

const NOMOR_POLOS = /^\s*(\d{1,3})[.)]?\s+(\S.*)$/;

/**
 * No table at all: a numbered list of steps ("1. Sekcam melaporkan kepada Camat …"). The role
 * columns are the roles the steps name, highest rank first.
 */
export function tabelPolos(rows: readonly Baris[], pakai: (i: number) => boolean): TabelMentah | null {
  const langkah: LangkahMentah[] = [];
  rows.forEach((r, i) => {
    if (!pakai(i)) return;
    const isi = r.sel.filter((s) => s !== "");
    const m = isi.length === 1 ? NOMOR_POLOS.exec(isi[0].replace(/\n/g, " ")) : null;
    const nomor = isi.length > 1 && /^\d{1,3}[.)]?$/.test(isi[0]) ? Number.parseInt(isi[0], 10) : m ? Number(m[1]) : null;
    const kegiatan = m ? m[2] : isi.length > 1 ? isi[1].replace(/\n/g, " ") : "";
    if (nomor === null || kegiatan === "" || /^\d+$/.test(kegiatan)) return;
    langkah.push({ baris: r.no, nomor, kegiatan: rapikan(kegiatan), tanda: [], kelengkapan: "", waktu: "", output: "", keterangan: "" });
  });
  if (langkah.length === 0) return null;
  const teks = langkah.map((l) => l.kegiatan).join(" . ");
  const nama = new Map<string, { nama: string; tingkat: number }>();
  for (const s of cariSebutan(teks)) {
    if (!nama.has(s.jenis)) nama.set(s.jenis, { nama: teks.slice(s.awal, s.akhir), tingkat: tingkatPeran(s.jenis) ?? 9 });
  }
  const pelaksana = [...nama.values()].sort((a, b) => a.tingkat - b.tingkat).map((x) => x.nama);
  return { baris: langkah[0].baris, judul: "", pelaksana, langkah, ocr: false };
}
