import { useCallback, useEffect, useState } from "react";
import type { ExcelHost } from "../excel/host";
import { readPengaturan, type HasilPengaturanWorkbook } from "../excel/pengaturan";
import { useReportError } from "./errors";

/** What a page needs to know of the workbook before acting: its settings and its sheet names. */
export interface BukuKerja {
  pengaturan: HasilPengaturanWorkbook;
  lembar: ReadonlySet<string>;
}

/**
 * Reads the settings and the sheet names each time the page is shown (they may have changed on
 * Pengaturan or in Excel), in one Excel.run, so that the page's actions need not read them again:
 * every action stays within its own 2 syncs. `tandaiLembar` records a sheet the page just wrote.
 */
export function useBukuKerja(host: ExcelHost, tahun: number, aktif: boolean) {
  const [buku, setBuku] = useState<BukuKerja | null>(null);
  const report = useReportError();
  useEffect(() => {
    if (!aktif) return;
    let terpasang = true;
    host.run(async (c) => {
      const sheets = c.workbook.worksheets;
      sheets.load("items/name"); // travels with the settings' first sync
      const pengaturan = await readPengaturan(c, tahun);
      return { pengaturan, lembar: new Set(sheets.items.map((s) => s.name)) };
    }).then(
      (b) => { if (terpasang) setBuku(b); },
      (error: unknown) => report(error),
    );
    return () => { terpasang = false; };
  }, [host, tahun, aktif, report]);
  const tandaiLembar = useCallback((nama: string) => {
    setBuku((b) => (b === null || b.lembar.has(nama) ? b : { ...b, lembar: new Set([...b.lembar, nama]) }));
  }, []);
  return { buku, tandaiLembar };
}
