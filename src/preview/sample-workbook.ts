import type { ExcelHost } from "../excel/host";
import { writePengaturan } from "../excel/pengaturan";
import { DATA_KINERJA_CONTOH, PENGATURAN_CONTOH } from "./sample-data";
import { LANGKAH_CONTOH } from "./contoh";

/**
 * Builds the sample kecamatan workbook by running Evapor's own operations on a host (the
 * emulator in the preview and in `npm run sample`). Each capability adds its sheets here.
 */
export async function buildSampleWorkbook(host: ExcelHost, opsi: { lengkap?: boolean; today?: Date } = {}): Promise<void> {
  await host.run((context) => writePengaturan(context, PENGATURAN_CONTOH));
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.name = "Data Kinerja";
    const d = DATA_KINERJA_CONTOH;
    sheet.getRange("A1").values = [[d.judul]];
    sheet.getRange("A1:I1").merge();
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 13;
    const header = sheet.getRange("A3:I4");
    header.values = [d.header1, d.header2];
    for (const col of ["A", "B", "C", "D", "E"]) sheet.getRange(`${col}3:${col}4`).merge();
    sheet.getRange("F3:I3").merge();
    header.format.font.bold = true;
    header.format.fill.color = "#D9E7F5";
    header.format.horizontalAlignment = "Center";
    header.format.verticalAlignment = "Center";
    header.format.wrapText = true;
    const body = sheet.getRange(`A5:I${4 + d.baris.length}`);
    body.values = d.baris;
    body.format.wrapText = true;
    body.format.verticalAlignment = "Top";
    // Excel grows wrapped rows by itself; the emulator does not measure text, so heights are given.
    body.format.rowHeight = 45;
    sheet.getRange("A1").format.rowHeight = 20;
    const all = sheet.getRange(`A3:I${4 + d.baris.length}`);
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      all.format.borders.getItem(edge).style = "Continuous";
    }
    // Points; the table fits the preview's 920 px beside the pane (and an A4 landscape page).
    const widths = [26, 150, 185, 56, 56, 44, 44, 44, 44];
    widths.forEach((w, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
    sheet.freezePanes.freezeRows(4);
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.paperSize = "A4";
    await context.sync();
  });
  for (const langkah of LANGKAH_CONTOH) {
    if (langkah.hanyaLengkap && !opsi.lengkap) continue;
    await langkah.jalankan(host, opsi.today ?? new Date());
  }
  // The workbook opens where a user starts: their own data sheet, which "Baca lembar aktif" reads.
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Data Kinerja").activate();
    await context.sync();
  });
}
