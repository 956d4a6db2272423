import { langkahBaru, nomorLangkah, targetCabang, type Sop } from "../../../../src/domain/sop/model";
import { salinSopPustaka } from "../../../../src/domain/sop/pustaka";
import { validateSop } from "../../../../src/domain/sop/validasi";
import { sopBaru, terapkanEdit, type EditSop } from "../../../../src/domain/sop/edit";

const janapria = (): Sop => {
  const s = salinSopPustaka("janapria-evaluasi-kinerja-kecamatan");
  if (!s) throw new Error("library SOP missing");
  return s;
};
const terapkan = (sop: Sop, ...edits: EditSop[]) => edits.reduce(terapkanEdit, sop);
const ids = (sop: Sop) => sop.langkah.map((l) => l.id);
const langkah = (sop: Sop, id: string) => {
  const l = sop.langkah.find((x) => x.id === id);
  if (!l) throw new Error(`no step ${id}`);
  return l;
};
const kinds = (sop: Sop) => validateSop(sop).map((m) => m.kind);

/** Three columns, four steps; L3 a decision Ya → L4, Tidak → L2. */
function contoh(): Sop {
  return {
    ...sopBaru(),
    pelaksana: ["Camat", "Sekcam", "Tim"],
    langkah: [
      langkahBaru("L1", { kegiatan: "Mulai", jenis: "mulai", pelaksana: [0], waktu: "5 menit" }),
      langkahBaru("L2", { kegiatan: "Susun", pelaksana: [1, 2], waktu: "1 jam" }),
      langkahBaru("L3", { kegiatan: "Setuju?", jenis: "keputusan", cabang: { ya: "L4", tidak: "L2" }, pelaksana: [0], waktu: "15 menit" }),
      langkahBaru("L4", { kegiatan: "Selesai", jenis: "selesai", pelaksana: [2], waktu: "1 hari" }),
    ],
  };
}

describe("terapkanEdit: identity", () => {
  it("sets text fields, lists (blank lines dropped) and the approval", () => {
    const s = terapkan(sopBaru(),
      { kind: "identitas-teks", field: "nama", value: "Evaluasi Kinerja" },
      { kind: "identitas-daftar", field: "dasarHukum", value: ["PP 17/2018", "  ", " Permendagri 86/2017 "] },
      { kind: "pengesahan", field: "nip", value: "19661231 198607 1 014" });
    expect(s.identitas.nama).toBe("Evaluasi Kinerja");
    expect(s.identitas.dasarHukum).toEqual(["PP 17/2018", "Permendagri 86/2017"]);
    expect(s.identitas.disahkanOleh).toEqual({ jabatan: "", nama: "", pangkat: "", nip: "19661231 198607 1 014" });
  });

  it("never changes the SOP it is given", () => {
    const s = janapria();
    const copy = structuredClone(s);
    terapkan(s, { kind: "identitas-teks", field: "nama", value: "x" }, { kind: "langkah-hapus", id: "L2" }, { kind: "pelaksana-hapus", kolom: 0 });
    expect(s).toEqual(copy);
  });
});

