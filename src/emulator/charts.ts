import { excelAddress } from "./address";
import type { Book } from "./book";
import { valueAt } from "./cells";
import { bool, num, oneOf, str } from "./check";
import type { Batch } from "./core/batch";
import { Collection, SpecObject, type SpecOptions } from "./core/proxy";
import { CHART_TYPES, LEGEND_POSITIONS, SERIES_BY } from "./enums";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartSnapshot } from "./model";
import type { SheetState } from "./state";
import type { Located } from "./styles";

type C = ChartSnapshot;
interface FoundChart { sheet: SheetState; chart: C }
interface HasBox { locateBox(): Located }

class ChartTitle extends SpecObject<C> {
  declare text: string;
  declare visible: boolean;
  constructor(batch: Batch, target: () => C, options: SpecOptions<C>) {
    super(batch, "ChartTitle", target, {
      text: { read: (c) => c.title ?? "", write: (c, v) => (c.title = str(v, "title")) },
      visible: { read: (c) => c.title !== undefined, write: (c, v) => { if (!bool(v, "visible")) delete c.title; else c.title ??= ""; } },
    }, options);
  }
}

class ChartLegend extends SpecObject<C> {
  declare visible: boolean;
  declare position: string;
  constructor(batch: Batch, target: () => C, options: SpecOptions<C>) {
    const legend = (c: C) => c.legend ?? { visible: true, position: "Right" };
    super(batch, "ChartLegend", target, {
      visible: { read: (c) => legend(c).visible, write: (c, v) => (c.legend = { ...legend(c), visible: bool(v, "visible") }) },
      position: { read: (c) => legend(c).position, write: (c, v) => (c.legend = { ...legend(c), position: oneOf(LEGEND_POSITIONS, v, "legend position") }) },
    }, options);
  }
}

/** chart.axes.categoryAxis / valueAxis: title, and the value axis' bounds. */
class ChartAxis extends SpecObject<C> {
  declare minimum: number;
  declare maximum: number;
  readonly title: SpecObject<C> & { text: string };
  constructor(batch: Batch, target: () => C, options: SpecOptions<C>, kind: "category" | "value") {
    const key = kind === "category" ? "categoryAxisTitle" : "valueAxisTitle";
    super(batch, "ChartAxis", target, {
      minimum: { read: (c) => c.valueAxisMinimum ?? null, write: (c, v) => (c.valueAxisMinimum = num(v, "minimum")) },
      maximum: { read: (c) => c.valueAxisMaximum ?? null, write: (c, v) => (c.valueAxisMaximum = num(v, "maximum")) },
    }, options);
    this.title = new SpecObject<C>(batch, "ChartAxisTitle", target, {
      text: { read: (c) => c[key] ?? "", write: (c, v) => (c[key] = str(v, "axis title")) },
    }, options) as SpecObject<C> & { text: string };
  }
}

class ChartSeries extends SpecObject<{ chart: C; index: number }> {
  declare name: string;
  declare chartType: string;
  constructor(batch: Batch, find: () => { chart: C; index: number }, options: SpecOptions<{ chart: C; index: number }>) {
    const series = ({ chart, index }: { chart: C; index: number }) => chart.series[index] ?? missing("series");
    super(batch, "ChartSeries", find, {
      name: { read: (t) => series(t).name, write: (t, v) => (series(t).name = str(v, "series name")) },
      chartType: { read: (t) => series(t).chartType ?? t.chart.type, write: (t, v) => (series(t).chartType = oneOf(CHART_TYPES, v, "chartType")) },
    }, options);
  }
}

const missing = (what: string): never => {
  throw itemNotFound(what);
};

export class Chart extends SpecObject<C> {
  declare readonly id: string;
  declare name: string;
  declare chartType: string;
  declare left: number;
  declare top: number;
  declare width: number;
  declare height: number;
  readonly title: ChartTitle;
  readonly legend: ChartLegend;
  readonly axes: { categoryAxis: ChartAxis; valueAxis: ChartAxis };
  readonly series: Collection<ChartSeries> & { getItemAt(index: number): ChartSeries; add(name?: string): ChartSeries };
  constructor(batch: Batch, private readonly book: Book, private readonly find: () => FoundChart) {
    const target = () => find().chart;
    const options: SpecOptions<C> = { beforeWrite: () => book.guard(find().sheet, "editObjects") };
    const size = (key: "left" | "top" | "width" | "height", min: number) => ({ read: (c: C) => c[key], write: (c: C, v: unknown) => (c[key] = num(v, key, min)) });
    super(batch, "Chart", target, {
      id: { read: (c) => c.id },
      name: { read: (c) => c.name, write: (c, v) => (c.name = str(v, "name")) },
      chartType: { read: (c) => c.type, write: (c, v) => (c.type = oneOf(CHART_TYPES, v, "chartType")) },
      left: size("left", 0), top: size("top", 0), width: size("width", 0), height: size("height", 0),
    }, options);
    this.title = new ChartTitle(batch, target, options);
    this.legend = new ChartLegend(batch, target, options);
    this.axes = { categoryAxis: new ChartAxis(batch, target, options, "category"), valueAxis: new ChartAxis(batch, target, options, "value") };
    const seriesOptions = { beforeWrite: () => book.guard(find().sheet, "editObjects") };
    const at = (index: () => number) => new ChartSeries(batch, () => ({ chart: target(), index: index() }), seriesOptions);
    const collection = new Collection(batch, "ChartSeriesCollection", () => target().series.map((_, i) => at(() => i)));
    this.series = Object.assign(collection, {
      getItemAt: (index: number) => at(() => index),
      add: (name?: string) => {
        batch.requireApi("Chart.series.add");
        let added = -1;
        batch.write({ call: "ChartSeries.add", name: name ?? null }, () => {
          const c = target();
          c.series.push({ name: name ?? `Series${c.series.length + 1}` });
          added = c.series.length - 1;
        });
        return at(() => added);
      },
    });
  }
  protected override child(name: string) { return name === "title" ? this.title : name === "legend" ? this.legend : undefined; }

