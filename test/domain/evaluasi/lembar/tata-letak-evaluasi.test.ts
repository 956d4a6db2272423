import {
  bacaCatatanEvaluasi, bacaRekomendasi, bacaRingkasan, barisHeaderEvaluasi, JUDUL_RINGKASAN, kolomEvaluasi,
  namaLembarBeritaAcara, namaLembarEvaluasi,
} from "../../../../src/domain/evaluasi/lembar/tata-letak-evaluasi";
import { DAFTAR_TW } from "../../../../src/domain/evaluasi/triwulan";
import { namaLembarSah } from "../../../../src/domain/lembar/rencana";

/** A sheet's values from A1 with a header on row 3 (0-based 2) and three indicator rows. */
function contoh(): unknown[][] {
  const baris = (no: number | string, indikator: string, pendukung = "", penghambat = "", rekomendasi = ""): unknown[] => {
    const b: unknown[] = Array<unknown>(10).fill("");
    b[0] = no; b[1] = indikator;
    b[kolomEvaluasi("pendukung")] = pendukung;
    b[kolomEvaluasi("penghambat")] = penghambat;
    b[kolomEvaluasi("rekomendasi")] = rekomendasi;
    return b;
  };
  return [
    [JUDUL_RINGKASAN],
    ["Jumlah indikator dievaluasi", "", 3],
    [],
    baris("No", "Indikator Kinerja", "Faktor Pendukung", "Faktor Penghambat", "Rekomendasi"),
    baris(1, "Indikator A", "Dukungan desa", "", "  Percepat verifikasi "),
    baris(2, "Indikator B"),
    baris("", ""),
    baris(3, "Indikator A", "kedua", "", "Dobel"),
    baris(4, "Indikator C", "", "Hujan"),
  ];
}

describe("tata letak evaluasi", () => {
  it("names the sheets within Excel's limits", () => {
    expect(namaLembarEvaluasi(2026, 3)).toBe("Evaluasi TW III 2026");
    expect(namaLembarBeritaAcara(2026, 3)).toBe("BA Evaluasi TW III 2026");
    for (const tw of DAFTAR_TW) {
      expect(namaLembarSah(namaLembarEvaluasi(2026, tw))).toBe(true);
      expect(namaLembarSah(namaLembarBeritaAcara(2026, tw))).toBe(true);
    }
  });

  it("finds the header by its labels, not by a fixed row", () => {
    expect(barisHeaderEvaluasi(contoh())).toBe(3);
    expect(barisHeaderEvaluasi([["No", "Indikator"]])).toBeNull();
  });

  it("reads the recommendations with 1-based rows, trimmed, non-empty only", () => {
    expect(bacaRekomendasi(contoh())).toEqual([
      { baris: 5, indikator: "Indikator A", rekomendasi: "Percepat verifikasi" },
      { baris: 8, indikator: "Indikator A", rekomendasi: "Dobel" },
    ]);
    expect(bacaRekomendasi([["apa saja"]])).toEqual([]);
  });

  it("keys the free text by indicator; the first of duplicates wins, empty rows are left out", () => {
    const c = bacaCatatanEvaluasi(contoh());
    expect([...c.keys()]).toEqual(["Indikator A", "Indikator C"]);
    expect(c.get("Indikator A")).toEqual({ pendukung: "Dukungan desa", penghambat: "", rekomendasi: "Percepat verifikasi" });
    expect(c.get("Indikator C")?.penghambat).toBe("Hujan");
  });

  it("reads the summary lines and the addresses of their numbers", () => {
    expect(bacaRingkasan(contoh())).toEqual([{ label: "Jumlah indikator dievaluasi", alamat: "C2" }]);
    expect(bacaRingkasan([["x"]])).toEqual([]);
  });
});
