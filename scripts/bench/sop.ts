/**
 * Bench of "Sisipkan SOP" for SOPs of 10, 50 and 100 steps (the sizes argument is about rows of
 * data and does not apply): evapor = sisipkanSop on the emulator (syncs, request bytes); domain =
 * layoutFlowchart + the sheet plan; naive = the shapes drawn with one sync each.
 */
import { createExcelEmulator } from "../../src/emulator";
import { langkahBaru, type Langkah, type Sop } from "../../src/domain/sop/model";
import { identitasKosong } from "../../src/domain/sop/model";
import { rencanaLembarSop } from "../../src/domain/sop/lembar";
import { sisipkanSop } from "../../src/excel/sop/sisipkan-sop";
import { ukur, type BarisBench, type ModulBench } from "./ukur";

const JUMLAH_LANGKAH = [10, 50, 100] as const;
const PELAKSANA = ["Camat", "Sekcam", "Kasubag Evapor", "Tim"];

/** n steps over four roles; every 7th a decision whose Tidak goes back one step. */
export function sopBench(n: number): Sop {
  const langkah: Langkah[] = Array.from({ length: n }, (_, i) => {
    const jenis = i === 0 ? "mulai" : i === n - 1 ? "selesai" : i % 7 === 0 ? "keputusan" : "proses";
    return langkahBaru(`L${i + 1}`, {
      kegiatan: `Kegiatan ${i + 1} menyiapkan dan memeriksa dokumen evaluasi kinerja`,
      pelaksana: [i % PELAKSANA.length], jenis, waktu: `${(i % 4) * 15} menit`,
      kelengkapan: "Dokumen", output: "Laporan", ...(jenis === "keputusan" ? { cabang: { ya: null, tidak: `L${i}` } } : {}),
    });
  });
  return { identitas: { ...identitasKosong(), nama: `SOP BENCH ${n} LANGKAH`, nomor: "070/1/2026" }, pelaksana: PELAKSANA, langkah };
}

const BENTUK = { terminator: "FlowChartTerminator", proses: "FlowChartProcess", keputusan: "FlowChartDecision", "konektor-halaman": "FlowChartOffpageConnector", teks: "Rectangle" } as const;

export const benchSop: ModulBench = async () => {
  const baris: BarisBench[] = [];
  for (const n of JUMLAH_LANGKAH) {
    const sop = sopBench(n);
    const emu = createExcelEmulator();
    baris.push(await ukur("sisipkan-sop", "evapor", n, emu, () => emu.run((c) => sisipkanSop(c, sop, { kertas: "A4" }))));
    baris.push(await ukur("sisipkan-sop", "domain", n, null, () => rencanaLembarSop(sop, { kertas: "A4" })));
    const naif = createExcelEmulator();
    const rencana = rencanaLembarSop(sop, { kertas: "A4" });
    baris.push(await ukur("sisipkan-sop", "naive", n, naif, () => naif.run(async (c) => {
      const shapes = c.workbook.worksheets.getActiveWorksheet().shapes;
      for (const b of rencana.bentuk ?? []) {
        const s = shapes.addGeometricShape(BENTUK[b.jenis]);
        s.left = b.x; s.top = b.y; s.width = b.lebar; s.height = b.tinggi;
        if (b.teks) s.textFrame.textRange.text = b.teks;
        await c.sync(); // the baseline: one round trip per shape
      }
    })));
  }
  return baris;
};