  /** Places the chart over a cell range, as Excel's setPosition does (to the end cell's far edge). */
  setPosition(startCell: HasBox | string, endCell?: HasBox | string): void {
    this.call("setPosition", null, () => {
      const { sheet, chart } = this.find();
      this.book.guard(sheet, "editObjects");
      const box = (r: HasBox | string) => (typeof r === "string" ? this.book.boxOf(sheet, r) : r.locateBox().box);
      const a = box(startCell);
      const b = endCell ? box(endCell) : undefined;
      chart.left = this.book.columnLeft(sheet, a.col);
      chart.top = this.book.rowTop(sheet, a.row);
      if (b) {
        chart.width = this.book.columnLeft(sheet, b.col + b.colCount) - chart.left;
        chart.height = this.book.rowTop(sheet, b.row + b.rowCount) - chart.top;
      }
    });
  }
  delete(): void {
    this.call("delete", null, () => {
      const { sheet, chart } = this.find();
      this.book.guard(sheet, "editObjects");
      sheet.charts = sheet.charts.filter((x) => x !== chart);
    });
  }
}

/**
 * Series as Excel lays them out for a source range: by columns when it has at least as many rows
 * as columns (seriesBy "Auto"); a text first row names the series, a text first column holds the
 * categories.
 */
function seriesOf(book: Book, { sheet, box }: Located, seriesBy: string): { by: string; names: string[] } {
  const by = seriesBy === "Auto" ? (box.rowCount >= box.colCount ? "Columns" : "Rows") : seriesBy;
  const isText = (r: number, c: number) => {
    const v = valueAt(book, sheet, r, c);
    return typeof v === "string" && v !== "";
  };
  const headerRow = box.rowCount > 1 && isText(box.row, box.col + box.colCount - 1);
  const labelCol = box.colCount > 1 && isText(box.row + box.rowCount - 1, box.col);
  const names: string[] = [];
  if (by === "Columns") {
    for (let c = box.col + (labelCol ? 1 : 0); c < box.col + box.colCount; c++) names.push(headerRow ? String(valueAt(book, sheet, box.row, c)) : `Series${names.length + 1}`);
  } else {
    for (let r = box.row + (headerRow ? 1 : 0); r < box.row + box.rowCount; r++) names.push(labelCol ? String(valueAt(book, sheet, r, box.col)) : `Series${names.length + 1}`);
  }
  return { by, names };
}

export class ChartCollection extends Collection<Chart> {
  constructor(batch: Batch, private readonly book: Book, private readonly sheet: () => SheetState) {
    super(batch, "ChartCollection", () => {
      const s = sheet();
      return s.charts.map((chart) => new Chart(batch, book, () => ({ sheet: s, chart })));
    });
  }
  add(type: string, sourceData: HasBox, seriesBy = "Auto"): Chart {
    let made: FoundChart | undefined;
    this.batch.write({ call: "Charts.add", type, seriesBy }, () => {
      const sheet = this.sheet();
      this.book.guard(sheet, "editObjects");
      const at = sourceData.locateBox();
      if (at.sheet !== sheet) throw invalidArgument("the emulator keeps a chart's data on its own sheet");
      const { by, names } = seriesOf(this.book, at, oneOf(SERIES_BY, seriesBy, "seriesBy"));
      const chart: C = {
        id: this.book.newId("chart"), name: `Chart ${sheet.charts.length + 1}`, type: oneOf(CHART_TYPES, type, "chartType"),
        sourceAddress: excelAddress(at.box), seriesBy: by, left: 0, top: 0, width: 360, height: 216,
        series: names.map((name) => ({ name })),
      };
      sheet.charts.push(chart);
      made = { sheet, chart };
    });
    return new Chart(this.batch, this.book, () => made ?? missing("chart"));
  }
  getItem(name: string): Chart {
    const find = () => {
      const sheet = this.sheet();
      const chart = sheet.charts.find((c) => c.name === name || c.id === name);
      return chart ? { sheet, chart } : missing(`chart "${name}"`);
    };
    this.batch.read({ get: "Chart", key: name }, () => void find());
    return new Chart(this.batch, this.book, find);
  }
}
