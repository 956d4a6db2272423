/** parseSopText on constructed texts: HTML, restarts, identity placement, decisions, plain lists. */
import { parseSopText } from "../../../../src/domain/sop";

const T = "\t";
const baris = (...sel: string[]): string => sel.join(T);
const KEPALA = [
  baris("No.", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan"),
  baris("", "", "Camat", "Sekcam", "Sub. Evapor", "Kelengkapan", "Waktu", "Output", ""),
];
const langkah = (no: string, kegiatan: string, simbol: [string, string, string] = ["", "", ""], waktu = "15 menit"): string =>
  baris(no, kegiatan, ...simbol, "Berkas", waktu, "Hasil", "");

describe("HTML fragments", () => {
  it("reads <p>, <br>, <b>, entities in cells and <ol><li> lists spanning several lines", () => {
    const teks = [
      ...KEPALA,
      langkah("1", "<p>Menyiapkan <b>bahan</b> &amp; data</p>", ["", "", "○"]),
      langkah("2", "Melaporkan<br>kepada&nbsp;Camat", ["", "", "□"]),
      langkah("3", "Menandatangani &quot;laporan&quot; &#8211; final", ["○", "", ""]),
      "",
      baris("<p><b>PEMERINTAH KABUPATEN MALANG</b></p> <p><b>KANTOR KECAMATAN KALIPARE</b></p>", "Nomor SOP", "070/1/2024"),
      baris("", "Nama SOP", "<b>Uji HTML</b>"),
      baris("<b>Dasar Hukum</b>", "<b>Kualifikasi pelaksana</b>"),
      '<ol style="list-style-type: none">',
      "<li>1. Peraturan A</li>",
      "<li>2. Peraturan B &amp; C</li>",
      baris("</ol>", "<ol>"),
      "<li>Mampu mengoperasikan komputer</li>",
      "</ol>",
      baris("Peringatan", "Pencatatan dan pendataan"),
      baris("-", "Arsip"),
    ].join("\n");
    const { sops } = parseSopText(teks);
    expect(sops).toHaveLength(1);
    const [sop] = sops;
    expect(sop.langkah.map((l) => l.kegiatan)).toEqual([
      "Menyiapkan bahan & data",
      "Melaporkan kepada Camat",
      'Menandatangani "laporan" – final',
    ]);
    expect(sop.identitas.instansi).toEqual(["PEMERINTAH KABUPATEN MALANG", "KANTOR KECAMATAN KALIPARE"]);
    expect(sop.identitas.nama).toBe("Uji HTML");
    expect(sop.identitas.dasarHukum).toEqual(["Peraturan A", "Peraturan B & C"]);
    expect(sop.identitas.kualifikasiPelaksana).toEqual(["Mampu mengoperasikan komputer"]);
    expect(sop.identitas.peringatan).toEqual([]);
    expect(sop.identitas.pencatatanPendataan).toEqual(["Arsip"]);
  });

  it("joins an Excel-quoted cell that spans lines", () => {
    const teks = [...KEPALA, langkah("1", '"Menyiapkan bahan\nrapat evaluasi"'), baris("2", "Camat menyetujui", "", "", "", "x", "y", "z", "")].join("\n");
    const { sops } = parseSopText(teks);
    expect(sops[0].langkah[0].kegiatan).toBe("Menyiapkan bahan rapat evaluasi");
    expect(sops[0].langkah[1].kegiatan).toBe("Camat menyetujui");
  });
});

describe("numbering that restarts", () => {
  it("starts a new procedure when there are no symbols at all", () => {
    const teks = [...KEPALA, langkah("1", "Camat memerintahkan"), langkah("2", "Sekcam menyusun"), langkah("1", "Camat menugaskan"), langkah("2", "Sekcam melaporkan")].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(sops.map((s) => s.langkah.length)).toEqual([2, 2]);
    expect(peringatan.find((w) => w.jenis === "penomoran-ulang")).toEqual({ jenis: "penomoran-ulang", baris: 5, detail: "prosedur-baru", sop: 1 });
    expect(sops[1].pelaksana).toEqual(["Camat", "Sekcam", "Sub. Evapor"]);
  });

  it("starts a new procedure when the previous step ends and the new one starts with a terminator", () => {
    const teks = [...KEPALA, langkah("1", "A", ["○", "", ""]), langkah("2", "B", ["", "○", ""]), langkah("1", "C", ["", "", "○"]), langkah("2", "D", ["○", "", ""])].join("\n");
    expect(parseSopText(teks).sops.map((s) => s.langkah.map((l) => l.kegiatan))).toEqual([["A", "B"], ["C", "D"]]);
  });

  it("continues the same procedure when the symbols show the flow goes on", () => {
    const teks = [...KEPALA, langkah("1", "A", ["○", "", ""]), langkah("2", "B", ["", "□", ""]), langkah("1", "C", ["", "", "□"]), langkah("2", "D", ["○", "", ""])].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(sops.map((s) => s.langkah.map((l) => l.jenis))).toEqual([["mulai", "proses", "proses", "selesai"]]);
    expect(peringatan.map((w) => [w.jenis, w.detail])).toEqual([["tanpa-identitas", undefined], ["penomoran-ulang", "lanjut"]]);
  });

  it("warns about a number out of sequence without splitting", () => {
    const teks = [...KEPALA, langkah("1", "A"), langkah("3", "B"), langkah("4", "C")].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(sops[0].langkah).toHaveLength(3);
    expect(peringatan.filter((w) => w.jenis === "nomor-tidak-urut").map((w) => w.baris)).toEqual([4]);
  });
});

describe("identity blocks and several procedures", () => {
  const identitas = (nama: string, nomor: string): string =>
    [baris("KECAMATAN CONTOH", "Nomor SOP", nomor), baris("", "Nama SOP", nama), baris("Peringatan", "Pencatatan dan pendataan"), baris("Tidak ada", "Arsip")].join("\n");
  const tabel = (judul: string, kegiatan: string): string => [judul, "", ...KEPALA, langkah("1", kegiatan), langkah("2", "Mengarsipkan")].join("\n");

  it("pairs by name whatever the order, before or after the tables", () => {
    const teks = [identitas("Pengumpulan Data Siskamling", "2"), "", tabel("Prosedur Pengumpulan Data Musrenbangcam", "Camat A"), "", tabel("Prosedur Pengumpulan Data Siskamling", "Camat B"), "", identitas("Pengumpulan Data Musrenbangcam", "1")].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(sops.map((s) => [s.identitas.nama, s.identitas.nomor, s.langkah[0].kegiatan])).toEqual([
      ["Pengumpulan Data Musrenbangcam", "1", "Camat A"],
      ["Pengumpulan Data Siskamling", "2", "Camat B"],
    ]);
    expect(sops[0].identitas.instansi).toEqual(["KECAMATAN CONTOH"]);
    expect(sops[0].identitas.peringatan).toEqual(["Tidak ada"]);
    expect(peringatan).toEqual([]);
  });

  it("names a procedure without identity after its title, and keeps an identity without a table", () => {
    const teks = [tabel("Prosedur Uji", "Camat A"), "", identitas("Lain Sama Sekali", "9"), "", identitas("Lain Lagi", "10")].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(sops.map((s) => [s.identitas.nama, s.langkah.length])).toEqual([["Lain Sama Sekali", 2], ["Lain Lagi", 0]]);
    expect(peringatan.map((w) => w.jenis)).toEqual(["identitas-tanpa-prosedur"]);
    const sendiri = parseSopText(tabel("Prosedur Uji", "Camat A"));
    expect(sendiri.sops[0].identitas.nama).toBe("Prosedur Uji");
    expect(sendiri.peringatan.map((w) => w.jenis)).toEqual(["tanpa-identitas"]);
  });

  it("reads Disahkan oleh in its three written forms", () => {
    const satu = (isi: string): unknown => parseSopText([baris("", "Disahkan oleh", isi), baris("", "Nama SOP", "X")].join("\n")).sops[0].identitas.disahkanOleh;
    expect(satu("<p>CAMAT KALIPARE</p> <p><u>NEPO MARIS, S'Pd, MM</u> PEMBINA NIP. 19631116 199010 2 002</p>")).toEqual({ jabatan: "CAMAT KALIPARE", nama: "NEPO MARIS, S'Pd, MM", pangkat: "PEMBINA", nip: "19631116 199010 2 002" });
    expect(satu(": Camat Janapria   SYAMSUN RIJAL, S.IP NIP. 19661231 198607 1 014")).toEqual({ jabatan: "Camat Janapria", nama: "SYAMSUN RIJAL, S.IP", pangkat: "", nip: "19661231 198607 1 014" });
    expect(satu("Camat Contoh BUDI SANTOSO, S.Sos Penata Tk. I (III/d) NIP 197001012000031001")).toEqual({ jabatan: "Camat Contoh", nama: "BUDI SANTOSO, S.Sos", pangkat: "Penata Tk. I (III/d)", nip: "197001012000031001" });
  });

  it("keeps grouped equipment ('Peralatan : 1. …') as one item per group", () => {
    const teks = [baris("", "Nama SOP", "X"), baris("Keterkaitan:", "", "Peralatan/Perlengkapan:", ""), baris("1", "SOP A", "Peralatan", ": 1. ATK"), baris("2", "SOP B", "", "2. Printer"), baris("", "", "Sarana", ": 1. Meja")].join("\n");
    const id = parseSopText(teks).sops[0].identitas;
    expect(id.keterkaitan).toEqual(["SOP A", "SOP B"]);
    expect(id.peralatanPerlengkapan).toEqual(["Peralatan: ATK; Printer", "Sarana: Meja"]);
  });
});

describe("decisions", () => {
  it("reads a question with 'jika tidak kembali ke langkah n' and sets the Tidak target by number", () => {
    const teks = [...KEPALA, langkah("1", "Sub. Evapor menyiapkan data"), langkah("2", "Sub. Evapor menyusun laporan"), langkah("3", "Sekcam memeriksa: apakah laporan sesuai? Jika tidak kembali ke langkah 2"), langkah("4", "Camat menandatangani")].join("\n");
    const l = parseSopText(teks).sops[0].langkah;
    expect(l.map((x) => x.jenis)).toEqual(["mulai", "proses", "keputusan", "selesai"]);
    expect(l[2].cabang).toEqual({ ya: null, tidak: l[1].id });
    expect(l[2].perluDiperiksa).toEqual([]);
  });

  it("takes the ◇ symbol as a decision and marks the branch it cannot find", () => {
    const teks = [...KEPALA, langkah("1", "A", ["○", "", ""]), langkah("2", "Memeriksa berkas", ["", "◇", ""]), langkah("3", "C", ["○", "", ""])].join("\n");
    const l = parseSopText(teks).sops[0].langkah[1];
    expect(l.jenis).toBe("keputusan");
    expect(l.cabang).toEqual({ ya: null, tidak: null });
    expect(l.perluDiperiksa).toEqual(["cabang"]);
  });

  it("does not take a plain condition ('jika terdapat …') for a decision", () => {
    const teks = [...KEPALA, langkah("1", "A"), langkah("2", "Menganalisa data. Jika terdapat permasalahan maka dikonsultasikan."), langkah("3", "C")].join("\n");
    expect(parseSopText(teks).sops[0].langkah[1].jenis).toBe("proses");
  });
});

describe("texts without a table", () => {
  it("reads a plain numbered list, with role columns from the roles it names", () => {
    const { sops, peringatan } = parseSopText("1. Sekcam menyiapkan bahan\n2. Sekcam melaporkan kepada Camat\n3. Camat menandatangani laporan");
    expect(sops[0].pelaksana).toEqual(["Camat", "Sekcam"]);
    expect(sops[0].langkah.map((l) => l.pelaksana)).toEqual([[1], [1], [0]]);
    expect(peringatan.map((w) => w.jenis)).toEqual(["tanpa-identitas"]);
  });

  it("warns when there is nothing to read", () => {
    expect(parseSopText("")).toEqual({ sops: [], peringatan: [{ jenis: "tanpa-prosedur", baris: 1 }] });
    expect(parseSopText("halo\napa kabar").peringatan.map((w) => w.jenis)).toEqual(["baris-diabaikan", "baris-diabaikan", "tanpa-prosedur"]);
  });

  it("reports text in a role column instead of taking it for a symbol", () => {
    const teks = [...KEPALA, langkah("1", "A", ["", "Sekcam memeriksa", ""])].join("\n");
    const { sops, peringatan } = parseSopText(teks);
    expect(peringatan.map((w) => [w.jenis, w.baris])).toContainEqual(["isi-kolom-pelaksana", 3]);
    expect(sops[0].langkah[0].perluDiperiksa).toEqual(["pelaksana"]);
  });

  it("spans adjacent columns for a joint activity marked in both", () => {
    const teks = [...KEPALA, langkah("1", "Rapat bersama", ["", "□", "□"])].join("\n");
    expect(parseSopText(teks).sops[0].langkah[0].pelaksana).toEqual([1, 2]);
  });
});

describe("garbage", () => {
  // A fixed pseudo-random sequence: the same inputs on every run.
  function acak(benih: number): () => number {
    let s = benih;
    return () => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return s / 0x7fffffff;
    };
  }
  const potongan = ["\t", "\n", "\r\n", " ", "<ol>", "<li>", "</p>", "&amp;", "&#99999999;", '"', "1.", "2", "○", "◇", "□", "Camat", "Sekcam", "jika tidak", "ke langkah 99", "Nomor SOP", "Dasar Hukum", "Kualifikasi pelaksana", "Mutu Baku", "Kegiatan", "Pelaksana", "NIP.", "?", ":", "•", "\u0000", "\uE000", "𝒳"];

  it("never throws and always returns lists, on 500 random texts", () => {
    const r = acak(42);
    for (let k = 0; k < 500; k++) {
      let teks = "";
      const n = Math.floor(r() * 120);
      for (let i = 0; i < n; i++) teks += r() < 0.6 ? potongan[Math.floor(r() * potongan.length)] : String.fromCharCode(Math.floor(r() * 0xd7ff));
      const hasil = parseSopText(teks);
      expect(Array.isArray(hasil.sops)).toBe(true);
      expect(Array.isArray(hasil.peringatan)).toBe(true);
      for (const sop of hasil.sops) for (const l of sop.langkah) expect(l.pelaksana.every((k) => k >= 0 && k < sop.pelaksana.length)).toBe(true);
    }
  });

  it("does not throw on a value that is not a string", () => {
    expect(parseSopText(undefined as unknown as string).sops).toEqual([]);
    expect(parseSopText(42 as unknown as string).sops).toEqual([]);
  });
});
