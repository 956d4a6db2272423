import { bacaIndikator, petakanLembar, tebakAturan, tebakLocale, type LembarMentah, type PetaLembar } from "../../../src/domain/baca";
import { CAPAIAN_LEMBAR } from "./fixtures/capaian-lembar";
import { DUA_BARIS } from "./fixtures/dua-baris";
import { KANTOR } from "./fixtures/kantor";
import { lembarDari, lembarE81 } from "./fixtures/lembar";

function peta(lembar: LembarMentah): PetaLembar {
  const hasil = petakanLembar(lembar);
  if (hasil.kind !== "ok") throw new Error(`no map: ${hasil.kind}`);
  return hasil.peta;
}

describe("bacaIndikator on an office sheet with one header row", () => {
  const hasil = bacaIndikator(KANTOR, peta(KANTOR));

  it("reads every data row with its sasaran, target and quarters, empty as null", () => {
    expect(hasil.locale).toBe("id");
    expect(hasil.indikator.map((i) => i.baris)).toEqual([3, 4, 5, 6]);
    const [dok, aduan, ikm, perda] = hasil.indikator;
    expect(dok).toMatchObject({ indikator: "Jumlah dokumen kependudukan diterbitkan", satuan: "dokumen", sasaran: "Meningkatnya pelayanan", target: 1200, realisasiTw: [310, 295, null, null] });
    expect(dok.targetTw).toBeUndefined();
    expect(dok.sel).toEqual({ target: "E4", "realisasi-tw1": "F4", "realisasi-tw2": "G4", "realisasi-tw3": "H4", "realisasi-tw4": "I4" });
    expect(aduan).toMatchObject({ sasaran: "Meningkatnya pelayanan", target: { bawah: 85, atas: 90 }, realisasiTw: [88, 91.5, null, null] });
    expect(ikm).toMatchObject({ sasaran: "Meningkatnya ketertiban", realisasiTw: [82.5, 83, null, null] });
    expect(perda.realisasiTw).toEqual([4, null, null, null]);
  });

  it("names each problem cell: text numbers, placeholders, invalid values", () => {
    expect(hasil.masalah.map((m) => [m.kind, m.alamat])).toEqual([
      ["teks-angka", "G5"],
      ["nilai", "H5"],
      ["teks-angka", "F6"],
      ["nilai", "G7"],
    ]);
    expect(hasil.masalah[1]).toMatchObject({ bidang: "realisasi-tw3", hasil: { kind: "kosong", penanda: "-" } });
    expect(hasil.masalah[3]).toMatchObject({ bidang: "realisasi-tw2", hasil: { kind: "tidak-valid", alasan: "teks", teks: "n/a" } });
  });

  it("guesses the rule from the unit: counts add up, percentages and indices keep the last value", () => {
    expect(hasil.indikator.map((i) => i.aturanTebakan.agregasi)).toEqual(["kumulatif", "nilai-akhir", "nilai-akhir", "kumulatif"]);
    expect(hasil.indikator.every((i) => i.aturanTebakan.aturan.polaritas === "positif")).toBe(true);
  });
});

describe("bacaIndikator on a two-row header with Target and Realisasi spans", () => {
  const hasil = bacaIndikator(DUA_BARIS, peta(DUA_BARIS));

  it("reads TW targets and realisasi at their sheet addresses, sasaran from merged cells and group rows", () => {
    expect(hasil.indikator.map((i) => [i.baris, i.sasaran])).toEqual([[4, "Pelayanan prima"], [5, "Pelayanan prima"], [7, "Tata kelola"]]);
    const [izin, surat, waktu] = hasil.indikator;
    expect(izin).toMatchObject({ target: 400, targetTw: [100, 100, 100, 100], realisasiTw: [90, 120, null, null] });
    expect(izin.sel).toMatchObject({ target: "E5", "target-tw1": "F5", "target-tw4": "I5", "realisasi-tw1": "J5", "realisasi-tw4": "M5" });
    expect(surat.aturanTebakan.agregasi).toBe("nilai-akhir");
    expect(waktu.targetTw).toBeUndefined();
    expect(waktu.aturanTebakan.agregasi).toBe("rata-rata");
    expect(hasil.masalah).toEqual([]);
  });
});

describe("bacaIndikator on Permendagri 86/2017 form E.81", () => {
  it("reads only the K sub-columns, takes sasaran from the group row above, and reads Renstra", async () => {
    const { lembar, numberFormat } = await lembarE81();
    const hasil = bacaIndikator(lembar, peta(lembar), { numberFormat });
    const atk = hasil.indikator.find((i) => i.baris === 17)!;
    expect(atk.indikator).toBe("Tersedianya alat tulis kantor");
    expect(atk.sasaran).toBe("Perencanaan");
    expect(atk.realisasiTw).toEqual([13, 13, 13, 13]);
    expect(atk.sel["realisasi-tw1"]).toBe("O18");
    expect(atk.sel["realisasi-tw2"]).toBe("Q18");
    expect(atk.target).toBe(52);
    expect(atk.targetRenstra).toBe(260);
    expect(atk.capaianLembar).toBe(100);
    // No Rp (budget) column is ever read.
    const rp = new Set(["J", "L", "N", "P", "R", "T", "V", "X", "Z", "AB", "AD"]);
    for (const i of hasil.indikator) for (const a of Object.values(i.sel)) expect(rp.has(a.replace(/\d+$/, ""))).toBe(false);
  });
});

describe("the sheet's own capaian", () => {
  it("is read as capaianLembar", () => {
    const hasil = bacaIndikator(CAPAIAN_LEMBAR, peta(CAPAIAN_LEMBAR));
    expect(hasil.indikator.map((i) => i.capaianLembar)).toEqual([75, 252.5, 75.04]);
  });
});

describe("tebakLocale", () => {
  it.each([
    [[["1,234.5"]], "en"],
    [[["1,234,567"], [5]], "en"],
    [[["1.234,5"]], "id"],
    [[["82,5"]], "id"],
    [[["1,234.5", "82,5"]], "id"],
    [[["1.234"]], "id"],
    [[[12, "teks"]], "id"],
  ])("%j → %s", (values, locale) => {
    expect(tebakLocale(lembarDari(values))).toBe(locale);
  });
});

describe("tebakAturan", () => {
  it.each([
    ["%", "nilai-akhir"],
    ["Persen", "nilai-akhir"],
    ["indeks", "nilai-akhir"],
    ["Nilai", "nilai-akhir"],
    ["rasio", "nilai-akhir"],
    ["skor", "nilai-akhir"],
    ["dokumen", "kumulatif"],
    ["orang", "kumulatif"],
    ["", "kumulatif"],
  ])("satuan %s → %s", (satuan, agregasi) => {
    expect(tebakAturan(satuan)).toEqual({ aturan: { polaritas: "positif" }, agregasi });
  });

  it("treats a value typed with % as a percentage even without a unit", () => {
    expect(tebakAturan("", [{ kind: "angka", nilai: 85, persen: true }]).agregasi).toBe("nilai-akhir");
  });
});
