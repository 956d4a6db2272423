/**
 * Reading one step's sentence (Bahasa Indonesia) for who does it: the subject named first
 * ("Sekcam melaporkan …"), the recipient of a passive handover ("Diserahkan kepada Sekretaris …"),
 * the addressee of a command or report, partners ("bersama …"), and verbs that belong to a rank
 * (penandatanganan → the head, paraf → the Sekretaris, mengarsipkan → the Subbagian).
 */
import { cariSebutan, kolomSebutan, type Kolom, type Sebutan } from "./peran";

export type KataKunci = "tanda-tangan" | "paraf" | "arsip";

export interface Alamat {
  kolom: number[];
  kabur: boolean;
}

export interface Analisis {
  subjek: number[] | null;
  penerimaPasif: number[] | null;
  kataKunci: KataKunci | null;
  perintahKepada: Alamat[];
  laporKepada: Alamat[];
  bersama: number[];
  /** Who the step hands over to: the likely pelaksana of the next step. */
  alamat: Alamat[];
}

const BUKAN_KERJA = new Set([
  "melalui", "mengenai", "meliputi", "menurut", "menuju", "mekanisme", "media", "metode", "menit", "memo",
  "bersama", "berdasarkan", "berita", "berkas", "bersangkutan", "berikut", "beserta", "diskusi", "disposisi",
  "dinamika", "digital", "direktur", "dimana", "diri", "disiplin", "distribusi",
]);
const PERINTAH = /^(memerintahkan|memerintah|menugaskan|mendisposisikan|mendisposisi|menginstruksikan|mengarahkan)$/;
const LAPOR = /^(melaporkan|menyampaikan|menyerahkan|mengirimkan|mengirim|mengajukan|meneruskan|menyetorkan|memberikan|mengembalikan)$/;
const TANDA_TANGAN = /menandatangani|penandatanganan|tanda\s*tangan|mengesahkan|pengesahan|menyetujui|persetujuan/;
const ARSIP_UTAMA = /^(mengarsipkan|mengarsip|menyimpan|diarsipkan|disimpan)$/;
const PENENTU = /^(para|seluruh|semua|masing-masing)$/;

interface Kata {
  teks: string;
  awal: number;
}

function kataKata(s: string): Kata[] {
  return [...s.matchAll(/[A-Za-z][A-Za-z-]*/g)].map((m) => ({ teks: m[0].toLowerCase(), awal: m.index ?? 0 }));
}

function aktif(w: string): boolean {
  return !BUKAN_KERJA.has(w) && /^(me[a-z]{3,}|ber[a-z]{4,})$/.test(w);
}

function pasif(w: string): boolean {
  return !BUKAN_KERJA.has(w) && /^di[a-z]{4,}$/.test(w);
}

/** The main clause: the first sentence, cut before a condition ("jika …", "apabila …"). */
export function klausaUtama(teks: string): string {
  // A period after a short capitalised word is an abbreviation ("Sub. Evapor", "Ka. Subbag").
  const kalimat = teks.split(/(?<!\b[A-Z][a-z]{0,3})\.\s+(?=[A-Z])/)[0] ?? "";
  const syarat = /\b(jika|apabila|bila|kalau)\b/i.exec(kalimat);
  return syarat ? kalimat.slice(0, syarat.index) : kalimat;
}

function kataSebelum(teks: string, pos: number): string {
  const m = /([A-Za-z-]+)[\s,]*$/.exec(teks.slice(0, pos));
  return m ? m[1].toLowerCase() : "";
}

export function analisa(kegiatan: string, kolom: readonly Kolom[]): Analisis {
  const teks = klausaUtama(kegiatan);
  const sebutan = cariSebutan(teks);
  const kata = kataKata(teks);
  const ke = (s: Sebutan): Alamat => kolomSebutan(s, kolom);
  const hasil: Analisis = {
    subjek: null, penerimaPasif: null, kataKunci: null, perintahKepada: [], laporKepada: [], bersama: [], alamat: [],
  };

  const pertama = sebutan[0];
  if (pertama && kataKata(teks.slice(0, pertama.awal)).every((k) => PENENTU.test(k.teks))) {
    const k = ke(pertama).kolom;
    if (k.length > 0) hasil.subjek = k;
  }

  const kerjaIdx = kata.findIndex((k) => (aktif(k.teks) || pasif(k.teks)) && !sebutan.some((s) => k.awal >= s.awal && k.awal < s.akhir));
  const kerja = kerjaIdx >= 0 ? kata[kerjaIdx] : null;
  const sesudahKepada = sebutan.filter((s) => /^(kepada|ke|pada)$/.test(kataSebelum(teks, s.awal)));

  if (kerja && pasif(kerja.teks)) {
    const penerima = sesudahKepada.find((s) => s.awal > kerja.awal);
    if (penerima) hasil.penerimaPasif = ke(penerima).kolom;
    else if (/\buntuk\s+di\s*(simpan|arsipkan)\b/i.test(teks) || ARSIP_UTAMA.test(kerja.teks)) hasil.kataKunci = "arsip";
  } else if (kerja) {
    const frasa = /^(melakukan|memberikan|membubuhkan|melaksanakan)$/.test(kerja.teks)
      ? `${kerja.teks} ${kata[kerjaIdx + 1]?.teks ?? ""}`
      : kerja.teks;
    if (TANDA_TANGAN.test(frasa)) hasil.kataKunci = "tanda-tangan";
    else if (ARSIP_UTAMA.test(kerja.teks)) hasil.kataKunci = "arsip";
  }
  if (hasil.kataKunci === null && /\b(di\s*)?paraf\b|\bmemaraf\b/i.test(teks)) hasil.kataKunci = "paraf";

  const bersamaPos = /\b(bersama(\s+dengan)?|beserta)\b/i.exec(teks);
  const batasBersama = bersamaPos ? bersamaPos.index : Infinity;
  for (const s of sebutan) if (s.awal > batasBersama) hasil.bersama.push(...ke(s).kolom);

  const perintah = kata.find((k) => PERINTAH.test(k.teks));
  if (perintah) {
    const untuk = /\buntuk\b/i.exec(teks.slice(perintah.awal));
    const batas = Math.min(untuk ? perintah.awal + untuk.index : Infinity, batasBersama);
    hasil.perintahKepada = sebutan.filter((s) => s.awal > perintah.awal && s.awal < batas).map(ke);
  }
  const lapor = kata.find((k) => LAPOR.test(k.teks));
  if (lapor) hasil.laporKepada = sesudahKepada.filter((s) => s.awal > lapor.awal && s.awal < batasBersama).map(ke);

  if (hasil.perintahKepada.length > 0) hasil.alamat = hasil.perintahKepada;
  else if (hasil.laporKepada.length > 0) hasil.alamat = hasil.laporKepada;
  else if (hasil.penerimaPasif === null) {
    hasil.alamat = sebutan
      .filter((s) => s.awal < batasBersama && /^(kepada|ke|pada|dengan)$/.test(kataSebelum(teks, s.awal)))
      .map(ke);
  }
  hasil.alamat = hasil.alamat.filter((a) => a.kolom.length > 0);
  hasil.perintahKepada = hasil.perintahKepada.filter((a) => a.kolom.length > 0);
  hasil.laporKepada = hasil.laporKepada.filter((a) => a.kolom.length > 0);
  return hasil;
}
