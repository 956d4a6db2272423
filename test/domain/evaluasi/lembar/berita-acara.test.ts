import { orangYangSama, rencanaBeritaAcara, nipTeks, LEBAR_KOLOM_BA, type MasukanRencanaBeritaAcara } from "../../../../src/domain/evaluasi/lembar/berita-acara";
import { jumlahBarisCetak, tinggiTeks } from "../../../../src/domain/evaluasi/lembar/teks-cetak";
import { pengaturanAwal, type Pengaturan } from "../../../../src/domain/pengaturan/model";
import { namaLembarSah, type IsiSel, type RencanaLembar } from "../../../../src/domain/lembar/rencana";

const pengaturan: Pengaturan = {
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "Jl. Raya Kalipare No. 1" },
  camat: { nama: "Drs. Hadi Prasetyo, M.Si", nip: "197203151993031004" },
  sekcam: { nama: "Sri Wahyuni, S.Sos", nip: "" },
  kertas: "F4",
};
const masukan: MasukanRencanaBeritaAcara = {
  tahun: 2026, tw: 1, tanggal: { tahun: 2024, bulan: 1, hari: 22 }, tempat: "Aula", nomor: "700/1",
  tim: [{ nama: "A", jabatan: "Ketua" }], ketuaTim: { nama: "A" }, tindakLanjut: [], pengaturan,
  ringkasan: [{ label: "Jumlah indikator dievaluasi", alamat: "C6" }, { label: "Rata-rata capaian (%)", alamat: "C12" }],
};

const semua = (r: RencanaLembar): IsiSel[] => r.blok.flatMap((b) => b.isi.flat());
const cari = (r: RencanaLembar, awal: string): { baris: number; teks: string } => {
  const isi = r.blok[0].isi;
  for (const [i, b] of isi.entries()) for (const v of b) if (typeof v === "string" && v.startsWith(awal)) return { baris: i, teks: v };
  throw new Error(`not found: ${awal}`);
};

