import type { Book } from "./book";
import { color, oneOf } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject } from "./core/proxy";
import { BORDER_INDEXES, BORDER_STYLES, BORDER_WEIGHTS } from "./enums";
import { invalidArgument } from "./errors";
import type { BorderEdge, BorderStyle, CellBox } from "./model";
import { styleCells, uniform, type Locate, type Located } from "./styles";

/** Which cell edges a border index covers in a box (inside borders fall between its cells). */
function edgesOf(index: string, r: number, c: number, box: CellBox): BorderEdge[] {
  const last = { r: box.row + box.rowCount - 1, c: box.col + box.colCount - 1 };
  switch (index) {
    case "EdgeTop": return r === box.row ? ["top"] : [];
    case "EdgeBottom": return r === last.r ? ["bottom"] : [];
    case "EdgeLeft": return c === box.col ? ["left"] : [];
    case "EdgeRight": return c === last.c ? ["right"] : [];
    case "InsideHorizontal": return [...(r > box.row ? ["top" as const] : []), ...(r < last.r ? ["bottom" as const] : [])];
    case "InsideVertical": return [...(c > box.col ? ["left" as const] : []), ...(c < last.c ? ["right" as const] : [])];
    default: return []; // diagonals are accepted and not drawn by the model
  }
}

/** The edge read for an index: the outer edge of the box's first cell on that side. */
const READ_EDGE: Record<string, BorderEdge | undefined> = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right", InsideHorizontal: "bottom", InsideVertical: "right" };

function sideOf(at: Located, index: string): Located {
  const { box } = at;
  const line = (b: Partial<CellBox>) => ({ ...at, box: { ...box, ...b } });
  switch (index) {
    case "EdgeBottom": return line({ row: box.row + box.rowCount - 1, rowCount: 1 });
    case "EdgeTop": return line({ rowCount: 1 });
    case "EdgeLeft": return line({ colCount: 1 });
    case "EdgeRight": return line({ col: box.col + box.colCount - 1, colCount: 1 });
    default: return at;
  }
}

/**
 * range.format.borders.getItem(index). Setting weight or colour on an edge without a border draws
 * a continuous one, as Excel does; style "None" removes it. The model keeps each cell's own edges:
 * the bottom of A1 is not mirrored as the top of A2.
 */
export class RangeBorder extends SpecObject<Located> {
  declare style: string;
  declare weight: string;
  declare color: string;
  declare readonly sideIndex: string;
  constructor(batch: Batch, book: Book, locate: Locate, index: string) {
    const readEdge = (pick: (b: BorderStyle | undefined) => unknown) => (at: Located) => {
      const edge = READ_EDGE[index];
      return edge ? uniform(sideOf(at, index), (cell) => pick(cell?.style.borders?.[edge])) : pick(undefined);
    };
    const change = (part: (old: BorderStyle | undefined) => BorderStyle | null) => (at: Located) => {
      if (!BORDER_INDEXES.includes(index)) throw invalidArgument(`border index ${index}`);
      styleCells(book, at, (s, r, c) => {
        for (const e of edgesOf(index, r, c, at.box)) {
          const next = part(s.borders?.[e]);
          s.borders = { ...s.borders };
          if (next) s.borders[e] = next;
          else delete s.borders[e];
        }
      });
    };
    const base = (old: BorderStyle | undefined): BorderStyle => old ?? { style: "Continuous", weight: "Thin", color: "#000000" };
    super(batch, `RangeBorder(${index})`, locate, {
      style: {
        read: readEdge((b) => b?.style ?? "None"),
        write: (at, v) => {
          const style = oneOf(BORDER_STYLES, v, "border style");
          change((old) => (style === "None" ? null : { ...base(old), style }))(at);
        },
      },
      weight: { read: readEdge((b) => b?.weight ?? "Thin"), write: (at, v) => change((old) => ({ ...base(old), weight: oneOf(BORDER_WEIGHTS, v, "border weight") }))(at) },
      color: { read: readEdge((b) => b?.color ?? "#000000"), write: (at, v) => change((old) => ({ ...base(old), color: color(v, "border color") }))(at) },
      sideIndex: { read: () => index },
    });
    if (!BORDER_INDEXES.includes(index)) batch.read({ get: "RangeBorder", index }, () => { throw invalidArgument(`border index ${index}`); });
  }
}

export class RangeBorderCollection extends Collection<RangeBorder> {
  constructor(batch: Batch, private readonly book: Book, private readonly locate: Locate) {
    super(batch, "RangeBorderCollection", () => BORDER_INDEXES.map((i) => new RangeBorder(batch, book, locate, i)));
  }
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.batch, this.book, this.locate, index);
  }
  getItemAt(i: number): RangeBorder {
    return new RangeBorder(this.batch, this.book, this.locate, BORDER_INDEXES[i] ?? `#${i}`);
  }
}
