/** `npm run sample -- out.xlsx`: the sample kecamatan workbook, built by Evapor's own operations. */
import fs from "node:fs";
import path from "node:path";
import { createExcelEmulator } from "../src/emulator";
import { snapshotToXlsx } from "../src/emulator/xlsx/export";
import { buildSampleWorkbook } from "../src/preview/sample-workbook";

export async function main(args: string[]): Promise<void> {
  const out = path.resolve(args[0] ?? "out/sample.xlsx");
  const emulator = createExcelEmulator();
  await buildSampleWorkbook(emulator, { lengkap: true });
  const snapshot = emulator.snapshot();
  const bytes = await snapshotToXlsx(snapshot);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`${out}: ${snapshot.sheets.length} sheet(s) (${snapshot.sheets.map((s) => s.name).join(", ")}), ${bytes.length} bytes`);
  const shapes = snapshot.sheets.reduce((n, s) => n + s.shapes.length, 0);
  const charts = snapshot.sheets.reduce((n, s) => n + s.charts.length, 0);
  if (shapes + charts > 0) console.log(`  drawn in the file: ${shapes} shape(s), ${charts} chart(s)`);
}
