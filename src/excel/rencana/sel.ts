/** Cells, sizes, merges and styles of a sheet plan, queued on one worksheet (no sync). */
import type { BlokIsi, Gaya, RencanaLembar } from "../../domain/lembar/rencana";
import { alamatKotak } from "../../domain/lembar/rencana";
import { isiFormula } from "../../domain/lembar/potong";

export { isiFormula, potongBlok } from "../../domain/lembar/potong";

/** Queues one block slice; returns its approximate payload bytes. */
export function tulisBlok(sheet: Excel.Worksheet, blok: BlokIsi): number {
  const lebar = blok.isi[0]?.length ?? 0;
  if (blok.isi.length === 0 || lebar === 0) return 0;
  const range = sheet.getRange(alamatKotak({ baris: blok.baris, kolom: blok.kolom, jumlahBaris: blok.isi.length, jumlahKolom: lebar }));
  const formulas = blok.isi.map((r) => r.map(isiFormula));
  range.formulas = formulas;
  return JSON.stringify(formulas).length;
}

export function terapkanUkuran(sheet: Excel.Worksheet, rencana: RencanaLembar): void {
  rencana.lebarKolom.forEach((lebar, kolom) => {
    sheet.getRange(alamatKotak({ baris: 0, kolom, jumlahBaris: 1, jumlahKolom: 1 })).format.columnWidth = lebar;
  });
  for (const t of rencana.tinggiBaris ?? []) {
    sheet.getRange(alamatKotak({ baris: t.baris, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 })).format.rowHeight = t.tinggi;
  }
}

/** Rows fitted to their wrapped text, after the cells and their styles are queued (ExcelApi 1.2). */
export function terapkanPasTinggi(sheet: Excel.Worksheet, rencana: RencanaLembar): void {
  for (const k of rencana.pasTinggi ?? []) sheet.getRange(alamatKotak(k)).format.autofitRows();
}

const RATA_H = { kiri: "Left", tengah: "Center", kanan: "Right" } as const;
const RATA_V = { atas: "Top", tengah: "Center", bawah: "Bottom" } as const;
const SISI_SEMUA = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const SISI_LUAR = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export function terapkanGaya(range: Excel.Range, gaya: Gaya, jumlahBaris: number, jumlahKolom: number): void {
  const f = range.format;
  if (gaya.tebal !== undefined) f.font.bold = gaya.tebal;
  if (gaya.miring !== undefined) f.font.italic = gaya.miring;
  if (gaya.ukuranHuruf !== undefined) f.font.size = gaya.ukuranHuruf;
  if (gaya.warnaHuruf !== undefined) f.font.color = gaya.warnaHuruf;
  if (gaya.isi !== undefined) f.fill.color = gaya.isi;
  if (gaya.rataHorizontal) f.horizontalAlignment = RATA_H[gaya.rataHorizontal];
  if (gaya.rataVertikal) f.verticalAlignment = RATA_V[gaya.rataVertikal];
  if (gaya.bungkus !== undefined) f.wrapText = gaya.bungkus;
  if (gaya.formatAngka !== undefined) range.numberFormat = Array.from({ length: jumlahBaris }, () => Array<string>(jumlahKolom).fill(gaya.formatAngka ?? "General"));
  const b = gaya.bingkai;
  if (!b) return;
  const sisi = b.jenis === "semua" ? SISI_SEMUA.filter((s) => (s !== "InsideVertical" || jumlahKolom > 1) && (s !== "InsideHorizontal" || jumlahBaris > 1)) : b.jenis === "luar" ? SISI_LUAR : (["EdgeBottom"] as const);
  for (const s of sisi) {
    const tepi = f.borders.getItem(s);
    if (b.garis === "tidak-ada") {
      tepi.style = "None";
      continue;
    }
    tepi.style = "Continuous";
    tepi.weight = b.garis === "tebal" ? "Thick" : "Thin";
    tepi.color = "#000000";
  }
}
