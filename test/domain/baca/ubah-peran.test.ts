import { petakanLembar, ubahPeran, type PetaLembar } from "../../../src/domain/baca";
import { KANTOR } from "./fixtures/kantor";

const hasil = petakanLembar(KANTOR);
if (hasil.kind !== "ok") throw new Error(hasil.kind);
const peta: PetaLembar = hasil.peta;
const peran = (p: PetaLembar, kolom: number) => p.kolom.find((k) => k.kolom === kolom)?.peran;

describe("ubahPeran", () => {
  it("moves a unique role: the column that had it becomes 'lainnya'", () => {
    // Column E (4) is the target; the user says Keterangan (9) is the target instead.
    const baru = ubahPeran(peta, 9, { kind: "target" });
    expect(peran(baru, 9)).toEqual({ kind: "target" });
    expect(peran(baru, 4)).toEqual({ kind: "lainnya" });
    expect(peran(peta, 4)).toEqual({ kind: "target" });
    expect(baru).not.toBe(peta);
  });

  it("treats each quarter as its own role", () => {
    const baru = ubahPeran(peta, 9, { kind: "realisasi-tw", tw: 2 });
    expect(peran(baru, 6)).toEqual({ kind: "lainnya" });
    expect(peran(baru, 5)).toEqual({ kind: "realisasi-tw", tw: 1 });
    expect(peran(baru, 7)).toEqual({ kind: "realisasi-tw", tw: 3 });
  });

  it("lets shared roles (sasaran, lainnya …) stay on several columns", () => {
    const baru = ubahPeran(peta, 9, { kind: "sasaran" });
    expect(peran(baru, 1)).toEqual({ kind: "sasaran" });
    expect(peran(baru, 9)).toEqual({ kind: "sasaran" });
  });

  it("adds a column that had no header, in sheet order", () => {
    const baru = ubahPeran(peta, 12, { kind: "capaian" });
    expect(baru.kolom.map((k) => k.kolom)).toEqual([...peta.kolom.map((k) => k.kolom), 12]);
    expect(peran(baru, 12)).toEqual({ kind: "capaian" });
  });
});
