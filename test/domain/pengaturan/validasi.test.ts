import { formatNip, normalisasiNip, pengaturanAwal, periksaNip, validatePengaturan } from "../../../src/domain/pengaturan";
import { isi } from "./contoh";

describe("NIP (Perka BKN 22/2007)", () => {
  it("accepts a NIP typed with spaces, dots or dashes, and groups it as on the card", () => {
    for (const nip of ["19700101 199003 1 001", "197001011990031001", "19700101.199003.1.001", "19700101-199003-1-001"]) {
      expect(periksaNip(nip)).toBeNull();
    }
    expect(normalisasiNip("19700101 199003 1 001")).toBe("197001011990031001");
    expect(formatNip("197001011990031001")).toBe("19700101 199003 1 001");
    expect(formatNip("12 34")).toBe("12 34");
  });

  it("counts the digits when the length is wrong", () => {
    expect(periksaNip("1970010119900310")).toEqual({ kind: "nip-panjang", digit: 16 });
    expect(periksaNip("1970 0101 1990 0310 019")).toEqual({ kind: "nip-panjang", digit: 19 });
  });

  it.each([
    ["19700101199003100A", "nip-bukan-angka"],
    ["19701301199003 1 001", "nip-tanggal-lahir"],
    ["19710229 199003 1 001", "nip-tanggal-lahir"],
    ["19700101 199013 1 001", "nip-tmt"],
    ["19700101 199003 3 001", "nip-jenis-kelamin"],
  ])("rejects %s (%s)", (nip, kind) => {
    expect(periksaNip(nip)).toEqual({ kind });
  });

  it("accepts 29 February of a leap year and an empty NIP (not filled in yet)", () => {
    expect(periksaNip("19720229 199303 2 004")).toBeNull();
    expect(periksaNip("   ")).toBeNull();
  });
});

describe("validatePengaturan", () => {
  it("accepts a complete form", () => {
    expect(validatePengaturan(isi())).toEqual([]);
  });

  it("names each empty required field, in the order of the form", () => {
    const p = pengaturanAwal(2026);
    p.camat.nama = "   ";
    expect(validatePengaturan(p).map((m) => m.field)).toEqual(["instansi.kabupaten", "instansi.kecamatan", "camat.nama", "sekcam.nama"]);
  });

  it("ties a NIP problem to the official it belongs to", () => {
    const p = isi();
    p.sekcam.nip = "12345";
    expect(validatePengaturan(p)).toEqual([{ field: "sekcam.nip", kind: "nip-panjang", digit: 5 }]);
  });

  it.each([1999, 2101, 2026.5, Number.NaN])("rejects the year %s", (tahun) => {
    expect(validatePengaturan({ ...isi(), tahun })).toEqual([{ field: "tahun", kind: "tahun-di-luar-rentang", min: 2000, max: 2100 }]);
  });

  it("passes on the scale's own problems (validateSkala)", () => {
    const skala = { nama: "x", pita: [{ nama: "A", batasBawah: 50, warna: "#000000" }, { nama: "B", batasBawah: 60, warna: "#000000" }, { nama: "C", batasBawah: null, warna: "#000000" }] };
    expect(validatePengaturan({ ...isi(), skala })).toEqual([{ field: "skala", kind: "skala-tidak-valid", masalah: [{ kind: "tidak-menurun", indeks: 1 }] }]);
  });
});
