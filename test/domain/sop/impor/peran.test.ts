/** Role aliases as SOP texts write them, and how a named role finds its column. */
import { parseSopText } from "../../../../src/domain/sop";
import { cariSebutan, kolomDari, kolomSebutan, type JenisPeran } from "../../../../src/domain/sop/impor/peran";

describe("aliases", () => {
  it.each<[string, JenisPeran]>([
    ["Camat", "camat"],
    ["Sekretaris Camat", "sekcam"],
    ["Sekretaris Kecamatan", "sekcam"],
    ["Sekcam", "sekcam"],
    ["Sek. Camat", "sekcam"],
    ["Sekretaris", "sekcam"],
    ["Sekretariat", "sekretariat"],
    ["Kasubag Evapor", "kasubag"],
    ["Kasubbag Perencanaan", "kasubag"],
    ["Ka. Subbag Umum", "kasubag"],
    ["Kepala Sub Bagian Perencanaan", "kasubag"],
    ["Subbag Evapor", "kasubag"],
    ["Sub. Evapor", "kasubag"],
    ["Sub Bagian Perencanaan dan Keuangan", "kasubag"],
    ["Kasi Pem", "kasi"],
    ["Kasie Trantib", "kasi"],
    ["Kepala Seksi Ekbang", "kasi"],
    ["Lurah", "lurah"],
    ["Kepala Desa", "lurah"],
    ["Kepala Dinas", "kadis"],
    ["Kadis", "kadis"],
    ["Kepala Bidang", "kabid"],
    ["Kabid", "kabid"],
    ["seluruh Bidang", "kabid"],
    ["Subkor Perencanaan", "subkor"],
    ["Sub Koordinator Program", "subkor"],
    ["Tim", "tim"],
    ["Tim Evaluasi", "tim"],
    ["Staf", "staf"],
    ["Staff", "staf"],
    ["Pelaksana", "staf"],
    ["pimpinan", "pimpinan"],
  ])("%s → %s", (teks, jenis) => {
    expect(cariSebutan(teks).map((s) => s.jenis)).toEqual([jenis]);
  });

  it("does not read 'Camat' inside 'Sekretaris Camat', nor a role inside another word", () => {
    expect(cariSebutan("Sekretaris Camat melapor kepada Camat").map((s) => s.jenis)).toEqual(["sekcam", "camat"]);
    expect(cariSebutan("Kasi yang membidangi, timbangan, Subagyo").map((s) => s.jenis)).toEqual(["kasi"]);
  });

  it("keeps the words naming which one", () => {
    expect(cariSebutan("kepada Kasubag Perencanaan dan Keuangan")[0].kualifikasi).toEqual(["perencanaan"]);
  });
});

describe("columns", () => {
  const kolom = kolomDari(["Camat", "Sekretaris", "Kasi Pem", "Kasi Trantib", "Sub. Evapor", "LURAH, KASI, KASUBBAG."]);

  it("understands composite and abbreviated column names", () => {
    expect(kolom.map((k) => [...k.jenis].sort())).toEqual([["camat"], ["sekcam"], ["kasi"], ["kasi"], ["kasubag"], ["kasi", "kasubag", "lurah"]]);
    expect(kolom.map((k) => k.tingkat)).toEqual([1, 2, 3, 3, 3, 3]);
  });

  it("picks the column whose name carries the qualifier, else reports the match as unclear", () => {
    expect(kolomSebutan(cariSebutan("Kasi Trantib")[0], kolom)).toEqual({ kolom: [3], kabur: false });
    expect(kolomSebutan(cariSebutan("Kasi")[0], kolom)).toEqual({ kolom: [2, 3, 5], kabur: true });
    expect(kolomSebutan(cariSebutan("Lurah")[0], kolom)).toEqual({ kolom: [5], kabur: false });
  });

  it("reads the Sekretariat as the Sekretaris and the Subbagian under it when no column names it", () => {
    expect(kolomSebutan(cariSebutan("Sekretariat")[0], kolom)).toEqual({ kolom: [1, 4, 5], kabur: true });
  });
});

describe("the subject of a step, alias by alias, in a table", () => {
  const KOLOM = ["Kepala Dinas", "Camat", "Sekretaris Camat", "Kabid Program", "Kasubag Evapor", "Kasi Pemerintahan", "Lurah", "Subkor Data", "Tim Evaluasi", "Staf"];
  const subjek: [string, string][] = [
    ["Camat", "Camat"], ["Sekretaris Camat", "Sekretaris Camat"], ["Sekcam", "Sekretaris Camat"],
    ["Sekretaris Kecamatan", "Sekretaris Camat"], ["Kasubag Evapor", "Kasubag Evapor"], ["Kasubbag Evapor", "Kasubag Evapor"],
    ["Sub. Evapor", "Kasubag Evapor"], ["Subbag Evapor", "Kasubag Evapor"], ["Kasi Pemerintahan", "Kasi Pemerintahan"],
    ["Kepala Seksi Pemerintahan", "Kasi Pemerintahan"], ["Lurah", "Lurah"], ["Kepala Desa", "Lurah"],
    ["Kepala Dinas", "Kepala Dinas"], ["Kadis", "Kepala Dinas"], ["Kepala Bidang", "Kabid Program"], ["Kabid", "Kabid Program"],
    ["Subkor", "Subkor Data"], ["Tim", "Tim Evaluasi"], ["Tim Evaluasi", "Tim Evaluasi"], ["Staf", "Staf"], ["Pelaksana", "Staf"],
  ];
  const teks = [
    ["No", "Kegiatan", "Pelaksana", ...KOLOM.slice(1).map(() => ""), "Mutu Baku", "", ""].join("\t"),
    ["", "", ...KOLOM, "Kelengkapan", "Waktu", "Output"].join("\t"),
    ...subjek.map(([alias], i) => [String(i + 1), `${alias} memeriksa berkas`, ...KOLOM.map(() => ""), "Berkas", "5 menit", "Hasil"].join("\t")),
  ].join("\n");
  const [sop] = parseSopText(teks).sops;

  it.each(subjek.map(([alias, kolom], i) => [alias, kolom, i] as const))("%s → column %s, not marked", (_alias, kolom, i) => {
    expect(sop.langkah[i].pelaksana.map((k) => sop.pelaksana[k])).toEqual([kolom]);
    expect(sop.langkah[i].perluDiperiksa).toEqual([]);
  });
});
