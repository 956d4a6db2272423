/** The model's helpers and the library's step builder. */
import { emptySop, idLangkahBaru, langkahBaru, nomorLangkah, targetCabang, type Sop } from "../../../../src/domain/sop";
import { susunLangkah } from "../../../../src/domain/sop/pustaka/susun";

describe("model helpers", () => {
  it("gives an empty SOP and an empty process step", () => {
    expect(emptySop().langkah).toEqual([]);
    expect(emptySop().identitas.disahkanOleh).toEqual({ jabatan: "", nama: "", pangkat: "", nip: "" });
    expect(langkahBaru("L1", { kegiatan: "A" })).toEqual({
      id: "L1", kegiatan: "A", pelaksana: [], jenis: "proses", kelengkapan: "", waktu: "", output: "", keterangan: "", perluDiperiksa: [],
    });
  });

  it("makes new ids past the highest, derives numbers from order, follows branches", () => {
    const sop: Sop = { ...emptySop(), langkah: [langkahBaru("L3"), langkahBaru("x"), langkahBaru("L7")] };
    expect(idLangkahBaru(sop.langkah)).toBe("L8");
    expect(idLangkahBaru([])).toBe("L1");
    expect(nomorLangkah(sop, "L7")).toBe(3);
    expect(nomorLangkah(sop, "nope")).toBeNull();
    expect(targetCabang(sop, "L3", null)?.id).toBe("x");
    expect(targetCabang(sop, "L3", "L7")?.id).toBe("L7");
    expect(targetCabang(sop, "L7", null)).toBeNull();
  });
});

describe("susunLangkah", () => {
  it("sets mulai/selesai by position and turns branch numbers into ids", () => {
    const l = susunLangkah([
      { kegiatan: "A", pelaksana: [0], kelengkapan: "k", waktu: "1 jam", output: "o" },
      { kegiatan: "B", pelaksana: [1], jenis: "keputusan", tidak: 1, kelengkapan: "k", waktu: "1 jam", output: "o" },
      { kegiatan: "C", pelaksana: [0], kelengkapan: "k", waktu: "1 jam", output: "o" },
    ]);
    expect(l.map((x) => x.jenis)).toEqual(["mulai", "keputusan", "selesai"]);
    expect(l[1].cabang).toEqual({ ya: null, tidak: "L1" });
    expect(l[0].cabang).toBeUndefined();
  });
});
