import { bisaHapusPita, hapusPita, NAMA_SKALA_KHUSUS, tambahPita, ubahPita } from "../../../src/domain/pengaturan";
import { SKALA_PERMENDAGRI_86_2017, validateSkala } from "../../../src/domain/kinerja/predikat";

describe("editing the predikat scale", () => {
  it("changes one band and names the scale as the office's own, leaving the regulation's intact", () => {
    const s = ubahPita(SKALA_PERMENDAGRI_86_2017, 1, { field: "nama", value: "Baik" });
    expect(s.nama).toBe(NAMA_SKALA_KHUSUS);
    expect(s.pita.map((p) => p.nama)).toEqual(["Sangat Tinggi", "Baik", "Sedang", "Rendah", "Sangat Rendah"]);
    expect(SKALA_PERMENDAGRI_86_2017.pita[1].nama).toBe("Tinggi");
    expect(ubahPita(s, 0, { field: "batasBawah", value: null }).pita[0].batasBawah).toBeNull();
  });

  it("adds a band above the open lowest band that keeps the scale descending, but asks for its name", () => {
    const s = tambahPita(SKALA_PERMENDAGRI_86_2017);
    expect(s.pita).toHaveLength(6);
    expect(s.pita[4]).toMatchObject({ nama: "", batasBawah: 26 });
    expect(s.pita[5].batasBawah).toBeNull();
    expect(validateSkala(s)).toEqual([{ kind: "nama-kosong", indeks: 4 }]);
  });

  it("removes a band but keeps the open lowest band and at least two bands", () => {
    expect(hapusPita(SKALA_PERMENDAGRI_86_2017, 2).pita.map((p) => p.nama)).toEqual(["Sangat Tinggi", "Tinggi", "Rendah", "Sangat Rendah"]);
    expect(bisaHapusPita(SKALA_PERMENDAGRI_86_2017, 4)).toBe(false);
    expect(hapusPita(SKALA_PERMENDAGRI_86_2017, 4)).toBe(SKALA_PERMENDAGRI_86_2017);
    let s = SKALA_PERMENDAGRI_86_2017;
    for (let k = 0; k < 5; k++) s = hapusPita(s, 0);
    expect(s.pita).toHaveLength(2);
  });
});
