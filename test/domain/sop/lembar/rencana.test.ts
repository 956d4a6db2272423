/** The SOP sheet plan: header spans, column numbers, shapes, labels, total, pages, print titles. */
import { alamatKotak, namaLembarSah, type RencanaLembar } from "../../../../src/domain/lembar/rencana";
import { formatTotalWaktu, layoutFlowchart, PUSTAKA_SOP, totalWaktu, type Sop } from "../../../../src/domain/sop";
import { namaLembarSop, rencanaLembarSop } from "../../../../src/domain/sop/lembar";
import { mulberry32, sopAcak } from "../layout/acak";

const janapria = PUSTAKA_SOP.find((e) => e.id.startsWith("janapria"))?.sop as Sop;

function cari(r: RencanaLembar, teks: string): { baris: number; kolom: number } {
  for (const b of r.blok) {
    for (let i = 0; i < b.isi.length; i++) {
      const j = b.isi[i].indexOf(teks);
      if (j >= 0) return { baris: b.baris + i, kolom: b.kolom + j };
    }
  }
  throw new Error(`tidak ada ${teks}`);
}
const baris = (r: RencanaLembar, i: number) => r.blok[0].isi[i];

describe("rencanaLembarSop", () => {
  const r = rencanaLembarSop(janapria, { kertas: "A4" });
  const n = janapria.pelaksana.length;
  const no = cari(r, "NO");

  it("spans PELAKSANA over one column per role and MUTU BAKU over three", () => {
    const gabung = (r.gabung ?? []).map(alamatKotak);
    const pel = cari(r, "PELAKSANA"), mutu = cari(r, "MUTU BAKU");
    expect(pel).toEqual({ baris: no.baris, kolom: 2 });
    expect(gabung).toContain(alamatKotak({ baris: no.baris, kolom: 2, jumlahBaris: 1, jumlahKolom: n }));
    expect(mutu.kolom).toBe(2 + n);
    expect(gabung).toContain(alamatKotak({ baris: no.baris, kolom: 2 + n, jumlahBaris: 1, jumlahKolom: 3 }));
    expect(baris(r, no.baris + 1).slice(2, 2 + n + 3)).toEqual([...janapria.pelaksana, "KELENGKAPAN", "WAKTU", "OUTPUT"]);
  });

  it("numbers the columns 1, 2, … under the header", () => {
    expect(baris(r, no.baris + 2).slice(0, n + 6)).toEqual(Array.from({ length: n + 6 }, (_, i) => i + 1));
  });

  it("draws one shape per step plus the connectors, with a line per arrow and Ya / Tidak labels", () => {
    const tata = layoutFlowchart(janapria, { kertas: "A4" });
    const simbol = (r.bentuk ?? []).filter((b) => b.jenis !== "konektor-halaman");
    expect(simbol).toHaveLength(janapria.langkah.length);
    expect((r.bentuk ?? []).filter((b) => b.jenis === "konektor-halaman")).toHaveLength(tata.halaman.flatMap((h) => h.konektor).length);
    expect(r.garis).toHaveLength(tata.halaman.flatMap((h) => h.panah).length);
    expect((r.garis ?? []).every((g) => g.panah)).toBe(true);
    const label = (r.label ?? []).map((l) => l.teks).sort();
    expect(label).toEqual(["Tidak", "Ya"]);
  });

  it("places each symbol inside its pelaksana column and step row", () => {
    const x0 = (c: number) => r.lebarKolom.slice(0, c).reduce((a, b) => a + b, 0);
    const tinggi = new Map((r.tinggiBaris ?? []).map((t) => [t.baris, t.tinggi]));
    const y0 = (b: number) => Array.from({ length: b }, (_, i) => tinggi.get(i) ?? 15).reduce((a, h) => a + h, 0);
    janapria.langkah.forEach((l, i) => {
      const s = (r.bentuk ?? []).find((b) => b.id === `simbol:${l.id}`);
      const rb = cari(r, `langkah ${JSON.stringify({ id: l.id, jenis: l.jenis, pelaksana: l.pelaksana, periksa: l.perluDiperiksa, ...(l.cabang ? { cabang: l.cabang } : {}) })}`).baris;
      expect(baris(r, rb)[0]).toBe(i + 1);
      const a = Math.min(...l.pelaksana), b = Math.max(...l.pelaksana);
      expect(s).toBeDefined();
      if (!s) return;
      expect(s.x).toBeGreaterThanOrEqual(x0(2 + a));
      expect(s.x + s.lebar).toBeLessThanOrEqual(x0(3 + b));
      expect(s.y).toBeGreaterThanOrEqual(y0(rb));
      expect(s.y + s.tinggi).toBeLessThanOrEqual(y0(rb + 1));
    });
  });

  it("ends with the total of WAKTU", () => {
    const t = cari(r, "JUMLAH WAKTU");
    expect(baris(r, t.baris)[2 + n + 1]).toBe(formatTotalWaktu(totalWaktu(janapria.langkah)));
    expect(r.blok[0].isi).toHaveLength(t.baris + 1);
  });

  it("prints landscape, one page wide, header rows repeated, a break before the table", () => {
    expect(r.halaman).toMatchObject({ orientasi: "lanskap", kertas: "A4", satuHalamanLebar: true, judulCetak: { dari: no.baris, sampai: no.baris + 2 } });
    expect(r.halaman.pemisahHalaman?.[0]).toBe(no.baris);
    expect(r.halaman.areaCetak).toMatchObject({ baris: 0, kolom: 0, jumlahKolom: n + 6 });
  });

  it("breaks pages exactly where the layout does, for a long SOP on F4", () => {
    const sop = sopAcak(mulberry32(7), { langkah: 40, pelaksana: 4, keputusan: 0.2, bersama: 0.1 });
    const rr = rencanaLembarSop(sop, { kertas: "F4" });
    const tata = layoutFlowchart(sop, { kertas: "F4" });
    const awal = cari(rr, "NO").baris;
    expect(rr.halaman.kertas).toBe("F4");
    expect(rr.halaman.pemisahHalaman).toEqual([awal, ...tata.halaman.slice(1).map((h) => awal + h.baris[0].indeks)]);
    expect(tata.halaman.length).toBeGreaterThan(1);
    const huruf = (rr.bentuk ?? []).filter((b) => b.jenis === "konektor-halaman").map((b) => b.teks);
    for (const h of new Set(huruf)) expect(huruf.filter((x) => x === h).length).toBeGreaterThanOrEqual(2);
  });

  it("uses the given institution lines when the SOP has none", () => {
    const sop: Sop = { ...janapria, identitas: { ...janapria.identitas, instansi: [] } };
    const rr = rencanaLembarSop(sop, { kertas: "A4", instansi: "PEMERINTAH KABUPATEN X\nKECAMATAN Y" });
    expect(cari(rr, "PEMERINTAH KABUPATEN X\nKECAMATAN Y")).toEqual({ baris: 1, kolom: 0 });
  });
});

