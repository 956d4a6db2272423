/**
 * Column widths of the procedure table (Permenpan RB 35/2012): NO | KEGIATAN | one column per
 * pelaksana | KELENGKAPAN | WAKTU | OUTPUT | KETERANGAN, fitted to the printable width of the
 * landscape page. The pelaksana columns get 42–54 pt (a symbol needs ~34 pt), KEGIATAN the rest
 * between 150 and 259.5 pt, and what is left beyond that widens KELENGKAPAN and OUTPUT. The last
 * pelaksana column is wider by the routing lane of the decision branches.
 */
import { bulatPiksel, halamanKertas, LEBAR_KOLOM, type Kertas } from "./ukuran";

export type KunciKolom = "no" | "kegiatan" | `pelaksana-${number}` | "kelengkapan" | "waktu" | "output" | "keterangan";

export interface KolomTata {
  kunci: KunciKolom;
  /** Header text ("KEGIATAN", the role's name). */
  judul: string;
  /** Left edge (plus the layout's `asal.x`). */
  x: number;
  lebar: number;
  /** Index into `Sop.pelaksana` for a pelaksana column. */
  pelaksana?: number;
}

const LEBAR_TETAP = LEBAR_KOLOM.no + LEBAR_KOLOM.kelengkapan + LEBAR_KOLOM.waktu + LEBAR_KOLOM.output + LEBAR_KOLOM.keterangan;

/** Room for KEGIATAN + pelaksana columns on the page. */
const ruang = (kertas: Kertas) => halamanKertas(kertas).lebarCetak - LEBAR_TETAP - LEBAR_KOLOM.jalur;

/** Most pelaksana columns that fit the page width with KEGIATAN at its minimum. */
export function maksKolomPelaksana(kertas: Kertas): number {
  return Math.floor((ruang(kertas) - LEBAR_KOLOM.kegiatanMin) / LEBAR_KOLOM.pelaksanaMin);
}

/**
 * The columns left to right, starting at x = `asalX`. With no pelaksana one blank pelaksana
 * column is laid out so the symbols have a place (validateSop reports the missing roles).
 */
export function susunKolom(pelaksana: readonly string[], kertas: Kertas, asalX = 0): KolomTata[] {
  const nama = pelaksana.length > 0 ? pelaksana : [""];
  const n = nama.length;
  const sisa = ruang(kertas);
  const lp = Math.min(LEBAR_KOLOM.pelaksanaIdeal,
    Math.max(LEBAR_KOLOM.pelaksanaMin, bulatPiksel((sisa - LEBAR_KOLOM.kegiatanMin) / n)));
  let kegiatan = Math.max(LEBAR_KOLOM.kegiatanMin, bulatPiksel(sisa - n * lp));
  let tambah = 0;
  if (kegiatan > LEBAR_KOLOM.kegiatanMaks) {
    tambah = bulatPiksel((kegiatan - LEBAR_KOLOM.kegiatanMaks) / 2);
    kegiatan = LEBAR_KOLOM.kegiatanMaks;
  }
  const daftar: Omit<KolomTata, "x">[] = [
    { kunci: "no", judul: "NO", lebar: LEBAR_KOLOM.no },
    { kunci: "kegiatan", judul: "KEGIATAN", lebar: kegiatan },
    ...nama.map((judul, i): Omit<KolomTata, "x"> => ({
      kunci: `pelaksana-${i}`, judul, pelaksana: i, lebar: lp + (i === n - 1 ? LEBAR_KOLOM.jalur : 0),
    })),
    { kunci: "kelengkapan", judul: "KELENGKAPAN", lebar: LEBAR_KOLOM.kelengkapan + tambah },
    { kunci: "waktu", judul: "WAKTU", lebar: LEBAR_KOLOM.waktu },
    { kunci: "output", judul: "OUTPUT", lebar: LEBAR_KOLOM.output + tambah },
    { kunci: "keterangan", judul: "KETERANGAN", lebar: LEBAR_KOLOM.keterangan },
  ];
  let x = asalX;
  return daftar.map((k) => {
    const kolom = { ...k, x };
    x += k.lebar;
    return kolom;
  });
}

/** The column of a text field of a step. */
export function kolomBidang(kolom: readonly KolomTata[], kunci: KunciKolom): KolomTata | undefined {
  return kolom.find((k) => k.kunci === kunci);
}
