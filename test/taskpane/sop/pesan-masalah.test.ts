/** Every kind of SOP problem has a message in both languages, with all placeholders filled. */
import type { JenisMasalah, SopMasalah } from "../../../src/domain/sop";
import { translator } from "../../../src/taskpane/i18n";
import { pesanMasalahSop } from "../../../src/taskpane/sop/pesan-masalah";
import { sopContoh } from "../../domain/sop/layout/contoh";

const sop = sopContoh([[0], [1], [2], [1]]);
const id = sop.langkah[1].id;

// A Record over JenisMasalah: a new kind of problem fails to compile here until it has a case.
const SEMUA: Record<JenisMasalah, SopMasalah> = {
  "langkah-kurang": { tingkat: "error", kind: "langkah-kurang", jumlah: 1 },
  "id-langkah-ganda": { tingkat: "error", kind: "id-langkah-ganda", langkahId: id },
  "tanpa-kolom-pelaksana": { tingkat: "error", kind: "tanpa-kolom-pelaksana" },
  "kolom-pelaksana-terlalu-banyak": { tingkat: "error", kind: "kolom-pelaksana-terlalu-banyak", jumlah: 8, batas: 7, kertas: "A4" },
  "identitas-kosong": { tingkat: "peringatan", kind: "identitas-kosong", field: "nomor" },
  "nama-pelaksana-kosong": { tingkat: "peringatan", kind: "nama-pelaksana-kosong", kolomPelaksana: 1 },
  "nama-pelaksana-ganda": { tingkat: "peringatan", kind: "nama-pelaksana-ganda", kolomPelaksana: 1, nama: "Camat" },
  "nama-pelaksana-terlalu-panjang": { tingkat: "peringatan", kind: "nama-pelaksana-terlalu-panjang", kolomPelaksana: 1, nama: "Camat", baris: 5, barisMaks: 3 },
  "kolom-pelaksana-tak-terpakai": { tingkat: "peringatan", kind: "kolom-pelaksana-tak-terpakai", kolomPelaksana: 1, nama: "Camat" },
  "awal-bukan-mulai": { tingkat: "error", kind: "awal-bukan-mulai", langkahId: id, field: "jenis" },
  "akhir-bukan-selesai": { tingkat: "error", kind: "akhir-bukan-selesai", langkahId: id, field: "jenis" },
  "terminator-di-tengah": { tingkat: "error", kind: "terminator-di-tengah", langkahId: id, field: "jenis", jenis: "selesai" },
  "cabang-kosong": { tingkat: "error", kind: "cabang-kosong", langkahId: id, field: "cabang" },
  "cabang-tidak-ada": { tingkat: "error", kind: "cabang-tidak-ada", langkahId: id, field: "cabang", cabang: "tidak", target: "x9" },
  "cabang-ke-diri-sendiri": { tingkat: "error", kind: "cabang-ke-diri-sendiri", langkahId: id, field: "cabang", cabang: "ya" },
  "cabang-sama": { tingkat: "peringatan", kind: "cabang-sama", langkahId: id, field: "cabang" },
  "pelaksana-kosong": { tingkat: "error", kind: "pelaksana-kosong", langkahId: id, field: "pelaksana" },
  "pelaksana-tidak-dikenal": { tingkat: "error", kind: "pelaksana-tidak-dikenal", langkahId: id, field: "pelaksana", kolomPelaksana: 9 },
  "pelaksana-tidak-berdampingan": { tingkat: "error", kind: "pelaksana-tidak-berdampingan", langkahId: id, field: "pelaksana" },
  "kegiatan-kosong": { tingkat: "error", kind: "kegiatan-kosong", langkahId: id, field: "kegiatan" },
  "teks-terlalu-panjang": { tingkat: "peringatan", kind: "teks-terlalu-panjang", langkahId: id, field: "output", panjang: 300, batas: 120, baris: 9, barisMaks: 4 },
  "waktu-kosong": { tingkat: "peringatan", kind: "waktu-kosong", langkahId: id, field: "waktu" },
  "waktu-tidak-terbaca": { tingkat: "peringatan", kind: "waktu-tidak-terbaca", langkahId: id, field: "waktu", teks: "sebentar" },
  "perlu-diperiksa": { tingkat: "peringatan", kind: "perlu-diperiksa", langkahId: id, field: "pelaksana" },
};

describe("pesanMasalahSop", () => {
  it.each(Object.values(SEMUA))("$kind reads in Indonesian and in English, placeholders filled", (m) => {
    const teksId = pesanMasalahSop(m, sop, translator("id"));
    const teksEn = pesanMasalahSop(m, sop, translator("en"));
    for (const teks of [teksId, teksEn]) expect(teks).not.toMatch(/[{}]/);
    expect(teksEn).not.toBe(teksId);
    if ("langkahId" in m) {
      expect(teksId).toMatch(/^Langkah 2: /);
      expect(teksEn).toMatch(/^Step 2: /);
    }
  });

  it("names the branch, the cell limits and the field in English", () => {
    expect(pesanMasalahSop(SEMUA["cabang-tidak-ada"], sop, translator("en"))).toBe('Step 2: branch Tidak (no) goes to a step that does not exist ("x9").');
    expect(pesanMasalahSop(SEMUA["teks-terlalu-panjang"], sop, translator("en")))
      .toBe("Step 2: the output text is too long for the printed cell (300 characters, about 9 lines; about 120 characters in 4 lines fit).");
    expect(pesanMasalahSop(SEMUA["kolom-pelaksana-terlalu-banyak"], sop, translator("id")))
      .toBe("Terlalu banyak kolom pelaksana untuk kertas A4 mendatar: 8 kolom, muat paling banyak 7. Gabungkan pelaksana atau pilih kertas F4.");
  });
});
