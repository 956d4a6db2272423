/**
 * Native Excel formulas (en-US syntax, as `range.formulas` expects) that compute the same values as
 * the domain, so a workbook sent to the Sekcam works without the add-in (DESIGN.md, "Excel facts").
 * Only IF, AND, ISNUMBER, COUNT, SUM, MAX, MIN: shared by Excel 2016 and LibreOffice (no LET/IFS).
 * The capaian formula yields the percent on the 0–100 scale (104.96, not 1.0496) and "" when the
 * domain says "tidak-terhitung" or the realisasi is empty. A blank cell reads as 0 in arithmetic, so
 * every input is guarded with ISNUMBER / COUNT first.
 */
import type { SkalaPredikat } from "../kinerja/predikat";
import type { Agregasi } from "./agregasi";
import type { Triwulan } from "../evaluasi/triwulan";
import type { AturanCapaian, RumusNegatif } from "./capaian";

export type RefTarget = string | { bawah: string; atas: string };

const KOSONG = '""';

function angkaEn(n: number): string {
  return String(n).toUpperCase();
}

function pembatas(aturan: AturanCapaian): (expr: string) => string {
  const { batas } = aturan;
  return batas === undefined ? (e) => e : (e) => `MIN(${e},${angkaEn(batas)})`;
}

function positif(t: string, r: string, cap: (e: string) => string): string {
  return `IF(${t}=0,${KOSONG},${cap(`${r}/${t}*100`)})`;
}

function negatif(t: string, r: string, rumus: RumusNegatif, aturan: AturanCapaian, cap: (e: string) => string): string {
  const nol = `IF(${r}=0,${cap("100")},${cap("0")})`;
  switch (rumus) {
    case "selisih":
      return `IF(${t}=0,${nol},${cap(`MAX(0,(2*${t}-${r})/${t}*100)`)})`;
    case "rasio": {
      const rNol = aturan.batas === undefined ? KOSONG : cap(angkaEn(aturan.batas));
      return `IF(${t}=0,${nol},IF(${r}=0,${rNol},${cap(`${t}/${r}*100`)}))`;
    }
    default:
      return rumus satisfies never;
  }
}

function rentang(l: string, u: string, r: string, aturan: AturanCapaian, cap: (e: string) => string): string {
  const rumus = aturan.rumusNegatif ?? "selisih";
  let atas: string;
  let bawah: string;
  switch (aturan.polaritas) {
    case "positif":
      atas = positif(u, r, cap);
      bawah = positif(l, r, cap);
      break;
    case "negatif":
      atas = negatif(u, r, rumus, aturan, cap);
      bawah = negatif(l, r, rumus, aturan, cap);
      break;
    case "stabil":
      atas = negatif(u, r, "selisih", { polaritas: "negatif" }, cap);
      bawah = positif(l, r, cap);
      break;
    default:
      return aturan.polaritas satisfies never;
  }
  return `IF(${l}>${u},${KOSONG},IF(AND(${r}>=${l},${r}<=${u}),${cap("100")},IF(${r}>${u},${atas},${bawah})))`;
}

/** "=…" capaian formula for a target cell (or bawah/atas cells) and a realisasi cell. */
export function rumusExcelCapaian(aturan: AturanCapaian, target: RefTarget, realisasi: string): string {
  const cap = pembatas(aturan);
  const r = realisasi;
  if (typeof target !== "string") {
    const { bawah: l, atas: u } = target;
    return `=IF(AND(ISNUMBER(${r}),ISNUMBER(${l}),ISNUMBER(${u})),${rentang(l, u, r, aturan, cap)},${KOSONG})`;
  }
  const t = target;
  let isi: string;
  switch (aturan.polaritas) {
    case "positif":
      isi = positif(t, r, cap);
      break;
    case "negatif":
      isi = negatif(t, r, aturan.rumusNegatif ?? "selisih", aturan, cap);
      break;
    case "stabil":
      isi = rentang(t, t, r, aturan, cap);
      break;
    default:
      return aturan.polaritas satisfies never;
  }
  return `=IF(AND(ISNUMBER(${r}),ISNUMBER(${t})),${isi},${KOSONG})`;
}

/** "=…" realisasi s.d. TW n from the four quarter cells; "" when none up to n is a number. */
export function rumusExcelRealisasi(tw: readonly [string, string, string, string], agregasi: Agregasi, sampaiTw: Triwulan): string {
  const sel = tw.slice(0, sampaiTw);
  const daftar = sel.join(",");
  switch (agregasi) {
    case "kumulatif":
      return `=IF(COUNT(${daftar})=0,${KOSONG},SUM(${daftar}))`;
    case "rata-rata":
      return `=IF(COUNT(${daftar})=0,${KOSONG},SUM(${daftar})/COUNT(${daftar}))`;
    case "nilai-akhir":
      return `=${sel.reduce((lain, c) => `IF(ISNUMBER(${c}),${c},${lain})`, KOSONG)}`;
    default:
      return agregasi satisfies never;
  }
}

/** "=…" target s.d. TW n, mirroring targetSampaiTw (scalar targets). */
export function rumusExcelTargetSampaiTw(
  tw: readonly [string, string, string, string],
  tahunan: string,
  agregasi: Agregasi,
  sampaiTw: Triwulan,
): string {
  const cadangan = `IF(ISNUMBER(${tahunan}),${tahunan},${KOSONG})`;
  switch (agregasi) {
    case "kumulatif": {
      const daftar = tw.slice(0, sampaiTw).join(",");
      return `=IF(COUNT(${daftar})=${sampaiTw},SUM(${daftar}),${cadangan})`;
    }
    case "nilai-akhir":
    case "rata-rata": {
      const c = tw[sampaiTw - 1];
      return `=IF(ISNUMBER(${c}),${c},${cadangan})`;
    }
    default:
      return agregasi satisfies never;
  }
}

function teksExcel(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** "=…" predikat: nested IFs over the scale's bands (as predikatOf); "" when the capaian is not a number. */
export function rumusExcelPredikat(skala: SkalaPredikat, capaian: string): string {
  // Below every band: the last band's name, as predikatOf does for a scale without an open band.
  const terakhir = skala.pita[skala.pita.length - 1];
  let isi = terakhir === undefined ? KOSONG : teksExcel(terakhir.nama);
  for (let i = skala.pita.length - 1; i >= 0; i--) {
    const pita = skala.pita[i];
    isi = pita.batasBawah === null ? teksExcel(pita.nama) : `IF(${capaian}>=${angkaEn(pita.batasBawah)},${teksExcel(pita.nama)},${isi})`;
  }
  return `=IF(ISNUMBER(${capaian}),${isi},${KOSONG})`;
}
