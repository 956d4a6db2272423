/** Splitting a large IKU plan into requests under Excel's 5 MB limit. */
import { SKALA_PERMENDAGRI_86_2017 } from "../../../src/domain/kinerja/predikat";
import { rencanaLembarIku } from "../../../src/domain/iku/lembar-iku";
import { potongRencanaIku } from "../../../src/domain/iku/potong";
import { DATA_MULAI } from "../../../src/domain/iku/tata-letak";
import { indikatorAcak } from "./acak-iku";

const rencana = rencanaLembarIku({ tahun: 2026, instansi: "", skala: SKALA_PERMENDAGRI_86_2017, kertas: "A4", tw: 2, indikator: indikatorAcak(50) });
const data = rencana.blok.find((b) => b.baris === DATA_MULAI - 1);

describe("potongRencanaIku", () => {
  it("keeps a plan that fits as it is", () => {
    const { awal, sisa } = potongRencanaIku(rencana);
    expect(sisa).toEqual([]);
    expect(awal.blok).toEqual(rencana.blok);
  });

  it("splits the data rows into consecutive blocks under the budget, losing none", () => {
    const anggaran = 40_000;
    const { awal, sisa } = potongRencanaIku(rencana, anggaran);
    const pertama = awal.blok.find((b) => b.baris === DATA_MULAI - 1);
    const semua = [pertama, ...sisa];
    expect(sisa.length).toBeGreaterThan(2);
    expect(semua.flatMap((b) => b?.isi ?? [])).toEqual(data?.isi);
    semua.forEach((b, i) => {
      expect(JSON.stringify(b?.isi).length).toBeLessThanOrEqual(anggaran + 100);
      if (i > 0) expect(b?.baris).toBe((semua[i - 1]?.baris ?? 0) + (semua[i - 1]?.isi.length ?? 0));
    });
    expect(awal.tabel).toEqual(rencana.tabel);
  });
});
