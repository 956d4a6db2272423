/**
 * A small accumulator for a sheet plan: rows of cells placed by (row, column), merges, styles and
 * row heights, turned into the RencanaLembar parts at the end. Keeps the SOP plan code about the
 * SOP and not about bookkeeping.
 */
import type { BlokIsi, Gaya, GayaKotak, IsiSel, KotakSel } from "../../lembar/rencana";

export const kotak = (baris: number, kolom: number, jumlahBaris = 1, jumlahKolom = 1): KotakSel =>
  ({ baris, kolom, jumlahBaris, jumlahKolom });

/** From column `a` to column `b` inclusive on `jumlahBaris` rows from `baris`. */
export const rentang = (baris: number, a: number, b: number, jumlahBaris = 1): KotakSel => kotak(baris, a, jumlahBaris, b - a + 1);

/** Up to the next whole pixel (0.75 pt): Excel keeps row heights in pixels. */
export const naikPiksel = (x: number): number => Math.ceil(x / 0.75 - 1e-9) * 0.75;

export class Susunan {
  private readonly sel = new Map<number, Map<number, IsiSel>>();
  readonly gabung: KotakSel[] = [];
  readonly gaya: GayaKotak[] = [];
  readonly tinggi: { baris: number; tinggi: number }[] = [];

  constructor(private readonly jumlahKolom: number) {}

  isi(baris: number, kolom: number, nilai: IsiSel): void {
    const b = this.sel.get(baris) ?? new Map<number, IsiSel>();
    b.set(kolom, nilai);
    this.sel.set(baris, b);
  }

  /** Writes `nilai` in the top-left cell of `k` and merges `k` when it is larger than one cell. */
  gabungIsi(k: KotakSel, nilai: IsiSel, gaya?: Gaya): void {
    this.isi(k.baris, k.kolom, nilai);
    if (k.jumlahBaris > 1 || k.jumlahKolom > 1) this.gabung.push(k);
    if (gaya) this.gaya.push({ kotak: k, gaya });
  }

  beriGaya(k: KotakSel, gaya: Gaya): void {
    this.gaya.push({ kotak: k, gaya });
  }

  aturTinggi(baris: number, tinggi: number): void {
    this.tinggi.push({ baris, tinggi });
  }

  /** All rows 0 … jumlahBaris − 1 as one block, every row as wide as the sheet's columns. */
  blok(jumlahBaris: number): BlokIsi {
    const isi: IsiSel[][] = [];
    for (let r = 0; r < jumlahBaris; r++) {
      const b = this.sel.get(r);
      isi.push(Array.from({ length: this.jumlahKolom }, (_, c) => b?.get(c) ?? null));
    }
    return { baris: 0, kolom: 0, isi };
  }
}
