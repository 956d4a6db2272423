/**
 * Who does each step when the flowchart symbols were lost in the copy: the sentence is read
 * (./kalimat) and the flow of the procedure fills the gaps — the one a step hands over to does
 * the next step, a step with no new actor stays with the previous one. Only a named subject or the
 * recipient of a passive handover counts as certain; everything else is marked for a human check.
 */
import { analisa, type Alamat, type KataKunci } from "./kalimat";
import { indeksBila, terendah, type Kolom } from "./peran";

export interface Simpulan {
  kolom: number[];
  pasti: boolean;
}

interface Jejak {
  utama: number | null;
  alamat: number[];
}

function satukan(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Columns of the addressees; a unit or an unclear name counts as its lowest-ranked column. */
function kolomAlamat(kolom: readonly Kolom[], alamat: readonly Alamat[]): number[] {
  const hasil: number[] = [];
  for (const a of alamat) {
    const k = a.kabur ? terendah(kolom, a.kolom) : null;
    hasil.push(...(k !== null ? [k] : a.kolom));
  }
  return satukan(hasil, []);
}

function tingkatTertinggi(kolom: readonly Kolom[], indeks: readonly number[]): number | null {
  const t = indeks.map((i) => kolom[i].tingkat).filter((x): x is number => x !== null);
  return t.length > 0 ? Math.min(...t) : null;
}

function kolomKataKunci(kolom: readonly Kolom[], kunci: KataKunci): number | null {
  const pilih = (() => {
    switch (kunci) {
      case "tanda-tangan":
        return indeksBila(kolom, (k) => k.tingkat === 1);
      case "paraf": {
        const sekcam = indeksBila(kolom, (k) => k.jenis.has("sekcam"));
        return sekcam.length > 0 ? sekcam : indeksBila(kolom, (k) => k.tingkat === 2);
      }
      case "arsip": {
        const subbag = indeksBila(kolom, (k) => k.jenis.has("kasubag"));
        return subbag.length > 0 ? subbag : indeksBila(kolom, (k) => k.jenis.has("staf"));
      }
      default:
        return kunci satisfies never;
    }
  })();
  return pilih[0] ?? null;
}

/** Among candidates: the previous step's addressee, else its pelaksana, else `cadangan`. */
function pilihCalon(calon: readonly number[], jejak: Jejak, cadangan: () => number | null): number | null {
  const dariAlamat = jejak.alamat.find((k) => calon.includes(k));
  if (dariAlamat !== undefined) return dariAlamat;
  if (jejak.utama !== null && calon.includes(jejak.utama)) return jejak.utama;
  return cadangan();
}

/** Superiors of the addressees: columns of higher rank; the nearest one by default. */
function atasan(kolom: readonly Kolom[], alamat: readonly Alamat[], jejak: Jejak): number | null {
  const t = tingkatTertinggi(kolom, alamat.flatMap((a) => a.kolom));
  if (t === null) return null;
  const calon = indeksBila(kolom, (k) => k.tingkat !== null && k.tingkat < t);
  return pilihCalon(calon, jejak, () => {
    const dekat = Math.max(...calon.map((i) => kolom[i].tingkat ?? 0));
    return calon.find((i) => kolom[i].tingkat === dekat) ?? null;
  });
}

/** Who reports to X: columns of lower rank outside X. */
function bawahan(kolom: readonly Kolom[], alamat: readonly Alamat[], jejak: Jejak): number | null {
  const dituju = alamat.flatMap((a) => a.kolom);
  const t = tingkatTertinggi(kolom, dituju);
  if (t === null) return null;
  const calon = indeksBila(kolom, (k) => k.tingkat !== null && k.tingkat > t).filter((i) => !dituju.includes(i));
  return pilihCalon(calon, jejak, () => (calon.length === 1 ? calon[0] : null));
}

/** The pelaksana of each step from its text, given the table's role columns. */
export function simpulkanPelaksana(kegiatan: readonly string[], kolom: readonly Kolom[]): Simpulan[] {
  const hasil: Simpulan[] = [];
  let jejak: Jejak = { utama: null, alamat: [] };
  for (const teks of kegiatan) {
    const a = analisa(teks, kolom);
    let pilih: number[] = [];
    let pasti = false;
    if (a.subjek) [pilih, pasti] = [a.subjek, true];
    else if (a.penerimaPasif && a.penerimaPasif.length > 0) [pilih, pasti] = [a.penerimaPasif, true];
    const satu = (k: number | null): void => {
      if (pilih.length === 0 && k !== null) pilih = [k];
    };
    if (a.kataKunci) satu(kolomKataKunci(kolom, a.kataKunci));
    if (a.perintahKepada.length > 0) satu(atasan(kolom, a.perintahKepada, jejak));
    if (pilih.length === 0 && jejak.alamat.length > 0) pilih = jejak.alamat;
    if (a.laporKepada.length > 0) satu(bawahan(kolom, a.laporKepada, jejak));
    satu(jejak.utama);

    const utama = pilih.length === 1 ? pilih[0] : terendah(kolom, pilih);
    // Partners ("bersama …") join a known actor; alone they are not the pelaksana.
    hasil.push({ kolom: pilih.length > 0 ? satukan(pilih, a.bersama) : [], pasti });
    jejak = { utama, alamat: kolomAlamat(kolom, a.alamat) };
  }
  // A procedure that opens without a named actor: its first steps belong to whoever acts next.
  const pertamaDiketahui = hasil.findIndex((h) => h.kolom.length > 0);
  for (let i = 0; i < pertamaDiketahui; i++) hasil[i] = { kolom: hasil[pertamaDiketahui].kolom, pasti: false };
  return hasil;
}
