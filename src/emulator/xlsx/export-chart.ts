import { absoluteAddress } from "../address";
import type { CellBox, ChartSnapshot, SheetSnapshot } from "../model";
import { cellsOf, seriesData, type SeriesData } from "../chart-series";
import { esc, NS, XML_DECLARATION } from "./export-xml";

/**
 * A chart of the snapshot as a chart part (xl/charts/chartN.xml, ECMA-376 Part 1, §21.2): the
 * series of the chart's own type in a c:barChart (columns or bars) and those made "Line" in a
 * c:lineChart, both on one pair of axes, as Excel saves a combo chart. Each series refers to its
 * cells on the sheet (with the values cached, so a reader that does not recalculate still draws
 * them), laid out as Excel reads a source range: by columns or rows, a text first row naming the
 * series and a text first column holding the categories (the emulator's `seriesOf`).
 */
const CAT_AXIS = 500000001, VAL_AXIS = 500000002;
/** Office's default accent colours, so every reader draws the series in the same colours. */
const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const LEGEND: Record<string, string> = { Top: "t", Bottom: "b", Left: "l", Right: "r", Corner: "tr", Custom: "r" };

export function chartXml(chart: ChartSnapshot, sheet: SheetSnapshot): string {
  const byCell = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const at = (r: number, c: number) => byCell.get(`${r},${c}`);
  const ref = (box: CellBox) => `'${esc(sheet.name.replace(/'/g, "''"))}'!${absoluteAddress(box)}`;
  const text = (v: unknown) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "");
  const categories = (box: CellBox) => {
    const pts = cellsOf(box).map(([r, c], i) => `<c:pt idx="${i}"><c:v>${esc(text(at(r, c)?.computed))}</c:v></c:pt>`);
    return `<c:cat><c:strRef><c:f>${ref(box)}</c:f><c:strCache><c:ptCount val="${pts.length}"/>${pts.join("")}</c:strCache></c:strRef></c:cat>`;
  };
  const values = (box: CellBox) => {
    const cells = cellsOf(box);
    const format = at(cells[0][0], cells[0][1])?.numberFormat ?? "General";
    const pts = cells.map(([r, c], i) => {
      const v = at(r, c)?.computed;
      // A cell showing #N/A or text is a gap in the series, as Excel draws it.
      return typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "";
    });
    return `<c:val><c:numRef><c:f>${ref(box)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode>` +
      `<c:ptCount val="${cells.length}"/>${pts.join("")}</c:numCache></c:numRef></c:val>`;
  };
  const series = seriesData(chart, sheet, at);
  const ser = (s: SeriesData, i: number) => {
    const color = COLORS[i % COLORS.length];
    const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
    const body = `${s.categories ? categories(s.categories) : ""}${values(s.values)}`;
    return s.line
      ? `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="none"/></c:marker>${body}<c:smooth val="0"/></c:ser>`
      : `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${body}</c:ser>`;
  };
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const bars = series.map((s, i) => (s.line ? "" : ser(s, i))).join("");
  const lines = series.map((s, i) => (s.line ? ser(s, i) : "")).join("");
  const horizontal = /^Bar/.test(chart.type);
  const grouping = /Stacked100$/.test(chart.type) ? "percentStacked" : /Stacked$/.test(chart.type) ? "stacked" : "clustered";
  const barChart = bars || !lines
    ? `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${bars}` +
      `<c:gapWidth val="150"/>${grouping === "clustered" ? "" : `<c:overlap val="100"/>`}${axes}</c:barChart>`
    : "";
  const lineChart = lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : "";
  const title = (t: string | undefined, size: number) => t
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
      `<a:r><a:rPr lang="id-ID" sz="${size}" b="1"/><a:t>${esc(t)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    : "";
  const scaling = `<c:scaling><c:orientation val="minMax"/>${chart.valueAxisMaximum !== undefined ? `<c:max val="${chart.valueAxisMaximum}"/>` : ""}` +
    `${chart.valueAxisMinimum !== undefined ? `<c:min val="${chart.valueAxisMinimum}"/>` : ""}</c:scaling>`;
  const ticks = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  const catAx = `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${title(chart.categoryAxisTitle, 1000)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="${VAL_AXIS}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${title(chart.valueAxisTitle, 1000)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const legend = chart.legend?.visible === false ? ""
    : `<c:legend><c:legendPos val="${LEGEND[chart.legend?.position ?? "Right"] ?? "r"}"/><c:overlay val="0"/></c:legend>`;
  return `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `${title(chart.title, 1400)}<c:autoTitleDeleted val="${chart.title ? 0 : 1}"/><c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}