describe("rencanaBeritaAcara", () => {
  it("is a portrait page one page wide on the office's paper, named within Excel's limits", () => {
    const r = rencanaBeritaAcara(masukan);
    expect(r.nama).toBe("BA Evaluasi TW I 2026");
    expect(namaLembarSah(r.nama)).toBe(true);
    expect(r.halaman).toMatchObject({ orientasi: "potret", kertas: "F4", satuHalamanLebar: true, satuHalamanTinggi: true });
    expect(r.halaman.areaCetak?.jumlahBaris).toBe(r.blok[0].isi.length);
    // The page's printable width (A4 portrait with 0.7 in margins is about 495 pt).
    expect(LEBAR_KOLOM_BA.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(495);
  });

  it("spells the date in words and names the period", () => {
    const r = rencanaBeritaAcara(masukan);
    expect(cari(r, "Pada hari ini").teks).toMatch(/^Pada hari ini Senin tanggal dua puluh dua bulan Januari tahun dua ribu dua puluh empat, bertempat di Aula, /);
    expect(semua(r)).toContain("TRIWULAN I TAHUN 2026");
  });

  it("links each result to the evaluation summary cell", () => {
    const r = rencanaBeritaAcara(masukan);
    expect(semua(r)).toEqual(expect.arrayContaining([{ rumus: "='Evaluasi TW I 2026'!C6" }, { rumus: "='Evaluasi TW I 2026'!C12" }]));
    const rata = cari(r, "Rata-rata capaian").baris;
    expect(r.gaya?.find((g) => g.kotak.baris === rata && g.kotak.kolom === 3)?.gaya.formatAngka).toBe("0.00");
  });

  it("signs with the Ketua Tim, the Sekcam and the Camat, NIP grouped or a dash", () => {
    const r = rencanaBeritaAcara(masukan);
    expect(semua(r)).toEqual(expect.arrayContaining(["NIP. 19720315 199303 1 004", "NIP. -", "Drs. Hadi Prasetyo, M.Si", "Sri Wahyuni, S.Sos", "Camat Kalipare,", "Kalipare, 22 Januari 2024"]));
    expect(nipTeks(" 197808122005012011 ")).toBe("NIP. 19780812 200501 2 011");
    expect(cari(r, "-").teks).toBe("-");
  });

  it("gives every merged paragraph a height that fits its text", () => {
    const panjang = Array.from({ length: 30 }, (_, i) => `Rekomendasi tindak lanjut nomor ${i} yang panjang`).join(" ");
    const r = rencanaBeritaAcara({ ...masukan, tindakLanjut: [panjang] });
    const b = cari(r, "Rekomendasi tindak").baris;
    expect(r.tinggiBaris?.find((t) => t.baris === b)?.tinggi).toBe(tinggiTeks(panjang, 450));
    expect(r.gabung).toEqual(expect.arrayContaining([{ baris: b, kolom: 1, jumlahBaris: 1, jumlahKolom: 3 }]));
  });
});

it("prints the kop and the Camat's title once with \"Kecamatan\" typed in the settings", () => {
  const r = rencanaBeritaAcara({ ...masukan, pengaturan: { ...pengaturan, instansi: { ...pengaturan.instansi, kecamatan: "kecamatan Kalipare" } } });
  expect(semua(r).slice(0, 8)).toEqual(expect.arrayContaining(["PEMERINTAH KABUPATEN MALANG", "KECAMATAN KALIPARE"]));
  expect(semua(r)).toEqual(expect.arrayContaining(["Camat Kalipare,", "Kalipare, 22 Januari 2024"]));
});

describe("teks cetak", () => {
  it("counts wrapped lines, breaks and over-long words", () => {
    expect(jumlahBarisCetak("", 100)).toBe(1);
    expect(jumlahBarisCetak("pendek", 480)).toBe(1);
    expect(jumlahBarisCetak("a\nb", 480)).toBe(2);
    expect(jumlahBarisCetak("x".repeat(200), 100)).toBeGreaterThan(10);
    expect(jumlahBarisCetak(Array(100).fill("kata").join(" "), 480)).toBe(Math.ceil((100 * 5 - 1) / Math.floor(474 / 6.05)));
    expect(tinggiTeks("satu", 480)).toBe(18);
  });

  it("signs Ketua Tim and Sekcam side by side when they are two people, once when the Sekcam chairs the Tim", () => {
    const teks = (r: ReturnType<typeof rencanaBeritaAcara>) => r.blok.flatMap((b) => b.isi.flat()).filter((v): v is string => typeof v === "string");
    const dua = teks(rencanaBeritaAcara(masukan));
    expect(dua).toEqual(expect.arrayContaining(["Ketua Tim Evaluasi,", "Sekretaris Camat,", "A", "Sri Wahyuni, S.Sos"]));
    const satu = teks(rencanaBeritaAcara({ ...masukan, ketuaTim: { nama: "  sri wahyuni,  S.Sos " } }));
    expect(satu).toEqual(expect.arrayContaining(["Sekretaris Camat", "selaku Ketua Tim Evaluasi,"]));
    expect(satu).not.toContain("Ketua Tim Evaluasi,");
    expect(satu.filter((v) => v === "Sri Wahyuni, S.Sos")).toHaveLength(1);
  });

  it.each([
    [{ nama: "A", nip: "1978 0812" }, { nama: "B", nip: "19780812" }, true],
    [{ nama: "Sri", nip: "1" }, { nama: "Sri", nip: "2" }, false],
    [{ nama: "Sri  Wahyuni" }, { nama: "sri wahyuni", nip: "2" }, true],
    [{ nama: "" }, { nama: "" }, false],
  ])("orangYangSama(%o, %o) = %s", (a, b, sama) => {
    expect(orangYangSama(a, b)).toBe(sama);
  });
});
