import { NAMESPACE_PENGATURAN, pengaturanAwal, pengaturanDariXml, pengaturanKeXml, type Pengaturan } from "../../../src/domain/pengaturan";
import { isi } from "./contoh";

const NS = NAMESPACE_PENGATURAN;
const bungkus = (isiXml: string) => `<pengaturan xmlns="${NS}">${isiXml}</pengaturan>`;

describe("settings XML: writing and reading back", () => {
  it("round-trips every field", () => {
    const p = isi();
    p.kertas = "F4";
    p.tahun = 2027;
    expect(pengaturanDariXml(pengaturanKeXml(p), 2020)).toEqual({ kind: "ok", pengaturan: p, peringatan: [] });
  });

  it("round-trips & < > \" ' and other awkward text, in elements and in attributes", () => {
    const p: Pengaturan = isi();
    p.instansi.alamat = `Jl. "Merdeka" <5> & 'Pahlawan' ]]> &amp; <!-- x --> RT 01/RW 02\r\nKalipare\tMalang`;
    p.camat.nama = "  Drs. O'Neil & Rekan  ";
    p.skala = { nama: `Skala "A" & <B>`, pita: [{ nama: `Baik "sekali" & <top>\n'x'`, batasBawah: 80.5, warna: "#00FF00" }, { nama: "Kurang", batasBawah: null, warna: "#ff0000" }] };
    const xml = pengaturanKeXml(p);
    expect(xml).not.toContain("<5>");
    expect(pengaturanDariXml(xml, 2020)).toEqual({ kind: "ok", pengaturan: p, peringatan: [] });
  });

  it("drops characters XML 1.0 cannot carry (Word's soft line break) instead of writing a broken part", () => {
    const p = isi();
    p.instansi.alamat = "Jl. Raya\u000BKalipare\u0000";
    p.camat.nama = "Budi 😀";
    const back = pengaturanDariXml(pengaturanKeXml(p), 2020);
    expect(back).toMatchObject({ kind: "ok", pengaturan: { instansi: { alamat: "Jl. RayaKalipare" }, camat: { nama: "Budi 😀" } } });
  });

  it("reads a part written by another tool: declaration, comments, CDATA, a namespace prefix, single quotes", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- disunting manual -->
<e:pengaturan xmlns:e='${NS}'>
  <e:instansi><e:kabupaten><![CDATA[Kab. <Malang> & sekitarnya]]></e:kabupaten><e:kecamatan>Kali&#112;are</e:kecamatan><e:alamat/></e:instansi>
  <e:camat><e:nama>Budi</e:nama><e:nip>19700101 199003 1 001</e:nip></e:camat>
  <e:sekcam><e:nama>Siti</e:nama><e:nip></e:nip></e:sekcam>
  <e:tahun> 2025 </e:tahun><e:kertas>F4</e:kertas><e:catatan-masa-depan>diabaikan</e:catatan-masa-depan>
  <e:skala nama='Kustom'><e:pita nama='Baik' batas-bawah='70' warna='#00AA00'/><e:pita nama='Kurang' warna='#AA0000'></e:pita></e:skala>
</e:pengaturan>`;
    const r = pengaturanDariXml(xml, 2030);
    expect(r).toEqual({
      kind: "ok",
      peringatan: [],
      pengaturan: {
        instansi: { kabupaten: "Kab. <Malang> & sekitarnya", kecamatan: "Kalipare", alamat: "" },
        camat: { nama: "Budi", nip: "19700101 199003 1 001" },
        sekcam: { nama: "Siti", nip: "" },
        tahun: 2025,
        kertas: "F4",
        skala: { nama: "Kustom", pita: [{ nama: "Baik", batasBawah: 70, warna: "#00AA00" }, { nama: "Kurang", batasBawah: null, warna: "#AA0000" }] },
      },
    });
  });
});

describe("settings XML: partial and damaged parts", () => {
  it("fills what is missing with defaults and names it", () => {
    const r = pengaturanDariXml(bungkus("<instansi><kabupaten>Malang</kabupaten></instansi><tahun>dua ribu</tahun><kertas>B5</kertas>"), 2030);
    expect(r.kind).toBe("ok");
    if (r.kind !== "ok") return;
    expect(r.pengaturan).toEqual({ ...pengaturanAwal(2030), instansi: { kabupaten: "Malang", kecamatan: "", alamat: "" } });
    expect(r.peringatan).toEqual(
      expect.arrayContaining([
        { field: "instansi.kecamatan", kind: "tidak-ada" },
        { field: "camat.nama", kind: "tidak-ada" },
        { field: "tahun", kind: "tidak-valid" },
        { field: "kertas", kind: "tidak-valid" },
        { field: "skala", kind: "tidak-ada" },
      ]),
    );
    expect(r.peringatan).not.toContainEqual(expect.objectContaining({ field: "instansi.kabupaten" }));
  });

  it.each([
    ["a colour that is not #RRGGBB", `<pita nama="A" batas-bawah="50" warna="hijau"/><pita nama="B" warna="#000000"/>`],
    ["a lower bound that is not a number", `<pita nama="A" batas-bawah="lima puluh" warna="#00FF00"/><pita nama="B" warna="#000000"/>`],
    ["a band without a name", `<pita batas-bawah="50" warna="#00FF00"/><pita nama="B" warna="#000000"/>`],
    ["no band at all", ""],
  ])("replaces the whole scale when it has %s", (_label, pita) => {
    const r = pengaturanDariXml(bungkus(`<skala nama="x">${pita}</skala>`), 2026);
    expect(r).toMatchObject({ kind: "ok", pengaturan: { skala: pengaturanAwal(2026).skala } });
    if (r.kind === "ok") expect(r.peringatan).toContainEqual({ field: "skala", kind: "tidak-valid" });
  });

  it.each([
    ["", "kosong"],
    ["   \n", "kosong"],
    ["bukan xml sama sekali", "isi-di-luar-akar"],
    [`<pengaturan xmlns="${NS}"><instansi><kabupaten>Malang</kabupaten>`, "tidak-lengkap"],
    [`<pengaturan xmlns="${NS}"><instansi></camat></pengaturan>`, "tag-tidak-cocok"],
    [`<pengaturan xmlns="${NS}"><tahun>2026</tahun`, "tidak-lengkap"],
    [`<pengaturan xmlns="${NS}"><nama>A & B</nama></pengaturan>`, "entitas-tidak-dikenal"],
    [`<pengaturan xmlns="${NS}"><nama>&nbsp;</nama></pengaturan>`, "entitas-tidak-dikenal"],
    [`<pengaturan xmlns="${NS}"><nama>&#0;</nama></pengaturan>`, "entitas-tidak-dikenal"],
    [`<pengaturan xmlns="${NS}" xmlns="${NS}"/>`, "atribut-tidak-valid"],
    [`<pengaturan xmlns="${NS}"><skala nama="a"b="c"/></pengaturan>`, "atribut-tidak-valid"],
    [`<!DOCTYPE x [<!ENTITY e "boom">]><pengaturan xmlns="${NS}"/>`, "doctype"],
    [`<pengaturan xmlns="${NS}"/><pengaturan xmlns="${NS}"/>`, "isi-di-luar-akar"],
    [`<pengaturan xmlns="${NS}"><1tahun/></pengaturan>`, "nama-tidak-valid"],
    [`<pengaturan xmlns="${NS}"><!-- tanpa akhir </pengaturan>`, "tidak-lengkap"],
  ])("reports %j as damaged (%s) without throwing", (xml, alasan) => {
    expect(pengaturanDariXml(xml, 2026)).toMatchObject({ kind: "rusak", alasan });
  });

  it("refuses XML that is not Evapor's settings: another root, another namespace, no namespace", () => {
    for (const xml of [`<lain xmlns="${NS}"/>`, `<pengaturan xmlns="urn:evapor:pengaturan:v2"/>`, "<pengaturan/>", `<x:pengaturan xmlns="${NS}"/>`]) {
      expect(pengaturanDariXml(xml, 2026)).toEqual({ kind: "rusak", alasan: "bukan-pengaturan-evapor", posisi: 0 });
    }
  });

  it("says where the damage is, for the console", () => {
    const xml = `<pengaturan xmlns="${NS}"><instansi></camat></pengaturan>`;
    expect(pengaturanDariXml(xml, 2026)).toEqual({ kind: "rusak", alasan: "tag-tidak-cocok", posisi: xml.indexOf("</camat>") });
  });
});
