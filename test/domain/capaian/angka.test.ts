import { parseCellNumber, pesanAngka, type HasilAngka } from "../../../src/domain/capaian";

type Harapan =
  | { kind: "angka"; nilai: number; satuan?: string; persen?: boolean; alternatif?: number }
  | { kind: "kosong" }
  | { kind: "tidak-valid"; alasan: string };

const A = (nilai: number, lain: Partial<{ satuan: string; persen: boolean; alternatif: number }> = {}): Harapan => ({
  kind: "angka",
  nilai,
  ...lain,
});
const KOSONG: Harapan = { kind: "kosong" };
const TV = (alasan = "teks"): Harapan => ({ kind: "tidak-valid", alasan });

// At least 50 odd values staff really type (DESIGN.md, "Numbers as staff type them"); locale "id".
const KORPUS: [unknown, Harapan][] = [
  [82.5, A(82.5)],
  [0, A(0)],
  [-3, A(-3)],
  ["82,5", A(82.5)],
  ["82.5", A(82.5)],
  ["1.234,5", A(1234.5)],
  ["1,234.5", A(1234.5)],
  ["1.234", A(1234, { alternatif: 1.234 })],
  ["1,234", A(1.234, { alternatif: 1234 })],
  ["0,850", A(0.85)],
  ["0.850", A(0.85)],
  ["1.500.000", A(1500000)],
  ["1,500,000", A(1500000)],
  ["1.500.000,75", A(1500000.75)],
  ["85%", A(85, { persen: true })],
  ["85 %", A(85, { persen: true })],
  ["85,5%", A(85.5, { persen: true })],
  ["0,85", A(0.85)],
  ["12 dokumen", A(12, { satuan: "dokumen" })],
  ["3 Hari", A(3, { satuan: "Hari" })],
  ["12dokumen", A(12, { satuan: "dokumen" })],
  ["7,5 bulan", A(7.5, { satuan: "bulan" })],
  ["Rp 1.500.000", A(1500000, { satuan: "Rp" })],
  ["Rp1.500.000", A(1500000, { satuan: "Rp" })],
  ["Rp. 2.000", A(2000, { satuan: "Rp", alternatif: 2 })],
  ["-5", A(-5)],
  ["−5", A(-5)],
  ["+5", A(5)],
  ["- 5", A(-5)],
  ["(12)", A(-12)],
  ["(1.234,5)", A(-1234.5)],
  ["  42  ", A(42)],
  ["\u00A042\u00A0", A(42)],
  ["1\u00A0%", A(1, { persen: true })],
  [",5", A(0.5)],
  ["007", A(7)],
  ["n/a", TV()],
  ["N/A", TV()],
  ["-", KOSONG],
  ["–", KOSONG],
  ["—", KOSONG],
  ["belum ada", KOSONG],
  ["Belum Ada", KOSONG],
  ["#DIV/0!", TV("galat-excel")],
  ["#N/A", TV("galat-excel")],
  ["#VALUE!", TV("galat-excel")],
  ["#REF!", TV("galat-excel")],
  ["", KOSONG],
  ["   ", KOSONG],
  ["\u00A0", KOSONG],
  [null, KOSONG],
  [undefined, KOSONG],
  [true, TV("logika")],
  [false, TV("logika")],
  [Number.NaN, TV("tak-hingga")],
  [Number.POSITIVE_INFINITY, TV("tak-hingga")],
  [{}, TV("tipe")],
  ["abc", TV()],
  ["12,3,4", TV()],
  ["1.23.4", TV()],
  ["12.", TV()],
  ["12,", TV()],
  ["1,234.5.6", TV()],
  ["1.234,5,6", TV()],
  ["12 - 15", TV()],
  ["85-90", TV()],
  ["(12", TV()],
  ["12)", TV()],
  ["(-12)", TV()],
  ["Rp 12 dokumen", TV()],
  ["%", TV()],
  ["1e3", TV()],
  ["tidak ada data", TV()],
  ["0", A(0)],
  ["0,0", A(0)],
];

function ringkas(h: HasilAngka): Harapan {
  switch (h.kind) {
    case "angka": {
      const r: Harapan = { kind: "angka", nilai: h.nilai };
      if (h.satuan !== undefined) r.satuan = h.satuan;
      if (h.persen !== undefined) r.persen = h.persen;
      if (h.ambigu !== undefined) r.alternatif = h.ambigu.alternatif;
      return r;
    }
    case "kosong":
      return { kind: "kosong" };
    case "tidak-valid":
      return { kind: "tidak-valid", alasan: h.alasan };
    default:
      return h satisfies never;
  }
}

describe("parseCellNumber corpus", () => {
  test("has at least 50 values", () => {
    expect(KORPUS.length).toBeGreaterThanOrEqual(50);
  });
  test.each(KORPUS.map(([raw, h], i) => [i, JSON.stringify(raw) ?? String(raw), raw, h] as const))(
    "#%i %s",
    (_i, _label, raw, harapan) => {
      expect(ringkas(parseCellNumber(raw))).toEqual(harapan);
    },
  );
});

describe("parseCellNumber options", () => {
  test("locale en reads the ambiguous separators the other way and still reports it", () => {
    expect(ringkas(parseCellNumber("1,234", { locale: "en" }))).toEqual(A(1234, { alternatif: 1.234 }));
    expect(ringkas(parseCellNumber("1.234", { locale: "en" }))).toEqual(A(1.234, { alternatif: 1234 }));
    expect(ringkas(parseCellNumber("1.234,5", { locale: "en" }))).toEqual(A(1234.5));
  });
  test("a number with a % format is a fraction shown as percent", () => {
    expect(ringkas(parseCellNumber(0.85, { numberFormat: "0%" }))).toEqual(A(85, { persen: true }));
    expect(ringkas(parseCellNumber(1.0496, { numberFormat: "0.00%" }))).toEqual(A(104.96, { persen: true }));
    expect(ringkas(parseCellNumber(0.85, { numberFormat: '0.00" %-poin"' }))).toEqual(A(0.85));
    expect(ringkas(parseCellNumber(0.85, { numberFormat: "0.00" }))).toEqual(A(0.85));
  });
  test("nothing invalid becomes 0", () => {
    for (const [raw, h] of KORPUS) {
      const hasil = parseCellNumber(raw);
      if (h.kind !== "angka") expect(hasil.kind).not.toBe("angka");
    }
  });
});

describe("pesanAngka", () => {
  test("names the cell", () => {
    expect(pesanAngka(parseCellNumber("n/a"), "Data!F12")).toBe("Sel Data!F12: 'n/a' bukan angka");
    expect(pesanAngka(parseCellNumber("#DIV/0!"), "Data!F3")).toBe(
      "Sel Data!F3: '#DIV/0!' adalah galat rumus Excel, bukan angka",
    );
    expect(pesanAngka(parseCellNumber(true), "A1")).toBe("Sel A1: nilai logika TRUE bukan angka");
    expect(pesanAngka(parseCellNumber("-"), "B2")).toBe("Sel B2: '-' dibaca sebagai kosong (belum dilaporkan)");
    expect(pesanAngka(parseCellNumber(null), "B2")).toBe("Sel B2 kosong (belum dilaporkan)");
  });
  test("warns about an ambiguous separator and is silent for a clean number", () => {
    expect(pesanAngka(parseCellNumber("1.234"), "C4")).toBe(
      "Sel C4: dibaca sebagai 1234, bisa juga 1,234; periksa pemisah ribuan dan desimal",
    );
    expect(pesanAngka(parseCellNumber("82,5"), "C4")).toBeNull();
  });
});
