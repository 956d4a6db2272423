import { createExcelEmulator } from "../../../src/emulator";
import { terapkanRencana } from "../../../src/excel/rencana/terapkan";

it("adds a clustered column chart whose 100% series is a line", async () => {
  const emu = createExcelEmulator();
  await emu.run(async (context) => {
    terapkanRencana(context, {
      nama: "Grafik",
      lebarKolom: [],
      blok: [{ baris: 0, kolom: 0, isi: [["TW I", 80, 100], ["TW II", 95, 100]] }],
      grafik: [{
        id: "c", jenis: "kolom", judul: "Capaian", x: 10, y: 200, lebar: 300, tinggi: 200,
        kategori: { baris: 0, kolom: 0, jumlahBaris: 2, jumlahKolom: 1 },
        seri: [
          { nama: "Capaian", nilai: { baris: 0, kolom: 1, jumlahBaris: 2, jumlahKolom: 1 } },
          { nama: "Target 100%", nilai: { baris: 0, kolom: 2, jumlahBaris: 2, jumlahKolom: 1 }, jenis: "garis" },
        ],
      }],
      halaman: { orientasi: "potret", kertas: "A4", satuHalamanLebar: false },
    });
    await context.sync();
  });
  const chart = emu.snapshot().sheets.find((s) => s.name === "Grafik")?.charts[0];
  expect(chart?.type).toBe("ColumnClustered");
  expect(chart?.title).toBe("Capaian");
  expect(chart?.series.map((s) => s.name)).toEqual(["Capaian", "Target 100%"]);
  expect(chart?.series[1].chartType).toBe("Line");
  expect(chart?.top).toBe(200);
});
