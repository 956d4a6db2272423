/** validateSop: one test per SOP AP rule (Permenpan RB 35/2012), with the message a person reads (the pane's Indonesian). */
import { langkahBaru, PUSTAKA_SOP, validateSop, adaError, type Sop, type SopMasalah } from "../../../../src/domain/sop";
import { translator } from "../../../../src/taskpane/i18n";
import { pesanMasalahSop } from "../../../../src/taskpane/sop/pesan-masalah";
import { sopContoh } from "../layout/contoh";

const dasar = () => sopContoh([[0], [1], [2], [3], [1]]);
const ubah = (f: (s: Sop) => void): Sop => { const s = dasar(); f(s); return s; };
const pesanMasalah = (m: SopMasalah, s: Sop) => pesanMasalahSop(m, s, translator("id"));
const dengan = (s: Sop) => validateSop(s).map((m) => [m, pesanMasalah(m, s)] as const);
const kata = (n: number) => Array.from({ length: n }, () => "abcdefghi").join(" ");

describe("validateSop", () => {
  it("finds nothing in a well-formed SOP", () => {
    expect(validateSop(dasar())).toEqual([]);
  });

  it("warns about a missing Nama SOP and Nomor SOP", () => {
    expect(dengan(ubah((s) => { s.identitas.nama = " "; s.identitas.nomor = ""; }))).toEqual([
      [{ tingkat: "peringatan", kind: "identitas-kosong", field: "nama" }, "Nama SOP belum diisi."],
      [{ tingkat: "peringatan", kind: "identitas-kosong", field: "nomor" }, "Nomor SOP belum diisi."],
    ]);
  });

  describe("pelaksana columns", () => {
    it("needs at least one", () => {
      const s = ubah((x) => { x.pelaksana = []; x.langkah.forEach((l) => { l.pelaksana = []; }); });
      const m = validateSop(s);
      expect(m[0]).toEqual({ tingkat: "error", kind: "tanpa-kolom-pelaksana" });
      expect(pesanMasalah(m[0], s)).toBe("Belum ada kolom pelaksana; tambahkan paling sedikit satu pelaksana.");
    });

    it("refuses more than fit the landscape page (7 on A4, 9 on F4)", () => {
      const s = ubah((x) => { x.pelaksana = Array.from({ length: 8 }, (_, i) => `P${i + 1}`); x.langkah.push(...[4, 5, 6, 7].map((k) => langkahBaru(`M${k}`, { kegiatan: "k", pelaksana: [k], waktu: "1 jam" }))); x.langkah.push(x.langkah.splice(4, 1)[0]); });
      const m = validateSop(s).filter((x) => x.kind === "kolom-pelaksana-terlalu-banyak");
      expect(m).toEqual([{ tingkat: "error", kind: "kolom-pelaksana-terlalu-banyak", jumlah: 8, batas: 7, kertas: "A4" }]);
      expect(pesanMasalah(m[0], s)).toBe("Terlalu banyak kolom pelaksana untuk kertas A4 mendatar: 8 kolom, muat paling banyak 7. Gabungkan pelaksana atau pilih kertas F4.");
      expect(validateSop(s, { kertas: "F4" }).filter((x) => x.kind === "kolom-pelaksana-terlalu-banyak")).toEqual([]);
    });

    it("warns about unnamed, repeated, over-long and unused columns", () => {
      const s = ubah((x) => { x.pelaksana = ["Camat", "", "camat ", "Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan Kinerja", "Tim"]; });
      expect(dengan(s)).toEqual([
        [{ tingkat: "peringatan", kind: "nama-pelaksana-kosong", kolomPelaksana: 1 }, "Kolom pelaksana ke-2 belum bernama."],
        [{ tingkat: "peringatan", kind: "nama-pelaksana-ganda", kolomPelaksana: 2, nama: "camat " }, 'Kolom pelaksana ke-3 ("camat ") sama dengan kolom pelaksana lain.'],
        [{ tingkat: "peringatan", kind: "nama-pelaksana-terlalu-panjang", kolomPelaksana: 3, nama: "Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan Kinerja", baris: 10, barisMaks: 5 },
          'Nama pelaksana "Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan Kinerja" terlalu panjang untuk kepala kolom (± 10 baris, muat 5); singkat namanya.'],
        [{ tingkat: "peringatan", kind: "kolom-pelaksana-tak-terpakai", kolomPelaksana: 4, nama: "Tim" }, 'Pelaksana "Tim" tidak melaksanakan langkah apa pun; hapus kolomnya atau tetapkan langkahnya.'],
      ]);
    });
  });

  describe("terminators", () => {
    it("needs at least two steps", () => {
      expect(validateSop(ubah((s) => { s.langkah = s.langkah.slice(0, 1); }))).toContainEqual({ tingkat: "error", kind: "langkah-kurang", jumlah: 1 });
      expect(validateSop(ubah((s) => { s.langkah = []; }))).toEqual([{ tingkat: "error", kind: "langkah-kurang", jumlah: 0 }]);
    });

    it("wants mulai first and selesai last, and neither in between", () => {
      const s = ubah((x) => { x.langkah[0].jenis = "proses"; x.langkah[4].jenis = "proses"; x.langkah[1].jenis = "mulai"; x.langkah[2].jenis = "selesai"; });
      expect(dengan(s).map(([, p]) => p)).toEqual([
        "Langkah 1: langkah pertama harus bersimbol mulai (terminator).",
        "Langkah 2: simbol mulai hanya boleh pada langkah pertama.",
        "Langkah 3: simbol selesai hanya boleh pada langkah terakhir.",
        "Langkah 5: langkah terakhir harus bersimbol selesai (terminator).",
      ]);
      expect(validateSop(s).every((m) => m.tingkat === "error" && "field" in m && m.field === "jenis")).toBe(true);
    });

    it("reports a duplicated step id", () => {
      expect(validateSop(ubah((s) => { s.langkah[2].id = "L2"; }))).toContainEqual({ tingkat: "error", kind: "id-langkah-ganda", langkahId: "L2" });
    });
  });

  describe("decisions", () => {
    const keputusan = (ya: string | null, tidak: string | null, di = 3) =>
      ubah((s) => { s.langkah[di - 1].jenis = "keputusan"; s.langkah[di - 1].cabang = { ya, tidak }; });

    it("accepts Ya to the next step and Tidak back", () => {
      expect(validateSop(keputusan(null, "L2"))).toEqual([]);
    });

    it("needs both branches", () => {
      const s = ubah((x) => { x.langkah[2].jenis = "keputusan"; });
      expect(dengan(s)).toEqual([[{ tingkat: "error", kind: "cabang-kosong", langkahId: "L3", field: "cabang" },
        "Langkah 3: keputusan belum menentukan ke mana cabang Ya dan Tidak mengarah."]]);
    });

    it("needs each branch to lead to a step of this SOP", () => {
      const s = keputusan("L9", "L2");
      expect(dengan(s)).toEqual([[{ tingkat: "error", kind: "cabang-tidak-ada", langkahId: "L3", field: "cabang", cabang: "ya", target: "L9" },
        'Langkah 3: cabang Ya mengarah ke langkah yang tidak ada ("L9").']]);
      const akhir = keputusan("L1", null, 5);
      expect(dengan(akhir).map(([, p]) => p)).toEqual([
        "Langkah 5: langkah terakhir harus bersimbol selesai (terminator).",
        "Langkah 5: cabang Tidak mengarah ke langkah berikutnya, padahal tidak ada langkah sesudahnya.",
      ]);
    });

    it("refuses a branch to the decision itself", () => {
      expect(dengan(keputusan(null, "L3"))).toEqual([[{ tingkat: "error", kind: "cabang-ke-diri-sendiri", langkahId: "L3", field: "cabang", cabang: "tidak" },
        "Langkah 3: cabang Tidak mengarah ke langkah itu sendiri."]]);
    });

    it("warns when Ya and Tidak lead to the same step", () => {
      expect(dengan(keputusan(null, "L4"))).toEqual([[{ tingkat: "peringatan", kind: "cabang-sama", langkahId: "L3", field: "cabang" },
        "Langkah 3: cabang Ya dan Tidak mengarah ke langkah yang sama."]]);
    });
  });

  describe("pelaksana of a step", () => {
    it("needs one", () => {
      expect(dengan(ubah((s) => { s.langkah[1].pelaksana = []; }))).toEqual([
        [{ tingkat: "error", kind: "pelaksana-kosong", langkahId: "L2", field: "pelaksana" }, "Langkah 2: pelaksana belum ditentukan."],
      ]);
    });

    it("must exist among the columns", () => {
      expect(dengan(ubah((s) => { s.langkah[1].pelaksana = [4]; }))).toEqual([
        [{ tingkat: "error", kind: "pelaksana-tidak-dikenal", langkahId: "L2", field: "pelaksana", kolomPelaksana: 4 },
          "Langkah 2: pelaksana kolom ke-5 tidak ada (ada 4 kolom pelaksana)."],
      ]);
    });

    it("of a joint activity must be adjacent columns", () => {
      expect(dengan(ubah((s) => { s.langkah[1].pelaksana = [0, 2]; }))).toEqual([
        [{ tingkat: "error", kind: "pelaksana-tidak-berdampingan", langkahId: "L2", field: "pelaksana" },
          "Langkah 2: pelaksana kegiatan bersama harus berdampingan kolomnya (Camat, Kasi)."],
      ]);
      expect(validateSop(ubah((s) => { s.langkah[1].pelaksana = [2, 1]; }))).toEqual([]);
    });
  });

  describe("texts", () => {
    it("needs a kegiatan", () => {
      expect(dengan(ubah((s) => { s.langkah[2].kegiatan = "  "; }))).toEqual([
        [{ tingkat: "error", kind: "kegiatan-kosong", langkahId: "L3", field: "kegiatan" }, "Langkah 3: kegiatan kosong."],
      ]);
    });

    it("warns when a text will not fit its printed cell (5 lines of the column width)", () => {
      // 4 pelaksana on A4: KEGIATAN 249.75 pt → 54 characters a line; 5 nine-letter words a line
      expect(validateSop(ubah((s) => { s.langkah[2].kegiatan = kata(25); }))).toEqual([]);
      const s = ubah((x) => { x.langkah[2].kegiatan = kata(26); });
      expect(dengan(s)).toEqual([[
        { tingkat: "peringatan", kind: "teks-terlalu-panjang", langkahId: "L3", field: "kegiatan", panjang: 259, batas: 270, baris: 6, barisMaks: 5 },
        "Langkah 3: teks kegiatan terlalu panjang untuk sel cetak (259 karakter, ± 6 baris; muat ± 270 karakter dalam 5 baris).",
      ]]);
      // KETERANGAN is 60 pt wide: 12 characters a line, one nine-letter word
      expect(validateSop(ubah((x) => { x.langkah[0].keterangan = kata(5); }))).toEqual([]);
      expect(validateSop(ubah((x) => { x.langkah[0].keterangan = kata(6); }))).toContainEqual(
        expect.objectContaining({ kind: "teks-terlalu-panjang", field: "keterangan", batas: 60, baris: 6 }));
      // F4's wider KEGIATAN (259.5 pt, 56 characters) puts two 27-letter words on a line, A4 one
      const dua = ubah((x) => { x.langkah[2].kegiatan = Array.from({ length: 6 }, () => "abcdefghijklmnopqrstuvwxyz1").join(" "); });
      expect(validateSop(dua).map((m) => m.kind)).toEqual(["teks-terlalu-panjang"]);
      expect(validateSop(dua, { kertas: "F4" })).toEqual([]);
    });

    it("warns about an empty or unreadable waktu", () => {
      const s = ubah((x) => { x.langkah[1].waktu = ""; x.langkah[2].waktu = "Zhar"; x.langkah[3].waktu = "15"; });
      expect(dengan(s)).toEqual([
        [{ tingkat: "peringatan", kind: "waktu-kosong", langkahId: "L2", field: "waktu" }, "Langkah 2: waktu belum diisi."],
        [{ tingkat: "peringatan", kind: "waktu-tidak-terbaca", langkahId: "L3", field: "waktu", teks: "Zhar" },
          'Langkah 3: waktu "Zhar" tidak terbaca; tulis misalnya "15 menit", "2 jam" atau "1 hari".'],
        [{ tingkat: "peringatan", kind: "waktu-tidak-terbaca", langkahId: "L4", field: "waktu", teks: "15" },
          'Langkah 4: waktu "15" tidak terbaca; tulis misalnya "15 menit", "2 jam" atau "1 hari".'],
      ]);
      // under a "Waktu (menit)" header the bare number is fine
      expect(validateSop(s, { satuanBawaan: "menit" }).map((m) => ("langkahId" in m ? m.langkahId : null))).toEqual(["L2", "L3"]);
    });

    it("passes on the importer's flags", () => {
      expect(dengan(ubah((s) => { s.langkah[3].perluDiperiksa = ["pelaksana", "cabang"]; }))).toEqual([
        [{ tingkat: "peringatan", kind: "perlu-diperiksa", langkahId: "L4", field: "pelaksana" }, "Langkah 4: pelaksana perlu diperiksa (hasil impor)."],
        [{ tingkat: "peringatan", kind: "perlu-diperiksa", langkahId: "L4", field: "cabang" }, "Langkah 4: cabang keputusan perlu diperiksa (hasil impor)."],
      ]);
    });
  });

  it("lists errors before warnings, each in step order", () => {
    const s = ubah((x) => { x.identitas.nama = ""; x.langkah[3].waktu = ""; x.langkah[3].kegiatan = ""; x.langkah[1].pelaksana = []; });
    const m: SopMasalah[] = validateSop(s);
    expect(m.map((x) => [x.tingkat, x.kind])).toEqual([
      ["error", "pelaksana-kosong"], ["error", "kegiatan-kosong"],
      ["peringatan", "identitas-kosong"], ["peringatan", "waktu-kosong"],
    ]);
    expect(adaError(m)).toBe(true);
    expect(adaError(m.filter((x) => x.tingkat === "peringatan"))).toBe(false);
  });

  it.each(PUSTAKA_SOP.map((e) => [e.id, e.sop] as const))("finds no error in the library SOP %s", (_id, sop) => {
    expect(validateSop(sop).filter((m) => m.tingkat === "error")).toEqual([]);
    expect(validateSop(sop, { kertas: "F4" }).filter((m) => m.tingkat === "error")).toEqual([]);
  });
});
