import { pengaturanAwal, SKALA_PERMENDAGRI_86_2017, type Pengaturan } from "../../src/domain";
import { INITIAL_STATE, masalahTampil, pengaturanReducer, type PengaturanAction, type PengaturanState } from "../../src/taskpane/pengaturan/state";

const valid: Pengaturan = {
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Malang", kecamatan: "Kalipare", alamat: "" },
  camat: { nama: "Budi", nip: "" },
  sekcam: { nama: "Siti", nip: "" },
};
const run = (...actions: PengaturanAction[]): PengaturanState => actions.reduce(pengaturanReducer, INITIAL_STATE);
const dimuat = (p: Pengaturan): PengaturanAction => ({ kind: "dimuat", hasil: { kind: "ok", pengaturan: p, peringatan: [] }, bawaan: pengaturanAwal(2026) });

describe("Pengaturan page state", () => {
  it("loads into an editable form, saves, and comes back to editing on the next change", () => {
    expect(run(dimuat(valid)).kind).toBe("siap");
    expect(run(dimuat(valid), { kind: "simpan" }).kind).toBe("menyimpan");
    const saved = run(dimuat(valid), { kind: "simpan" }, { kind: "simpan-selesai", hasil: { kind: "tersimpan" } });
    expect(saved.kind).toBe("tersimpan");
    expect(pengaturanReducer(saved, { kind: "ubah", edit: { kind: "kertas", value: "F4" } })).toMatchObject({ kind: "siap", form: { draf: { kertas: "F4" } } });
  });

  it("does not save a form with problems: it shows all of them", () => {
    const s = run(dimuat(pengaturanAwal(2026)), { kind: "simpan" });
    expect(s.kind).toBe("periksa");
    if (s.kind !== "periksa") return;
    expect(masalahTampil(s.form, "sekcam.nama")).toEqual({ field: "sekcam.nama", kind: "wajib-diisi" });
  });

  it("shows a problem only for a field the user has touched, before any save attempt", () => {
    const s = run(dimuat(pengaturanAwal(2026)), { kind: "ubah", edit: { kind: "pejabat", who: "camat", field: "nip", value: "123" } });
    if (s.kind !== "siap") throw new Error(s.kind);
    expect(masalahTampil(s.form, "camat.nip")).toEqual({ field: "camat.nip", kind: "nip-panjang", digit: 3 });
    expect(masalahTampil(s.form, "instansi.kabupaten")).toBeUndefined();
  });

  it("ignores edits and a second save while saving", () => {
    const saving = run(dimuat(valid), { kind: "simpan" });
    expect(pengaturanReducer(saving, { kind: "ubah", edit: { kind: "tahun", value: 2030 } })).toBe(saving);
    expect(pengaturanReducer(saving, { kind: "simpan" })).toBe(saving);
  });

  it("keeps the draft when saving fails, and falls back to a message for two settings parts", () => {
    const failed = run(dimuat(valid), { kind: "ubah", edit: { kind: "pita-tambah" } }, { kind: "ubah", edit: { kind: "pita", index: 4, ubah: { field: "nama", value: "Cukup" } } }, { kind: "simpan" }, { kind: "simpan-gagal" });
    expect(failed.kind).toBe("gagal-simpan");
    expect(failed.kind === "gagal-simpan" && failed.form.draf.skala.pita.map((p) => p.nama)).toContain("Cukup");
    expect(run(dimuat(valid), { kind: "simpan" }, { kind: "simpan-selesai", hasil: { kind: "ganda", jumlah: 2 } })).toEqual({ kind: "ganda", jumlah: 2 });
  });

  it("shows defaults with a notice for a damaged part, and names unreadable settings", () => {
    expect(run({ kind: "dimuat", hasil: { kind: "rusak", alasan: "tidak-lengkap", posisi: 10 }, bawaan: pengaturanAwal(2031) })).toMatchObject({
      kind: "siap",
      form: { draf: { tahun: 2031, skala: SKALA_PERMENDAGRI_86_2017 }, pemberitahuan: { kind: "rusak" } },
    });
    const partial = run({ kind: "dimuat", hasil: { kind: "ok", pengaturan: valid, peringatan: [{ field: "skala", kind: "tidak-valid" }] }, bawaan: valid });
    expect(partial).toMatchObject({ form: { pemberitahuan: { kind: "peringatan", bidang: ["skala"] } } });
  });

  it("returns to loading on retry after a failed read", () => {
    expect(run({ kind: "gagal-muat" }).kind).toBe("gagal-muat");
    expect(run({ kind: "gagal-muat" }, { kind: "muat-ulang" }).kind).toBe("memuat");
  });
});
