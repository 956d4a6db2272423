import { normalisasiNip, pengaturanAwal, pengaturanDariXml, pengaturanKeXml, validatePengaturan, type Pengaturan } from "../../../src/domain/pengaturan";

const isi = (): Pengaturan => ({
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "Jl. Raya Kalipare No. 1" },
  camat: { nama: "Drs. Budi Santoso, M.Si", nip: "19700101 199003 1 001" },
  sekcam: { nama: "Siti Aminah, S.Sos", nip: "197512122000032002" },
});

describe("validatePengaturan", () => {
  it("accepts a complete form and a NIP typed with spaces", () => {
    expect(validatePengaturan(isi())).toEqual([]);
    expect(normalisasiNip("19700101 199003 1 001")).toBe("197001011990031001");
  });
  it("names each empty required field", () => {
    const fields = validatePengaturan(pengaturanAwal(2026)).map((m) => m.field);
    expect(fields).toEqual(["instansi.kabupaten", "instansi.kecamatan", "camat.nama", "sekcam.nama"]);
  });
  it.each([["1970010119900310"], ["19700101199003100A"], ["1234567890123456789"]])("rejects the NIP %s", (nip) => {
    const p = isi();
    p.camat.nip = nip;
    expect(validatePengaturan(p)).toEqual([expect.objectContaining({ field: "camat.nip", kind: "nip-tidak-valid" })]);
  });
  it("rejects a year outside 2000–2100 and a scale that does not descend", () => {
    const p = isi();
    p.tahun = 1999;
    p.skala = { nama: "x", pita: [{ nama: "A", batasBawah: 50, warna: "#000000" }, { nama: "B", batasBawah: 60, warna: "#000000" }, { nama: "C", batasBawah: null, warna: "#000000" }] };
    expect(validatePengaturan(p).map((m) => m.kind)).toEqual(["tahun-di-luar-rentang", "skala-tidak-valid"]);
  });
});

describe("settings XML", () => {
  it("round-trips every field, special characters included", () => {
    const p = isi();
    p.instansi.alamat = `Jl. "Merdeka" <5> & 'Pahlawan' ]]> `;
    const back = pengaturanDariXml(pengaturanKeXml(p), 2020);
    expect(back).toEqual({ kind: "ok", pengaturan: p, diisiBawaan: [] });
  });
  it("reports XML that is not Evapor's, or damaged JSON, without throwing", () => {
    expect(pengaturanDariXml("<lain/>", 2026)).toEqual({ kind: "rusak", alasan: "bukan-xml-evapor" });
    expect(pengaturanDariXml('<pengaturan xmlns="urn:evapor:pengaturan:v1">{rusak</pengaturan>', 2026)).toEqual({ kind: "rusak", alasan: "json-rusak" });
  });
  it("fills missing or ill-typed fields with defaults and names them", () => {
    const xml = `<pengaturan xmlns="urn:evapor:pengaturan:v1">${JSON.stringify({ instansi: { kabupaten: "Malang" }, tahun: "2026", kertas: "B5" }).replace(/"/g, "&quot;")}</pengaturan>`;
    const r = pengaturanDariXml(xml, 2030);
    expect(r.kind).toBe("ok");
    if (r.kind !== "ok") return;
    expect(r.pengaturan.instansi.kabupaten).toBe("Malang");
    expect(r.pengaturan.tahun).toBe(2030);
    expect(r.pengaturan.kertas).toBe("A4");
    expect(r.diisiBawaan).toEqual(expect.arrayContaining(["tahun", "kertas", "skala", "instansi.kecamatan", "camat.nama"]));
  });
});
