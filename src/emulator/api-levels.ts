/**
 * The ExcelApi requirement set that introduced each API the emulator implements above 1.1, from
 * Microsoft's requirement-set tables. An emulator created with an older `apiVersion` fails the sync
 * with ApiNotFound when one of these is used, as an older Excel does.
 */
export const API_LEVELS = {
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.rowHidden": "1.2",
  "Range.columnHidden": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.autofitRows": "1.2",
  "RangeFormat.protection": "1.2",
  "Worksheet.protection": "1.2",
  "Range.top": "1.3",
  "Worksheets.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Names.add": "1.4",
  "Collection.getCount": "1.4",
  "Workbook.customXmlParts": "1.5",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Range.conditionalFormats": "1.6",
  "Worksheet.getRangeByIndexes": "1.7",
  "Range.getResizedRange": "1.7",
  "Range.getAbsoluteResizedRange": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Workbook.getActiveCell": "1.7",
  "Chart.series.add": "1.7",
  "Worksheet.showGridlines": "1.8",
  "Range.dataValidation": "1.8",
  "Application.calculationMode.set": "1.8",
  "Worksheet.shapes": "1.9",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.pageBreaks": "1.9",
  "Worksheet.comments": "1.10",
  "Range.getMergedAreasOrNullObject": "1.13",
} as const;

export type ApiName = keyof typeof API_LEVELS;

/** "1.9" → 1.09, "1.10" → 1.10: requirement sets compare by minor number, not as decimals. */
export function apiNumber(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return (major ?? 0) + (minor ?? 0) / 100;
}
