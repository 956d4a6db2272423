import { excelAddress, quoteSheetName } from "./address";
import type { Book } from "./book";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import type { CellBox } from "./model";
import { Range } from "./range";
import type { SheetState } from "./state";

interface Areas { sheet: SheetState; boxes: CellBox[] }

/** Excel.RangeAreas, as getMergedAreasOrNullObject returns it: null when there are no areas. */
export class RangeAreas extends SpecObject<Areas> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  readonly areas: Collection<Range>;
  constructor(batch: Batch, book: Book, find: () => Areas, nullable = false) {
    const address = ({ sheet, boxes }: Areas) => boxes.map((b) => `${quoteSheetName(sheet.name)}!${excelAddress(b)}`).join(",");
    super(batch, "RangeAreas", find, {
      address: { read: address },
      addressLocal: { read: address },
      areaCount: { read: (a) => a.boxes.length },
      cellCount: { read: (a) => a.boxes.reduce((n, b) => n + b.rowCount * b.colCount, 0) },
    }, { nullable, exists: () => find().boxes.length > 0 });
    this.areas = new Collection(batch, "RangeCollection", () => {
      const { sheet, boxes } = find();
      return boxes.map((box) => new Range(batch, book, () => ({ sheet, box })));
    });
  }
}
