/** Page setup of a sheet plan (worksheet.pageLayout, ExcelApi 1.9), queued without sync. */
import type { TataHalaman } from "../../domain/lembar/rencana";
import { alamatKotak } from "../../domain/lembar/rencana";
import { hurufKolom } from "../../domain/baca/alamat";

/** F4 (215 × 330 mm) is Excel's "Folio" paper (8.5 × 13 in). */
const KERTAS: Record<TataHalaman["kertas"], "A4" | "Folio"> = { A4: "A4", F4: "Folio" };

export function terapkanHalaman(sheet: Excel.Worksheet, h: TataHalaman): void {
  const p = sheet.pageLayout;
  p.orientation = h.orientasi === "lanskap" ? "Landscape" : "Portrait";
  p.paperSize = KERTAS[h.kertas];
  if (h.margin) {
    p.topMargin = h.margin.atas;
    p.bottomMargin = h.margin.bawah;
    p.leftMargin = h.margin.kiri;
    p.rightMargin = h.margin.kanan;
  }
  // Excel.PageLayoutZoomOptions: verticalFitToPages 0 means "as many pages tall as needed" (Automatic).
  if (h.satuHalamanLebar) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: h.satuHalamanTinggi === true ? 1 : 0 };
  // Excel ignores manual page breaks under "fit to pages": a sheet split over pages gets a fixed scale.
  else if (h.skala !== undefined) p.zoom = { scale: h.skala };
  if (h.judulCetak) p.setPrintTitleRows(`$${h.judulCetak.dari + 1}:$${h.judulCetak.sampai + 1}`);
  if (h.judulKolomCetak) p.setPrintTitleColumns(`$${hurufKolom(h.judulKolomCetak.dari)}:$${hurufKolom(h.judulKolomCetak.sampai)}`);
  for (const kolom of h.pemisahKolom ?? []) {
    sheet.verticalPageBreaks.add(alamatKotak({ baris: 0, kolom, jumlahBaris: 1, jumlahKolom: 1 }));
  }
  if (h.areaCetak) p.setPrintArea(alamatKotak(h.areaCetak));
  for (const baris of h.pemisahHalaman ?? []) {
    sheet.horizontalPageBreaks.add(alamatKotak({ baris, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }));
  }
  if (h.tengahHorizontal !== undefined) p.centerHorizontally = h.tengahHorizontal;
  if (h.kaki !== undefined) p.headersFooters.defaultForAllPages.centerFooter = h.kaki;
}