describe("the identity block on page 1", () => {
  const r = rencanaLembarSop(janapria, { kertas: "A4" });
  const id = janapria.identitas;
  it("lists the identity fields with their labels, Disahkan oleh over four rows", () => {
    for (const label of ["Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif", "Disahkan oleh", "Nama SOP"]) {
      const c = cari(r, label);
      expect(c.baris).toBeGreaterThan(0);
    }
    const d = cari(r, "Disahkan oleh");
    expect(r.gabung).toContainEqual({ baris: d.baris, kolom: d.kolom, jumlahBaris: 4, jumlahKolom: janapria.pelaksana.length });
    const nilai = (label: string) => baris(r, cari(r, label).baris)[2 + janapria.pelaksana.length];
    expect(nilai("Nomor SOP")).toBe(id.nomor);
    expect(nilai("Nama SOP")).toBe(id.nama);
    expect(nilai("Disahkan oleh")).toBe(id.disahkanOleh.jabatan);
    expect(baris(r, d.baris + 3)[2 + janapria.pelaksana.length]).toBe(`NIP. ${id.disahkanOleh.nip}`);
    expect(cari(r, id.instansi.join("\n"))).toEqual({ baris: 1, kolom: 0 });
  });

  it("numbers the two-column lists and puts the table after a page break", () => {
    const h = cari(r, "DASAR HUKUM");
    const k = cari(r, "KUALIFIKASI PELAKSANA");
    expect(h.baris).toBe(k.baris);
    id.dasarHukum.forEach((teks, i) => {
      expect(baris(r, h.baris + 1 + i).slice(0, 2)).toEqual([i + 1, teks]);
    });
    const nomor = (r.gaya ?? []).find((g) => g.kotak.baris === h.baris + 1 && g.kotak.kolom === 0 && g.gaya.formatAngka !== undefined);
    expect(nomor?.gaya.formatAngka).toBe('0"."');
    for (const judul of ["KETERKAITAN", "PERALATAN / PERLENGKAPAN", "PERINGATAN", "PENCATATAN DAN PENDATAAN"]) expect(cari(r, judul).baris).toBeLessThan(cari(r, "NO").baris);
    expect(r.halaman.pemisahHalaman?.[0]).toBe(cari(r, "NO").baris);
  });
});

describe("namaLembarSop", () => {
  it.each(PUSTAKA_SOP.map((e, i) => [e.id, e.sop, i + 1] as const))("%s gives a valid name", (_id, sop, i) => {
    const nama = namaLembarSop(sop, i);
    expect(namaLembarSah(nama)).toBe(true);
    expect(nama.startsWith(`SOP ${String(i).padStart(2, "0")}`)).toBe(true);
  });
  it("cleans forbidden characters and keeps 31 characters at most", () => {
    const sop: Sop = { ...janapria, identitas: { ...janapria.identitas, nama: "EVALUASI [DATA] KINERJA: TRIWULAN / TAHUNAN KECAMATAN" } };
    const nama = namaLembarSop(sop);
    expect(nama.length).toBeLessThanOrEqual(31);
    expect(nama).toBe("SOP Evaluasi Data Kinerja");
    expect(namaLembarSop({ ...sop, identitas: { ...sop.identitas, nama: "" } })).toBe("SOP");
  });
});
