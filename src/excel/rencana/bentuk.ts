/** Flowchart shapes, connector lines, labels and charts of a sheet plan, queued without sync. */
import type { Bentuk, GarisPenghubung, Grafik, RencanaLembar } from "../../domain/lembar/rencana";
import { alamatKotak } from "../../domain/lembar/rencana";

const GEOMETRI: Record<Exclude<Bentuk["jenis"], "teks">, "FlowChartTerminator" | "Rectangle" | "Diamond" | "FlowChartOffpageConnector"> = {
  terminator: "FlowChartTerminator",
  proses: "Rectangle",
  keputusan: "Diamond",
  "konektor-halaman": "FlowChartOffpageConnector",
};

function tambahBentuk(shapes: Excel.ShapeCollection, b: Bentuk): Excel.Shape {
  const s = b.jenis === "teks" ? shapes.addTextBox(b.teks ?? "") : shapes.addGeometricShape(GEOMETRI[b.jenis]);
  s.name = `Evapor ${b.id}`;
  s.left = b.x;
  s.top = b.y;
  s.width = b.lebar;
  s.height = b.tinggi;
  s.fill.setSolidColor(b.isi ?? "#FFFFFF");
  s.lineFormat.color = b.warnaGaris ?? "#000000";
  s.lineFormat.weight = 1;
  if (b.jenis !== "teks" && b.teks !== undefined) s.textFrame.textRange.text = b.teks;
  s.textFrame.horizontalAlignment = "Center";
  s.textFrame.verticalAlignment = "Middle";
  if (b.ukuranHuruf !== undefined) s.textFrame.textRange.font.size = b.ukuranHuruf;
  s.textFrame.textRange.font.color = "#000000";
  return s;
}

/**
 * One straight line per polyline segment (Excel has no polyline connector in Office.js). Lines are
 * not glued to shapes with connectBeginShape/connectEndShape: Excel then snaps the end to a
 * connection site, which would move the line off the planned route; the planned end points
 * already lie on the shapes' boundaries. The arrowhead goes on the last segment only.
 */
function tambahGaris(shapes: Excel.ShapeCollection, g: GarisPenghubung): void {
  for (let i = 0; i + 1 < g.titik.length; i++) {
    const a = g.titik[i];
    const b = g.titik[i + 1];
    const line = shapes.addLine(a.x, a.y, b.x, b.y, "Straight");
    line.name = `Evapor ${g.id}${g.titik.length > 2 ? `.${i + 1}` : ""}`;
    line.lineFormat.color = "#000000";
    line.lineFormat.weight = 1;
    if (g.panah && i + 2 === g.titik.length) line.line.endArrowheadStyle = "Triangle";
  }
}

/**
 * The chart's source is the box spanning the category column and the series' value columns (the
 * plan puts them side by side on the same rows); Excel takes the text column as categories and
 * each value column, by column, as one series, in order. Series are then named and the "garis"
 * one made a line (combo chart).
 */
function tambahGrafik(sheet: Excel.Worksheet, g: Grafik): void {
  if (g.seri.length === 0) return;
  const kotak = [g.kategori, ...g.seri.map((s) => s.nilai)];
  const baris = Math.min(...kotak.map((k) => k.baris));
  const kolom = Math.min(...kotak.map((k) => k.kolom));
  const akhirBaris = Math.max(...kotak.map((k) => k.baris + k.jumlahBaris));
  const akhirKolom = Math.max(...kotak.map((k) => k.kolom + k.jumlahKolom));
  const sumber = sheet.getRange(alamatKotak({ baris, kolom, jumlahBaris: akhirBaris - baris, jumlahKolom: akhirKolom - kolom }));
  const chart = sheet.charts.add(g.jenis === "batang" ? "BarClustered" : "ColumnClustered", sumber, "Columns");
  chart.name = `Evapor ${g.id}`;
  chart.title.text = g.judul;
  chart.left = g.x;
  chart.top = g.y;
  chart.width = g.lebar;
  chart.height = g.tinggi;
  g.seri.forEach((s, i) => {
    const seri = chart.series.getItemAt(i);
    seri.name = s.nama;
    if (s.jenis === "garis") seri.chartType = "Line";
  });
}

export function terapkanBentuk(sheet: Excel.Worksheet, rencana: RencanaLembar): void {
  const shapes = sheet.shapes;
  for (const b of rencana.bentuk ?? []) tambahBentuk(shapes, b);
  for (const g of rencana.garis ?? []) tambahGaris(shapes, g);
  (rencana.label ?? []).forEach((l, i) => {
    const s = shapes.addTextBox(l.teks);
    s.name = `Evapor label ${i + 1}`;
    s.left = l.x;
    s.top = l.y;
    s.width = l.lebar;
    s.height = l.tinggi;
    s.fill.clear();
    s.lineFormat.visible = false;
    s.textFrame.horizontalAlignment = "Center";
    // The box is sized for the text alone: Excel's default 7.2 pt margins and 11 pt font would
    // break "Ya" over two lines.
    s.textFrame.leftMargin = 0;
    s.textFrame.rightMargin = 0;
    s.textFrame.topMargin = 0;
    s.textFrame.bottomMargin = 0;
    if (l.ukuranHuruf !== undefined) s.textFrame.textRange.font.size = l.ukuranHuruf;
  });
  for (const g of rencana.grafik ?? []) tambahGrafik(sheet, g);
}
