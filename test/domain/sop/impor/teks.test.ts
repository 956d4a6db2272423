/** The text layer: rows and cells, HTML to text, list items. */
import { pecahBernomor, pecahDaftar } from "../../../../src/domain/sop/impor/daftar";
import { decodeEntitas, htmlKeTeks, pecahBaris, segmenHtml } from "../../../../src/domain/sop/impor/teks";

describe("pecahBaris", () => {
  it("splits rows at newlines and cells at tabs, numbering lines from 1", () => {
    expect(pecahBaris("a\tb\r\nc").map((b) => [b.no, b.sel])).toEqual([[1, ["a", "b"]], [2, ["c"]]]);
  });

  it("keeps a quoted multi-line cell in one row and counts its lines", () => {
    const rows = pecahBaris('1\t"baris satu\nbaris ""dua"""\tx\n2\ty');
    expect(rows.map((b) => [b.no, b.sel])).toEqual([[1, ["1", "baris satu\nbaris \"dua\"", "x"]], [3, ["2", "y"]]]);
  });

  it("takes a lone quote literally when it does not close a cell", () => {
    expect(pecahBaris('"Kegiatan" adalah\tx').map((b) => b.sel)).toEqual([['"Kegiatan" adalah', "x"]]);
  });

  it("joins an HTML list that spans lines into one row, and later rows keep their line numbers", () => {
    const rows = pecahBaris("<ol>\n<li>A</li>\n<li>B</li>\n</ol>\tkanan\nsesudah");
    expect(rows.map((b) => [b.no, b.sel])).toEqual([[1, ["A\nB", "kanan"]], [5, ["sesudah"]]]);
  });

  it("does not join an unclosed list (seed 001 writes <ol> without </ol>)", () => {
    expect(pecahBaris("<ol>1. A;2. B\nberikut").map((b) => b.no)).toEqual([1, 2]);
  });

  it("drops scanner watermarks and bare links", () => {
    expect(pecahBaris("Dipindai dengan CamScanner\nhttps://v3.camscanner.com/user/download\nisi").map((b) => b.sel)).toEqual([["isi"]]);
  });
});

describe("HTML", () => {
  it("turns block tags into lines and drops inline tags", () => {
    expect(htmlKeTeks('<p style="text-align: center;"><b>PEMERINTAH</b></p> <p><u>KANTOR</u></p>')).toBe("PEMERINTAH\nKANTOR");
    expect(htmlKeTeks("a<br>b<br/>c")).toBe("a\nb\nc");
    expect(htmlKeTeks("**Prosedur X**")).toBe("Prosedur X");
  });

  it("leaves a '<' that is not a tag", () => {
    expect(htmlKeTeks("nilai < 5 dan > 3")).toBe("nilai < 5 dan > 3");
  });

  it("decodes named and numeric entities, leaving unknown ones", () => {
    expect(decodeEntitas("&amp; &lt; &nbsp;&#8211;&#x2013;&bogus; &#99999999;")).toBe("& <  ––&bogus; &#99999999;");
  });

  it("keeps bold and underline runs apart as segments", () => {
    expect(segmenHtml("<b>CAMAT</b>  <b><u>NAMA</u></b> <b>PEMBINA</b> NIP. 1")).toEqual(["CAMAT", "NAMA", "PEMBINA", "NIP. 1"]);
  });
});

describe("list items", () => {
  it("splits inline numbering only where the sequence continues", () => {
    expect(pecahBernomor("1. Perpres nomor 29 Tahun 2014 2. Permenpan nomor 53")).toEqual(["Perpres nomor 29 Tahun 2014 ", "Permenpan nomor 53"]);
    expect(pecahBernomor("1. Biaya Rp 3.500 2. ATK")).toEqual(["Biaya Rp 3.500 ", "ATK"]);
    expect(pecahBernomor("Tanpa nomor 2. di tengah")).toEqual(["Tanpa nomor 2. di tengah"]);
  });

  it("handles ';' separators, <li> lines with their own numbers, bullets and '-' for none", () => {
    expect(pecahDaftar("1. A;2. B;3.C")).toEqual(["A", "B", "C"]);
    expect(pecahDaftar("1. A\n2. B")).toEqual(["A", "B"]);
    expect(pecahDaftar("• Disimpan sebagai data")).toEqual(["Disimpan sebagai data"]);
    expect(pecahDaftar("- Evaluasi yang baik")).toEqual(["Evaluasi yang baik"]);
    expect(pecahDaftar("-")).toEqual([]);
  });
});
