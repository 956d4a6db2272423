/**
 * Sample workbook: the seven library SOPs (PUSTAKA_SOP), each inserted as its own sheet with
 * "Sisipkan SOP" on the sample settings' paper, numbered "SOP 01 …" so similar names stay apart.
 */
import { PUSTAKA_SOP } from "../../domain/sop";
import { namaLembarSop } from "../../domain/sop/lembar";
import { sisipkanSop } from "../../excel/sop/sisipkan-sop";
import { PENGATURAN_CONTOH } from "../sample-data";
import type { LangkahContoh } from "./index";

export const LANGKAH_SOP: LangkahContoh = {
  nama: "SOP pustaka",
  hanyaLengkap: true,
  jalankan: async (host) => {
    const { kabupaten, kecamatan } = PENGATURAN_CONTOH.instansi;
    const instansi = [kabupaten, kecamatan].filter((s) => s !== "").join("\n");
    for (const [i, e] of PUSTAKA_SOP.entries()) {
      // One user action per SOP, as a user of the pane would insert them one after another.
      await host.run((context) => sisipkanSop(context, e.sop, {
        kertas: PENGATURAN_CONTOH.kertas, instansi, ganti: true, namaLembar: namaLembarSop(e.sop, i + 1),
      }));
    }
  },
};
