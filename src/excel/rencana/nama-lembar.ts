/** Existence check of a sheet name, for the caller's read sync (before terapkanRencana with ganti). */
export function periksaNamaLembar(context: Excel.RequestContext, nama: string): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(nama);
  sheet.load("name");
  return sheet;
}
