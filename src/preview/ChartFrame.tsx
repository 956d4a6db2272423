import type { ChartSnapshot } from "../emulator/model";
import type { chartSeries } from "../emulator/chart-series";
import { px } from "./grid-model";
import { TEKS } from "./teks";

type Seri = ReturnType<typeof chartSeries>[number];

/** Excel's default series colours, in order. */
const WARNA = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

/** A round axis maximum above the largest value (20, 50, 100, 120 …). */
function puncak(max: number): number {
  if (max <= 0) return 1;
  const langkah = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / (langkah / 5)) * (langkah / 5);
}

/**
 * The chart drawn from its sheet's values, as a reader of the workbook sees it: columns for the
 * chart's own series, a line for a series made "Line" (the evaluation's 100% target), the value
 * axis from 0, category labels under the plot, a legend. Not Excel's renderer: a faithful sketch.
 */
export function ChartFrame(props: { c: ChartSnapshot; seri: Seri[] }) {
  const { c, seri } = props;
  const w = px(c.width), h = px(c.height);
  const kiri = 40, atas = 34, bawah = 44, kanan = 12;
  const lebarPlot = Math.max(10, w - kiri - kanan), tinggiPlot = Math.max(10, h - atas - bawah);
  const n = Math.max(1, ...seri.map((s) => s.values.length));
  const maks = puncak(Math.max(0, ...seri.flatMap((s) => s.values.map((v) => v ?? 0))));
  const y = (v: number) => atas + tinggiPlot - (Math.max(0, v) / maks) * tinggiPlot;
  const slot = lebarPlot / n;
  const batang = seri.filter((s) => !s.line);
  const lebarBatang = (slot * 0.7) / Math.max(1, batang.length);
  const kategori = seri.find((s) => s.categories.length > 0)?.categories ?? [];
  return (
    <g data-chart={c.name} transform={`translate(${px(c.left)},${px(c.top)})`} fontSize={10}>
      <rect width={w} height={h} fill="#fff" stroke="#bfbfbf" />
      <text x={w / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600}>{c.title ?? c.name}</text>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line x1={kiri} x2={kiri + lebarPlot} y1={y(maks * f)} y2={y(maks * f)} stroke="#e0e0e0" />
          <text x={kiri - 4} y={y(maks * f) + 3} textAnchor="end" fill="#595959">{Math.round(maks * f)}</text>
        </g>
      ))}
      {batang.map((s, j) => s.values.map((v, i) => v === null ? null : (
        <rect key={`${j}-${i}`} x={kiri + i * slot + slot * 0.15 + j * lebarBatang} y={y(v)} width={lebarBatang} height={atas + tinggiPlot - y(v)} fill={WARNA[seri.indexOf(s) % WARNA.length]} />
      )))}
      {seri.filter((s) => s.line).map((s) => (
        <polyline key={s.name} fill="none" stroke={WARNA[seri.indexOf(s) % WARNA.length]} strokeWidth={2}
          points={s.values.map((v, i) => `${kiri + (i + 0.5) * slot},${y(v ?? 0)}`).join(" ")} />
      ))}
      {kategori.map((k, i) => (
        <text key={i} x={kiri + (i + 0.5) * slot} y={atas + tinggiPlot + 12} textAnchor="middle" fill="#595959">
          {k.length > Math.max(4, Math.floor(slot / 5.5)) ? `${k.slice(0, Math.max(3, Math.floor(slot / 5.5) - 1))}…` : k}
        </text>
      ))}
      {seri.map((s, i) => (
        <g key={s.name} transform={`translate(${kiri + i * 120},${h - 12})`}>
          <rect y={-8} width={10} height={8} fill={WARNA[i % WARNA.length]} />
          <text x={14}>{s.name}</text>
        </g>
      ))}
      <title>{`${TEKS.grafik}: ${c.title ?? c.name}`}</title>
    </g>
  );
}
