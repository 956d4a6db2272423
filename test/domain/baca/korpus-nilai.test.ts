/**
 * Bad and odd cell values as staff leave them, read through bacaIndikator on a real sheet layout:
 * each must come out as a number, empty (null, never 0) or a problem naming its cell address.
 * The parser's own grammar is tested in test/domain/capaian/angka.test.ts; this corpus checks what
 * the reader does with it (addresses, fields, formats, text numbers, ranges, placeholders).
 */
import { bacaIndikator, petakanLembar, type MasalahSel } from "../../../src/domain/baca";
import type { TargetNilai } from "../../../src/domain/capaian";
import { lembarDari } from "./fixtures/lembar";

type Bidang = "target" | "realisasi-tw1";
type Harapan = "teks-angka" | "ambigu" | "penanda" | "rentang-terbalik" | `tidak-valid:${string}`;
interface Kasus { raw: unknown; format?: string; bidang: Bidang; nilai: TargetNilai | null; masalah: Harapan[] }

const r = (raw: unknown, nilai: number | null, masalah: Harapan[] = [], format?: string): Kasus => ({ raw, format, bidang: "realisasi-tw1", nilai, masalah });
const t = (raw: unknown, nilai: TargetNilai | null, masalah: Harapan[] = []): Kasus => ({ raw, bidang: "target", nilai, masalah });

const KORPUS: Kasus[] = [
  r(85, 85),
  r(0, 0),
  r(-3, -3),
  r(0.85, 85, [], "0%"),
  r(0.855, 85.5, [], "0.0%"),
  r(0.85, 85, [], "0%;[Red]-0%"),
  r(85, 85, [], "0"),
  r(1.5, 1.5, [], '0.00"%"'),
  r(7500, 7500, [], "_(* #,##0_);_(* (#,##0);_(* \"-\"??_);_(@_)"),
  r("", null),
  r(null, null),
  r("   ", null),
  r("\u00A0", null),
  r("-", null, ["penanda"]),
  r("—", null, ["penanda"]),
  r("--", null, ["penanda"]),
  r("belum dilaporkan", null, ["penanda"]),
  r("Belum", null, ["penanda"]),
  r("n/a", null, ["tidak-valid:teks"]),
  r("NA", null, ["tidak-valid:teks"]),
  r("tidak ada", null, ["tidak-valid:teks"]),
  r("tiga", null, ["tidak-valid:teks"]),
  r("12/03/2026", null, ["tidak-valid:teks"]),
  r("1e5", null, ["tidak-valid:teks"]),
  r("1 234", null, ["tidak-valid:teks"]),
  r("85-", null, ["tidak-valid:teks"]),
  r("#DIV/0!", null, ["tidak-valid:galat-excel"]),
  r("#NAME?", null, ["tidak-valid:galat-excel"]),
  r("#SPILL!", null, ["tidak-valid:galat-excel"]),
  r(true, null, ["tidak-valid:logika"]),
  r(false, null, ["tidak-valid:logika"]),
  r(Number.NaN, null, ["tidak-valid:tak-hingga"]),
  r(Number.POSITIVE_INFINITY, null, ["tidak-valid:tak-hingga"]),
  r({}, null, ["tidak-valid:tipe"]),
  r("82,5", 82.5, ["teks-angka"]),
  r("82.5", 82.5, ["teks-angka"]),
  r("7,00", 7, ["teks-angka"]),
  r("1.234", 1234, ["ambigu", "teks-angka"]),
  r("1,234", 1.234, ["ambigu", "teks-angka"]),
  r("2.500.000", 2500000, ["teks-angka"]),
  r("1.234,56", 1234.56, ["teks-angka"]),
  r("90 %", 90, ["teks-angka"]),
  r("0,5%", 0.5, ["teks-angka"]),
  r("12 dokumen", 12, ["teks-angka"]),
  r("85 persen", 85, ["teks-angka"]),
  r("Rp 5.000", 5000, ["ambigu", "teks-angka"]),
  r("(7)", -7, ["teks-angka"]),
  r("+4", 4, ["teks-angka"]),
  r("\t42\n", 42, ["teks-angka"]),
  t(100, 100),
  t(0, 0),
  t("85–90", { bawah: 85, atas: 90 }),
  t("85 - 90 %", { bawah: 85, atas: 90 }),
  t("85% – 90%", { bawah: 85, atas: 90 }),
  t("85 s.d. 90", { bawah: 85, atas: 90 }),
  t("85—90", { bawah: 85, atas: 90 }),
  t("2,5 – 3,5", { bawah: 2.5, atas: 3.5 }),
  t("90–85", { bawah: 90, atas: 85 }, ["rentang-terbalik"]),
  t("1.000–2.000", { bawah: 1000, atas: 2000 }, ["ambigu", "ambigu"]),
  t("-5", -5, ["teks-angka"]),
  t("-5 - 5", { bawah: -5, atas: 5 }),
  t("85–abc", null, ["tidak-valid:teks"]),
  t("-", null, ["penanda"]),
];

/** One indicator row per case, starting at sheet row 2 (A1 is the header). */
const AWAL = 1;
const lembar = lembarDari([
  ["Indikator", "Satuan", "Target", "TW I"],
  ...KORPUS.map((k, i) => [`Indikator uji ke-${i + 1}`, "unit", k.bidang === "target" ? k.raw : 100, k.bidang === "target" ? 50 : k.raw]),
]);
const numberFormat = lembar.values.map((_, i) => ["General", "General", "General", KORPUS[i - AWAL]?.format ?? "General"]);

function ringkas(m: MasalahSel): Harapan {
  switch (m.kind) {
    case "teks-angka":
    case "rentang-terbalik":
      return m.kind;
    case "nilai":
      switch (m.hasil.kind) {
        case "angka":
          return "ambigu";
        case "kosong":
          return "penanda";
        case "tidak-valid":
          return `tidak-valid:${m.hasil.alasan}`;
        default:
          return m.hasil satisfies never;
      }
    default:
      return m satisfies never;
  }
}

describe(`a corpus of ${KORPUS.length} odd cell values read through bacaIndikator`, () => {
  const peta = petakanLembar(lembar);
  if (peta.kind !== "ok") throw new Error(peta.kind);
  const hasil = bacaIndikator(lembar, peta.peta, { numberFormat });

  it("has at least 50 cases and reads every row as an indicator in locale id", () => {
    expect(KORPUS.length).toBeGreaterThanOrEqual(50);
    expect(hasil.indikator).toHaveLength(KORPUS.length);
    expect(hasil.locale).toBe("id");
  });

  it.each(KORPUS.map((k, i) => [i, JSON.stringify(k.raw) ?? String(k.raw), k.format ?? "", k] as const))("#%i %s %s", (i, _teks, _format, k) => {
    const baris = AWAL + i;
    const alamat = `${k.bidang === "target" ? "C" : "D"}${baris + 1}`;
    const ind = hasil.indikator[i];
    expect(ind.baris).toBe(baris);
    expect(ind.sel[k.bidang]).toBe(alamat);
    expect(k.bidang === "target" ? ind.target : ind.realisasiTw[0]).toEqual(k.nilai);
    const masalah = hasil.masalah.filter((m) => m.baris === baris);
    expect(masalah.map(ringkas)).toEqual(k.masalah);
    for (const m of masalah) expect(m.alamat).toBe(alamat);
  });
});
