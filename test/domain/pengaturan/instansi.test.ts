import { barisInstansi, namaKecamatan, teksInstansi } from "../../../src/domain/pengaturan";

const dengan = (kabupaten: string, kecamatan: string) => ({ instansi: { kabupaten, kecamatan, alamat: "" } });

describe("the office's name from the settings", () => {
  it.each([
    ["Kalipare", "Kecamatan Kalipare"],
    ["  Kalipare ", "Kecamatan Kalipare"],
    ["Kecamatan Janapria", "Kecamatan Janapria"],
    ["KECAMATAN JANAPRIA", "KECAMATAN JANAPRIA"],
    ["", ""],
  ])("namaKecamatan(%p) = %p", (masuk, keluar) => {
    expect(namaKecamatan(masuk)).toBe(keluar);
  });

  it("lists the letterhead lines highest first and leaves empty ones out", () => {
    expect(barisInstansi(dengan("Kabupaten Malang", "Kalipare"))).toEqual(["Kabupaten Malang", "Kecamatan Kalipare"]);
    expect(barisInstansi(dengan("", "Kalipare"))).toEqual(["Kecamatan Kalipare"]);
    expect(barisInstansi(dengan(" ", ""))).toEqual([]);
  });

  it("writes one title line, the kecamatan first", () => {
    expect(teksInstansi(dengan("Kabupaten Malang", "Kalipare"))).toBe("Kecamatan Kalipare, Kabupaten Malang");
    expect(teksInstansi(dengan("", ""))).toBe("");
  });
});
