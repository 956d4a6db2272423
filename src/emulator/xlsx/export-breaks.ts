import JSZip from "jszip";
import type { WorkbookSnapshot } from "../model";
import { sheetParts } from "./export-drawing";

/**
 * Manual column page breaks in the package. ExcelJS writes row breaks only; <colBreaks> follows
 * <rowBreaks> in CT_Worksheet (ECMA-376 Part 1, §18.3.1.14), before any of the elements below.
 * A break's id is the 0-based column it falls left of.
 */
const AFTER_COL_BREAKS = /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/;
const MAX_ROW = 1048575;

export function colBreaksXml(columns: readonly number[]): string {
  const brk = columns.map((c) => `<brk id="${c}" max="${MAX_ROW}" man="1"/>`).join("");
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brk}</colBreaks>`;
}

/** The zip with each sheet's column page breaks added; unchanged when no sheet has any. */
export async function addColumnBreaks(xlsx: Uint8Array, snap: WorkbookSnapshot): Promise<Uint8Array> {
  const sheets = snap.sheets.filter((s) => (s.pageLayout.columnPageBreaks ?? []).length > 0);
  if (sheets.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    const xml = part ? await zip.file(part)?.async("string") : undefined;
    if (!part || !xml || /<colBreaks[\s/>]/.test(xml)) continue;
    const element = colBreaksXml([...(sheet.pageLayout.columnPageBreaks ?? [])].sort((a, b) => a - b));
    const at = AFTER_COL_BREAKS.exec(xml);
    zip.file(part, at ? xml.slice(0, at.index) + element + xml.slice(at.index) : xml.replace("</worksheet>", `${element}</worksheet>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
