/**
 * Sample workbook: "IKU <tahun>" filled with the worked example (CONTOH_INDIKATOR_IKU) through
 * "Buat lembar IKU", as a user of the pane would create it, at TW III (TW IV not yet reported).
 */
import { CONTOH_INDIKATOR_IKU } from "../../domain/iku/contoh";
import { teksInstansi } from "../../domain/pengaturan/instansi";
import { buatLembarIku } from "../../excel/iku/buat-lembar-iku";
import { PENGATURAN_CONTOH } from "../sample-data";
import type { LangkahContoh } from "./index";

export const LANGKAH_IKU: LangkahContoh = {
  nama: "Lembar IKU",
  hanyaLengkap: false,
  jalankan: async (host) => {
    const instansi = teksInstansi(PENGATURAN_CONTOH);
    await host.run((context) => buatLembarIku(context, {
      tahun: PENGATURAN_CONTOH.tahun,
      instansi,
      skala: PENGATURAN_CONTOH.skala,
      kertas: PENGATURAN_CONTOH.kertas,
      tw: 3,
      indikator: CONTOH_INDIKATOR_IKU,
    }, { ganti: true }));
  },
};