describe("terapkanEdit: pelaksana", () => {
  it("adds and renames a column", () => {
    const s = terapkan(contoh(), { kind: "pelaksana-tambah", nama: "Staf" }, { kind: "pelaksana-ubah-nama", kolom: 1, nama: "Sekretaris Camat" });
    expect(s.pelaksana).toEqual(["Camat", "Sekretaris Camat", "Tim", "Staf"]);
  });

  it("reorders columns and remaps every step's columns", () => {
    const s = terapkan(contoh(), { kind: "pelaksana-pindah", kolom: 0, arah: "turun" });
    expect(s.pelaksana).toEqual(["Sekcam", "Camat", "Tim"]);
    expect(s.langkah.map((l) => l.pelaksana.map((p) => s.pelaksana[p]))).toEqual([["Camat"], ["Sekcam", "Tim"], ["Camat"], ["Tim"]]);
    // Sekcam|Tim were adjacent (1,2); now at 0 and 2: the joint activity is reported, not hidden.
    expect(kinds(s)).toContain("pelaksana-tidak-berdampingan");
  });

  it("ignores a move past either end", () => {
    const s = contoh();
    expect(terapkan(s, { kind: "pelaksana-pindah", kolom: 0, arah: "naik" })).toBe(s);
    expect(terapkan(s, { kind: "pelaksana-pindah", kolom: 2, arah: "turun" })).toBe(s);
  });

  it("removes a column: later columns shift, steps that used it are flagged and reported", () => {
    const s = terapkan(contoh(), { kind: "pelaksana-hapus", kolom: 0 });
    expect(s.pelaksana).toEqual(["Sekcam", "Tim"]);
    expect(s.langkah.map((l) => l.pelaksana)).toEqual([[], [0, 1], [], [1]]);
    expect(langkah(s, "L1").perluDiperiksa).toEqual(["pelaksana"]);
    expect(langkah(s, "L2").perluDiperiksa).toEqual([]);
    const masalah = validateSop(s).filter((m) => "langkahId" in m && m.langkahId === "L3").map((m) => m.kind);
    expect(masalah).toEqual(expect.arrayContaining(["pelaksana-kosong", "perlu-diperiksa"]));
  });
});

describe("terapkanEdit: steps", () => {
  it("adds an empty step after the given one, with a fresh id", () => {
    const s = terapkan(contoh(), { kind: "langkah-tambah", setelah: "L2" });
    expect(ids(s)).toEqual(["L1", "L2", "L5", "L3", "L4"]);
    expect(langkah(s, "L5")).toMatchObject({ kegiatan: "", jenis: "proses", pelaksana: [] });
    expect(ids(terapkan(contoh(), { kind: "langkah-tambah", setelah: null }))[0]).toBe("L5");
  });

  it("removes a step; a decision that pointed at it is reported by validation", () => {
    const s = terapkan(contoh(), { kind: "langkah-hapus", id: "L2" });
    expect(ids(s)).toEqual(["L1", "L3", "L4"]);
    expect(langkah(s, "L3").cabang).toEqual({ ya: "L4", tidak: "L2" });
    expect(validateSop(s)).toContainEqual(expect.objectContaining({ kind: "cabang-tidak-ada", langkahId: "L3", cabang: "tidak", target: "L2" }));
  });

  it("moves a step up and down: ids and Ya/Tidak targets stay, numbers follow the order", () => {
    const s = terapkan(contoh(), { kind: "langkah-pindah", id: "L2", arah: "turun" });
    expect(ids(s)).toEqual(["L1", "L3", "L2", "L4"]);
    expect(langkah(s, "L3").cabang).toEqual({ ya: "L4", tidak: "L2" });
    expect(nomorLangkah(s, "L2")).toBe(3);
    const kembali = terapkan(s, { kind: "langkah-pindah", id: "L2", arah: "naik" });
    expect(kembali).toEqual(contoh());
  });

  it("keeps a 'next step' branch on the step it led to when the order changes", () => {
    const s0 = terapkan(contoh(), { kind: "langkah-cabang", id: "L3", cabang: "ya", target: null });
    expect(targetCabang(s0, "L3", null)?.id).toBe("L4");
    const s = terapkan(s0, { kind: "langkah-tambah", setelah: "L3" });
    expect(langkah(s, "L3").cabang).toEqual({ ya: "L4", tidak: "L2" });
  });

  it("ignores moves past either end and unknown ids", () => {
    const s = contoh();
    expect(terapkan(s, { kind: "langkah-pindah", id: "L1", arah: "naik" })).toBe(s);
    expect(terapkan(s, { kind: "langkah-pindah", id: "L4", arah: "turun" })).toBe(s);
    expect(terapkan(s, { kind: "langkah-hapus", id: "L99" })).toBe(s);
    expect(terapkan(s, { kind: "langkah-teks", id: "L99", field: "kegiatan", value: "x" })).toBe(s);
  });

  it("duplicates a step right after it, as a copy with a new id", () => {
    const s = terapkan(contoh(), { kind: "langkah-duplikat", id: "L3" });
    expect(ids(s)).toEqual(["L1", "L2", "L3", "L5", "L4"]);
    expect(langkah(s, "L5")).toEqual({ ...langkah(s, "L3"), id: "L5" });
    langkah(s, "L5").pelaksana.push(2);
    expect(langkah(s, "L3").pelaksana).toEqual([0]);
  });

  it("keeps ids unique over many edits", () => {
    const s = terapkan(janapria(), { kind: "langkah-duplikat", id: "L2" }, { kind: "langkah-hapus", id: "L3" }, { kind: "langkah-tambah", setelah: "L1" }, { kind: "langkah-pindah", id: "L1", arah: "turun" });
    expect(new Set(ids(s)).size).toBe(s.langkah.length);
    expect(kinds(s)).not.toContain("id-langkah-ganda");
  });
});

