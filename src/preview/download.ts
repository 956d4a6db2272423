import type { WorkbookSnapshot } from "../emulator/model";

/** Builds the .xlsx in the browser (ExcelJS loaded on demand) and hands it to the user. */
export async function downloadXlsx(snapshot: WorkbookSnapshot): Promise<void> {
  const { snapshotToXlsx } = await import("../emulator/xlsx/export");
  const bytes = await snapshotToXlsx(snapshot);
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = "evapor-contoh.xlsx";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
