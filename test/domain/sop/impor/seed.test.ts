/**
 * Each seed procedure imported from its raw text against the library's transcription, step by
 * step. The library used human judgement where the text has no symbols; the import marks those
 * steps `perluDiperiksa`. Every expected difference is listed per seed.
 */
import { parseSopText, sopPustaka, type Sop } from "../../../../src/domain/sop";
import { bacaSeed, bedaSop, rapi, tandaPeriksa } from "./banding";

function pustaka(id: string): Sop {
  const e = sopPustaka(id);
  if (!e) throw new Error(id);
  return e.sop;
}

function peringatan(teks: string): [string, number, string | undefined][] {
  return parseSopText(teks).peringatan.map((w) => [w.jenis, w.baris, w.detail]);
}

describe("seed 000 — Evaluasi Data Kinerja (Kalipare), symbols in the role columns", () => {
  const teks = bacaSeed("000");
  const { sops } = parseSopText(teks);

  it("gives one procedure, identical to the library, nothing to check", () => {
    expect(sops).toHaveLength(1);
    expect(bedaSop(sops[0], pustaka("kalipare-evaluasi-data-kinerja"))).toEqual([]);
    expect(tandaPeriksa(sops[0])).toEqual({});
  });

  it("keeps the flow across the restart of the numbering (1, 2, 1 … 7) and says so", () => {
    expect(sops[0].langkah).toHaveLength(9);
    expect(peringatan(teks)).toEqual([["penomoran-ulang", 9, "lanjut"]]);
  });
});

describe("seed 001 — Evaluasi Kinerja (Purwokerto Utara), identity before the table, no symbols", () => {
  const { sops, peringatan: w } = parseSopText(bacaSeed("001"));

  it("matches the library step by step; every pelaksana is inferred and marked", () => {
    expect(sops).toHaveLength(1);
    expect(bedaSop(sops[0], pustaka("purwokerto-utara-evaluasi-kinerja"))).toEqual([]);
    const semua = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, ["pelaksana"]]));
    expect(tandaPeriksa(sops[0])).toEqual(semua);
    expect(w).toEqual([]);
  });
});

describe("seed 002 — Evaluasi Kinerja Kecamatan (Janapria), with its decision at step 6", () => {
  const { sops, peringatan: w } = parseSopText(bacaSeed("002"));

  it("matches the library, including Tidak → back to step 5", () => {
    expect(sops).toHaveLength(1);
    expect(bedaSop(sops[0], pustaka("janapria-evaluasi-kinerja-kecamatan"))).toEqual([]);
    expect(sops[0].langkah[5].jenis).toBe("keputusan");
    expect(sops[0].langkah[5].cabang).toEqual({ ya: null, tidak: sops[0].langkah[4].id });
    expect(w).toEqual([]);
  });

  it("marks every inferred pelaksana, and the branch target found by role", () => {
    const tanda = tandaPeriksa(sops[0]);
    expect(tanda[6]).toEqual(["pelaksana", "cabang"]);
    for (const n of [1, 2, 3, 4, 5, 7, 8, 9]) expect(tanda[n]).toEqual(["pelaksana"]);
  });
});

describe("seed 004 — three Pengumpulan Data Kinerja procedures, identity blocks after the tables in another order", () => {
  const { sops, peringatan: w } = parseSopText(bacaSeed("004"));
  const id = [
    "kalipare-pengumpulan-data-kinerja-musrenbangcam",
    "kalipare-pengumpulan-data-kinerja-adminduk",
    "kalipare-pengumpulan-data-kinerja-siskamling",
  ];

  it("pairs each table with its own identity block by name", () => {
    expect(sops.map((s) => s.identitas.nama)).toEqual(id.map((i) => pustaka(i).identitas.nama));
    expect(w).toEqual([]);
  });

  it.each([0, 1, 2])("procedure %i matches the library; pelaksana inferred except the Sekcam named in step 5", (k) => {
    expect(bedaSop(sops[k], pustaka(id[k]))).toEqual([]);
    expect(tandaPeriksa(sops[k])).toEqual({ 1: ["pelaksana"], 2: ["pelaksana"], 3: ["pelaksana"], 4: ["pelaksana"], 6: ["pelaksana"] });
  });
});

describe("seed 003 — Evaluasi Kinerja Internal (dinas), OCR of a scan, twice", () => {
  const teks = bacaSeed("003");
  const { sops, peringatan: w } = parseSopText(teks);
  const lib = pustaka("dinas-evaluasi-kinerja-internal");

  it("reads the procedure once, dropping the second copy, and warns that the table is OCR", () => {
    expect(sops).toHaveLength(1);
    expect(w.map((x) => [x.jenis, x.baris])).toEqual([
      ["teks-ocr", 41],
      ["salinan-ganda", 80],
    ]);
  });

  it("reads the identity block as the library has it, except the institution lines it cannot see", () => {
    expect(bedaSop(sops[0], lib).filter((d) => d.startsWith("identitas"))).toEqual(["identitas.instansi"]);
    expect(sops[0].identitas.instansi).toEqual(["SEKRETARIAT"]);
  });

  it("differs from the rebuilt library exactly where OCR cannot tell the columns apart", () => {
    // Step 1 agrees on its pelaksana (Kadis): the only one the OCR columns and the library share.
    const tiapLangkah = (n: number): string[] => [
      `langkah ${n} kegiatan`, ...(n === 1 ? [] : [`langkah ${n} pelaksana`]), `langkah ${n} kelengkapan`,
      ...(n === 4 || n === 7 ? [`langkah ${n} waktu`] : []),
      `langkah ${n} output`,
      ...([1, 2, 3, 6, 8].includes(n) ? [`langkah ${n} keterangan`] : []),
    ];
    expect(bedaSop(sops[0], lib)).toEqual(["identitas.instansi", "pelaksana", ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap(tiapLangkah)]);
    expect(sops[0].pelaksana).toEqual(["Kadis", "Sekretaris", "Kabid"]);
    expect(sops[0].langkah.map((l) => l.waktu)).toEqual(["1jam", "1 jam", "1jam", "2jam", "2 hari", "1jam", "", "2 hari"]);
    expect(sops[0].langkah.map((l) => l.jenis)).toEqual(lib.langkah.map((l) => l.jenis));
  });

  it("keeps most words of each library kegiatan in the imported text", () => {
    sops[0].langkah.forEach((l, i) => {
      const kata = rapi(lib.langkah[i].kegiatan).replace(/\s*\[\?\]/g, "").toLowerCase().split(" ");
      const impor = new Set(rapi(l.kegiatan).toLowerCase().split(" "));
      expect(kata.filter((w) => impor.has(w)).length / kata.length).toBeGreaterThanOrEqual(0.5);
    });
  });

  it("marks every step for checking (kegiatan, pelaksana, kelengkapan, output; waktu where unread)", () => {
    const dasar = ["kegiatan", "pelaksana", "kelengkapan", "output"];
    const tanda = tandaPeriksa(sops[0]);
    for (const n of [1, 2, 3, 4, 5, 6, 8]) expect(tanda[n]).toEqual(dasar);
    expect(tanda[7]).toEqual(["kegiatan", "pelaksana", "kelengkapan", "waktu", "output"]);
  });
});
