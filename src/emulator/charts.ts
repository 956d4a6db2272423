import type { Book } from "./book";
import { ClientObject, Collection, type Batch } from "./core";
import { boxAddress } from "./address";
import { itemNotFound } from "./errors";
import type { ChartSnapshot } from "./model";
import type { Range } from "./range";
import type { SheetState } from "./state";

export class Chart extends ClientObject {
  readonly title: { text: string; visible: boolean };
  readonly series: { getItemAt(i: number): { name: string; chartType: string }; add(name?: string): { name: string; chartType: string } };
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState, private readonly find: () => ChartSnapshot | undefined) {
    super(batch, "Chart");
    const edit = (what: string, f: (c: ChartSnapshot) => void) => batch.enqueue({ set: `Chart.${what}` }, () => {
      book.checkWritable(sheet(), "charts");
      f(this.chart());
    });
    this.title = {
      set text(v: string) { edit("title", (c) => (c.title = v)); },
      set visible(v: boolean) { edit("titleVisible", (c) => { if (!v) delete c.title; }); },
    };
    const seriesAt = (index: () => number) => ({
      set name(v: string) { edit("series.name", (c) => { const s = c.series[index()]; if (!s) throw itemNotFound("series"); s.name = v; }); },
      set chartType(v: string) { edit("series.chartType", (c) => { const s = c.series[index()]; if (!s) throw itemNotFound("series"); s.chartType = v; }); },
    });
    let added = -1;
    this.series = {
      getItemAt: (i) => seriesAt(() => i),
      add: (name) => {
        edit("series.add", (c) => { c.series.push({ name: name ?? `Series${c.series.length + 1}` }); added = c.series.length - 1; });
        return seriesAt(() => added);
      },
    };
  }
  private chart(): ChartSnapshot {
    const c = this.find();
    if (!c) throw itemNotFound("chart");
    return c;
  }
  protected scalarNames() { return ["id", "name", "chartType", "left", "top", "width", "height"] as const; }
  protected readScalar(name: string): unknown {
    const c = this.chart();
    return name === "chartType" ? c.type : (c as unknown as Record<string, unknown>)[name];
  }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.set("name", v, () => (this.chart().name = v)); }
  set left(v: number) { this.set("left", v, () => (this.chart().left = v)); }
  set top(v: number) { this.set("top", v, () => (this.chart().top = v)); }
  set width(v: number) { this.set("width", v, () => (this.chart().width = v)); }
  set height(v: number) { this.set("height", v, () => (this.chart().height = v)); }
  get chartType(): string { return this.get("chartType"); }
  set chartType(v: string) { this.set("chartType", v, () => (this.chart().type = v)); }
  /** Places the chart over a cell range, as Excel's setPosition does. */
  setPosition(start: Range | string, end?: Range | string): void {
    this.call("setPosition", null, () => {
      const sheet = this.sheet();
      const box = (r: Range | string) => (typeof r === "string" ? this.book.boxOf(r) : r.locateBox().box);
      const a = box(start);
      const b = end ? box(end) : a;
      const c = this.chart();
      c.left = this.book.columnLeft(sheet, a.col);
      c.top = this.book.rowTop(sheet, a.row);
      c.width = this.book.columnLeft(sheet, b.col + b.colCount) - c.left;
      c.height = this.book.rowTop(sheet, b.row + b.rowCount) - c.top;
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const sheet = this.sheet();
      const c = this.chart();
      sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

export class ChartCollection extends Collection<Chart> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "ChartCollection", () => sheet().charts.map((c) => new Chart(batch, book, sheet, () => c)));
  }
  add(type: string, source: Range, seriesBy = "Auto"): Chart {
    let made: ChartSnapshot | undefined;
    this.batch.enqueue({ call: "Charts.add", type, seriesBy }, () => {
      const sheet = this.sheet();
      this.book.checkWritable(sheet, "charts");
      const { box } = source.locateBox();
      made = { id: this.book.newId("chart"), name: `Chart ${sheet.charts.length + 1}`, type, sourceAddress: boxAddress(box), seriesBy, left: 0, top: 0, width: 360, height: 216, series: [] };
      const count = seriesBy === "Rows" ? box.rowCount : box.colCount - 1;
      for (let i = 0; i < Math.max(1, count); i++) made.series.push({ name: `Series${i + 1}` });
      sheet.charts.push(made);
    });
    return new Chart(this.batch, this.book, this.sheet, () => made);
  }
  getItem(name: string): Chart {
    return new Chart(this.batch, this.book, this.sheet, () => this.sheet().charts.find((c) => c.name === name));
  }
}
