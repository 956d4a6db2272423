import { createExcelEmulator } from "../../../src/emulator";
import type { RencanaLembar } from "../../../src/domain/lembar/rencana";
import { terapkanRencana, terapkanRencanaBertahap } from "../../../src/excel/rencana/terapkan";
import { periksaNamaLembar } from "../../../src/excel/rencana/nama-lembar";

const dasar = (ubah: Partial<RencanaLembar> = {}): RencanaLembar => ({
  nama: "Uji",
  lebarKolom: [30, 120],
  blok: [{ baris: 0, kolom: 0, isi: [["No", "Nama", "Nilai"], [1, "=abc", 4], [2, "+62", { rumus: "C2*2" }]] }],
  halaman: { orientasi: "lanskap", kertas: "F4", satuHalamanLebar: true, judulCetak: { dari: 0, sampai: 0 }, pemisahHalaman: [2], tengahHorizontal: true, kaki: "Hal &P" },
  ...ubah,
});

async function terapkan(rencana: RencanaLembar) {
  const emu = createExcelEmulator();
  await emu.run(async (context) => {
    terapkanRencana(context, rencana, { aktifkan: true });
    await context.sync();
  });
  const sheet = emu.snapshot().sheets.find((s) => s.name === rencana.nama);
  if (!sheet) throw new Error("no sheet");
  return { emu, sheet };
}

const sel = (sheet: { cells: { row: number; col: number; computed: unknown; formula?: string }[] }, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe("terapkanRencana", () => {
  it("writes values, text that looks like a formula as text, and formulas, in one sync", async () => {
    const { emu, sheet } = await terapkan(dasar());
    expect(emu.lastRun()?.syncs).toBe(1);
    expect(sel(sheet, 1, 1)?.computed).toBe("=abc");
    expect(sel(sheet, 2, 1)?.computed).toBe("+62");
    expect(sel(sheet, 2, 2)?.formula).toBe("=C2*2");
    expect(sel(sheet, 2, 2)?.computed).toBe(8);
    expect(sheet.columnWidths[1]).toBeCloseTo(120, 0);
  });

  it("sets page layout: Folio, landscape, fit one page wide, print titles, breaks, footer", async () => {
    const { sheet } = await terapkan(dasar());
    const p = sheet.pageLayout;
    expect(p.paperSize).toBe("Folio");
    expect(p.orientation).toBe("Landscape");
    expect(p.zoom.horizontalFitToPages).toBe(1);
    expect(p.printTitleRows).toContain("$1:$1");
    expect(p.rowPageBreaks).toEqual([2]);
    expect(p.centerHorizontally).toBe(true);
    expect(p.centerFooter).toBe("Hal &P");
  });

  it("applies merges, styles, validation, conditional formats, table and freeze", async () => {
    const { sheet } = await terapkan(dasar({
      gabung: [{ baris: 5, kolom: 0, jumlahBaris: 1, jumlahKolom: 3 }],
      gaya: [{ kotak: { baris: 0, kolom: 0, jumlahBaris: 3, jumlahKolom: 3 }, gaya: { tebal: true, isi: "#FFFF00", rataHorizontal: "tengah", bingkai: { jenis: "semua", garis: "tipis" } } }],
      validasi: [{ kind: "daftar", kotak: { baris: 1, kolom: 1, jumlahBaris: 2, jumlahKolom: 1 }, pilihan: ["Ya", "Tidak"], pesan: "Pilih" }],
      formatBersyarat: [{ kotak: { baris: 1, kolom: 2, jumlahBaris: 2, jumlahKolom: 1 }, rumus: "=$C2>5", isi: "#FF0000" }],
      tabel: { nama: "TabelUji", kotak: { baris: 0, kolom: 0, jumlahBaris: 3, jumlahKolom: 3 } },
      bekukan: { baris: 1, kolom: 0 },
    }));
    expect(sheet.merges).toEqual([{ row: 5, col: 0, rowCount: 1, colCount: 3 }]);
    const a1 = sheet.cells.find((c) => c.row === 0 && c.col === 0);
    expect(a1?.style.bold).toBe(true);
    expect(a1?.style.borders?.top?.weight).toBe("Thin");
    expect(sheet.dataValidations[0].list?.source).toBe("Ya,Tidak");
    expect(sheet.dataValidations[0].errorMessage).toBe("Pilih");
    expect(sheet.conditionalFormats[0].formula).toBe("=$C2>5");
    expect(sheet.tables[0].name).toBe("TabelUji");
    expect(sheet.frozenRows).toBe(1);
  });

  it("adds shapes and segment lines with the arrowhead on the last segment only", async () => {
    const { sheet } = await terapkan(dasar({
      bentuk: [
        { id: "a", jenis: "terminator", x: 10, y: 10, lebar: 100, tinggi: 30, teks: "Mulai" },
        { id: "b", jenis: "keputusan", x: 10, y: 100, lebar: 100, tinggi: 50, teks: "Ok?" },
      ],
      garis: [{ id: "g1", titik: [{ x: 60, y: 40 }, { x: 60, y: 70 }, { x: 60, y: 100 }], dari: "a", ke: "b", panah: true }],
      label: [{ teks: "Ya", x: 120, y: 110, lebar: 30, tinggi: 15 }],
    }));
    const term = sheet.shapes.find((s) => s.name === "Evapor a");
    expect(term?.geometricShapeType).toBe("FlowChartTerminator");
    expect(term?.left).toBe(10);
    expect(sheet.shapes.find((s) => s.name === "Evapor b")?.geometricShapeType).toBe("Diamond");
    const garis = sheet.shapes.filter((s) => s.name.startsWith("Evapor g1"));
    expect(garis.map((g) => g.endArrowheadStyle ?? "None")).toEqual(["None", "Triangle"]);
    expect(sheet.shapes.some((s) => s.text === "Ya")).toBe(true);
  });

  it("throws nothing for a plan without optional parts", async () => {
    const { sheet } = await terapkan({ nama: "Kosong", lebarKolom: [], blok: [], halaman: { orientasi: "potret", kertas: "A4", satuHalamanLebar: false } });
    expect(sheet.pageLayout.paperSize).toBe("A4");
  });

  it("replaces an existing sheet with ganti", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      terapkanRencana(context, dasar());
      await context.sync();
    });
    await emu.run(async (context) => {
      const ada = periksaNamaLembar(context, "Uji");
      await context.sync();
      terapkanRencana(context, dasar({ blok: [{ baris: 0, kolom: 0, isi: [["baru"]] }] }), { ganti: !ada.isNullObject });
      await context.sync();
    });
    const sheet = emu.snapshot().sheets.filter((s) => s.name === "Uji");
    expect(sheet).toHaveLength(1);
    expect(sel(sheet[0], 1, 1)).toBeUndefined();
  });

  it("keeps every request under 5 MB for a 10,000-row plan (bertahap)", async () => {
    const isi = Array.from({ length: 10_000 }, (_, i) => [i, `Uraian kegiatan yang cukup panjang nomor ${i} `.repeat(12), { rumus: `A${i + 1}*2` }]);
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      await terapkanRencanaBertahap(context, dasar({ blok: [{ baris: 0, kolom: 0, isi }] }));
    });
    const run = emu.lastRun();
    expect(run?.maxRequestBytes).toBeLessThan(5_000_000);
    expect(run?.syncs).toBeGreaterThan(1);
    expect(sel(emu.snapshot().sheets.find((s) => s.name === "Uji") ?? { cells: [] }, 9999, 2)?.computed).toBe(19998);
  });
});