describe("terapkanEdit: fields of a step", () => {
  it("edits texts and clears the import's 'to check' flag of that field", () => {
    const s0 = { ...contoh(), langkah: contoh().langkah.map((l) => (l.id === "L2" ? { ...l, perluDiperiksa: ["waktu" as const, "pelaksana" as const] } : l)) };
    const s = terapkan(s0, { kind: "langkah-teks", id: "L2", field: "waktu", value: "2 hari" }, { kind: "langkah-teks", id: "L2", field: "output", value: "Konsep" });
    expect(langkah(s, "L2")).toMatchObject({ waktu: "2 hari", output: "Konsep", perluDiperiksa: ["pelaksana"] });
    expect(langkah(terapkan(s, { kind: "langkah-diperiksa", id: "L2", field: "pelaksana" }), "L2").perluDiperiksa).toEqual([]);
  });

  it("an empty kegiatan is reported on that step", () => {
    const s = terapkan(contoh(), { kind: "langkah-teks", id: "L2", field: "kegiatan", value: "" });
    expect(validateSop(s)).toContainEqual(expect.objectContaining({ kind: "kegiatan-kosong", langkahId: "L2" }));
  });

  it("sets the pelaksana of a joint activity sorted and without repeats", () => {
    const s = terapkan(contoh(), { kind: "langkah-pelaksana", id: "L1", pelaksana: [2, 1, 2] });
    expect(langkah(s, "L1").pelaksana).toEqual([1, 2]);
    expect(kinds(s)).not.toContain("pelaksana-tidak-berdampingan");
    expect(kinds(terapkan(s, { kind: "langkah-pelaksana", id: "L1", pelaksana: [0, 2] }))).toContain("pelaksana-tidak-berdampingan");
  });

  it("a step made a decision gets Ya/Tidak; one made a process loses them", () => {
    const s = terapkan(contoh(), { kind: "langkah-jenis", id: "L2", jenis: "keputusan" });
    expect(langkah(s, "L2").cabang).toEqual({ ya: null, tidak: null });
    const t = terapkan(s, { kind: "langkah-jenis", id: "L3", jenis: "proses" });
    expect(langkah(t, "L3")).not.toHaveProperty("cabang");
    expect(langkah(t, "L3").jenis).toBe("proses");
  });

  it("sets a branch target only on a decision", () => {
    const s = terapkan(contoh(), { kind: "langkah-cabang", id: "L3", cabang: "tidak", target: "L1" });
    expect(langkah(s, "L3").cabang).toEqual({ ya: "L4", tidak: "L1" });
    expect(terapkan(s, { kind: "langkah-cabang", id: "L2", cabang: "ya", target: "L1" })).toBe(s);
  });
});

describe("sopBaru", () => {
  it("starts with mulai and selesai, and asks for a pelaksana column", () => {
    const s = sopBaru();
    expect(s.langkah.map((l) => l.jenis)).toEqual(["mulai", "selesai"]);
    expect(kinds(s)).toContain("tanpa-kolom-pelaksana");
  });
});
