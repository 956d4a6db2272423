/** Data validation, conditional formats and the table of a sheet plan, queued without sync. */
import type { FormatBersyarat, RencanaLembar, ValidasiSel } from "../../domain/lembar/rencana";
import { alamatKotak } from "../../domain/lembar/rencana";

function terapkanValidasi(sheet: Excel.Worksheet, v: ValidasiSel): void {
  const dv = sheet.getRange(alamatKotak(v.kotak)).dataValidation;
  switch (v.kind) {
    case "daftar":
      dv.rule = { list: { inCellDropDown: true, source: v.pilihan.join(",") } };
      break;
    case "bilangan-bulat":
      dv.rule = { wholeNumber: { formula1: v.min, formula2: v.maks, operator: "Between" } };
      break;
    case "desimal":
      dv.rule = { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } };
      break;
    default:
      v satisfies never;
  }
  if (v.pesan !== undefined) dv.errorAlert = { message: v.pesan, showAlert: true, style: "Stop", title: "Evapor" };
}

function terapkanFormatBersyarat(sheet: Excel.Worksheet, f: FormatBersyarat): void {
  const cf = sheet.getRange(alamatKotak(f.kotak)).conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.rumus.startsWith("=") ? f.rumus : `=${f.rumus}`;
  if (f.isi !== undefined) cf.custom.format.fill.color = f.isi;
  if (f.warnaHuruf !== undefined) cf.custom.format.font.color = f.warnaHuruf;
}

export function terapkanAturan(sheet: Excel.Worksheet, rencana: RencanaLembar): void {
  for (const v of rencana.validasi ?? []) terapkanValidasi(sheet, v);
  for (const f of rencana.formatBersyarat ?? []) terapkanFormatBersyarat(sheet, f);
  if (rencana.tabel) {
    const t = sheet.tables.add(alamatKotak(rencana.tabel.kotak), true);
    t.name = rencana.tabel.nama;
    t.style = "TableStyleLight9";
  }
  const b = rencana.bekukan;
  if (b && b.baris > 0 && b.kolom > 0) sheet.freezePanes.freezeAt(alamatKotak({ baris: 0, kolom: 0, jumlahBaris: b.baris, jumlahKolom: b.kolom }));
  else if (b && b.baris > 0) sheet.freezePanes.freezeRows(b.baris);
  else if (b && b.kolom > 0) sheet.freezePanes.freezeColumns(b.kolom);
}
