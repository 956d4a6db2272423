/** Inferring the pelaksana from the wording when the symbols were lost. */
import { simpulkanPelaksana } from "../../../../src/domain/sop/impor/pelaksana";
import { kolomDari } from "../../../../src/domain/sop/impor/peran";

const KOLOM = kolomDari(["Camat", "Sekretaris", "Kasi Ekbang", "Sub. Evapor"]);
const siapa = (kegiatan: string[]): [number[], boolean][] => simpulkanPelaksana(kegiatan, KOLOM).map((s) => [s.kolom, s.pasti]);

describe("simpulkanPelaksana", () => {
  it("takes a role named first as the subject, with certainty", () => {
    expect(siapa(["Sekcam melaporkan kepada Camat tentang data"])).toEqual([[[1], true]]);
  });

  it("takes the recipient of a passive handover, with certainty", () => {
    expect(siapa(["Hasil pemeriksaan diserahkan kepada camat untuk diketahui"])).toEqual([[[0], true]]);
  });

  it("gives a command to the superior of the one commanded, and the next step to the one commanded", () => {
    expect(siapa(["Memerintahkan kepada Sekretaris untuk memeriksa", "Memeriksa berkas"])).toEqual([[[0], false], [[1], false]]);
  });

  it("gives a report to the Sekretariat to someone outside it, and the next step to its working level", () => {
    expect(siapa(["Menyampaikan data kepada Sekretariat untuk dianalisa", "Melakukan analisa"])).toEqual([[[2], false], [[3], false]]);
  });

  it("reads signing as the head's, paraf as the Sekretaris's, archiving as the Subbagian's", () => {
    expect(siapa(["Melakukan penandatanganan laporan", "Memeriksa dan di paraf", "Mengarsipkan"])).toEqual([[[0], false], [[1], false], [[3], false]]);
    expect(siapa(["Hasil persetujuan dikembalikan untuk disimpan"])).toEqual([[[3], false]]);
  });

  it("keeps the previous pelaksana when a step names no one, and adds partners named after 'bersama'", () => {
    expect(siapa(["Sub. Evapor menyiapkan", "Menyusun rapat bersama Kasi Ekbang"])).toEqual([[[3], true], [[2, 3], false]]);
  });

  it("fills opening steps that name no one from the first step that does", () => {
    expect(siapa(["Menyiapkan bahan", "Kasi Ekbang menyampaikan bahan"])).toEqual([[[2], false], [[2], true]]);
  });

  it("leaves a step empty when nothing says who does it", () => {
    expect(siapa(["Menyiapkan bahan"])).toEqual([[[], false]]);
  });
});
