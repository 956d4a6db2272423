/**
 * `npm run bench [-- --json]`: syncs, largest request and CPU time of Evapor's Excel actions on the
 * emulator, beside a naive per-row implementation and the bare domain computation.
 * Figures for 100, 1,000 and 10,000 indicators. Each later capability adds its operations.
 */
import { createExcelEmulator, type ExcelEmulator } from "../src/emulator";
import { readLembarAktif } from "../src/excel/baca-lembar";
import { petakanLembar, type LembarMentah } from "../src/domain/baca";
import { ukur, type BarisBench } from "./bench/ukur";
import { MODUL_BENCH } from "./bench/index";

type Row = BarisBench;

const SIZES = [100, 1_000, 10_000];

function dataKinerja(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [["No", "Indikator", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"]];
  for (let i = 0; i < n; i++) rows.push([i + 1, `Indikator kinerja ${i + 1}`, "%", 80 + (i % 20), 20 + (i % 7), 21, i % 3 === 0 ? "" : 22, ""]);
  return rows;
}

async function seeded(n: number): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  const rows = dataKinerja(n);
  // Seeding is chunked like Evapor's own writes, to stay under the 5 MB request limit.
  for (let start = 0; start < rows.length; start += 5_000) {
    const part = rows.slice(start, start + 5_000);
    await emu.run(async (c) => {
      c.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(start, 0, part.length, 8).values = part;
      await c.sync();
    });
  }
  return emu;
}

const measure = ukur;

/** The naive way: one sync per row (what DEVELOPERS.md calls a weak add-in). */
async function naiveRead(emu: ExcelEmulator, n: number): Promise<void> {
  await emu.run(async (c) => {
    const sheet = c.workbook.worksheets.getActiveWorksheet();
    const rows: unknown[][] = [];
    for (let r = 0; r <= n; r++) {
      const range = sheet.getRangeByIndexes(r, 0, 1, 8).load("values");
       
      await c.sync();
      rows.push(range.values[0]);
    }
    petakanLembar({ nama: "x", baris0: 0, kolom0: 0, values: rows, merges: [] });
  });
}

export async function main(args: string[]): Promise<void> {
  const json = args.includes("--json");
  const rows: Row[] = [];
  for (const n of SIZES) {
    const emu = await seeded(n);
    let lembar: LembarMentah | null = null;
    rows.push(await measure("baca-lembar", "evapor", n, emu, async () => {
      const hasil = await emu.run((c) => readLembarAktif(c));
      if ("lembar" in hasil) { lembar = hasil.lembar; petakanLembar(hasil.lembar); }
    }));
    rows.push(await measure("baca-lembar", "naive", n, emu, () => naiveRead(emu, Math.min(n, 2_000))));
    rows.push(await measure("baca-lembar", "domain", n, null, () => { if (lembar) petakanLembar(lembar); }));
  }
  for (const modul of MODUL_BENCH) rows.push(...(await modul(SIZES)));
  if (json) for (const r of rows) console.log(JSON.stringify(r));
  else {
    console.log("operation                variant  n       syncs  maxRequestBytes  cpuMs");
    for (const r of rows) console.log(`${r.operation.padEnd(24)} ${r.variant.padEnd(8)} ${String(r.n).padEnd(7)} ${String(r.syncs).padStart(5)}  ${String(r.maxRequestBytes).padStart(15)}  ${String(r.cpuMs).padStart(6)}`);
    console.log("(naive reads at most 2,000 rows: one sync per row)");
  }
}
