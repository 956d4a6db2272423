import { useCallback, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { readPengaturan } from "../../excel/pengaturan";
import type { Pengaturan } from "../../domain/pengaturan/model";
import { useReportError } from "../errors";
import type { BukuKerja } from "../use-buku-kerja";
import { namaLembarEvaluasi } from "../../domain/evaluasi/lembar/tata-letak-evaluasi";
import type { AksiEvaluasi, HasilAksiEvaluasi } from "./aksi-tipe";
import { bacaDrafBa } from "./state-berita-acara";
import { evaluasiTwAwal, evaluasiTwReducer, periodeAwal } from "./state-evaluasi-tw";

/**
 * The quarter picked, and the two insert actions, each one Excel.run. The settings and sheet names
 * come from `buku` (read when the page is shown); only before that read has arrived does an action
 * read the settings itself.
 */
export function useEvaluasiTw(host: ExcelHost, aksi: AksiEvaluasi | null, today: Date, buku: BukuKerja | null = null, tandaiLembar: (nama: string) => void = () => undefined) {
  const [state, dispatch] = useReducer(evaluasiTwReducer, today, (d) => evaluasiTwAwal(periodeAwal(d)));
  const report = useReportError();
  const { tahun, tw } = state.periode;

  const jalankan = useCallback(async (tulis: (c: Excel.RequestContext, p: Pengaturan) => Promise<HasilAksiEvaluasi>) => {
    dispatch({ kind: "mulai" });
    try {
      const hasil = await host.run(async (c): Promise<HasilAksiEvaluasi> => {
        const p = buku?.pengaturan ?? await readPengaturan(c, tahun);
        // The documents name the office and its officials: without saved settings there is nothing to sign.
        if (p.kind !== "ok") return { aksi: "pengaturan", kind: p.kind };
        return tulis(c, p.pengaturan);
      });
      dispatch({ kind: "selesai", hasil });
      if (hasil.aksi !== "pengaturan" && hasil.hasil.kind === "ok") tandaiLembar(hasil.hasil.namaLembar);
    } catch (e) {
      report(e);
      dispatch({ kind: "selesai", hasil: null });
    }
  }, [host, tahun, buku, tandaiLembar, report]);

  const sisipkanEvaluasi = useCallback(
    async () => {
      if (aksi) await jalankan(async (c, pengaturan) => ({ aksi: "evaluasi", hasil: await aksi.sisipkanEvaluasiTw(c, { tahun, tw, pengaturan, lembarAda: buku?.lembar.has(namaLembarEvaluasi(tahun, tw)) }) }));
    },
    [jalankan, aksi, tahun, tw, buku],
  );

  const sisipkanBeritaAcara = useCallback((ganti: boolean) => {
    if (!state.ba || !aksi) return;
    const d = bacaDrafBa(state.ba.draf);
    if (d.kind === "tidak-valid") {
      dispatch({ kind: "ba-tidak-valid", bidang: d.bidang });
      return;
    }
    const tanggal = new Date(d.tanggal.tahun, d.tanggal.bulan - 1, d.tanggal.hari);
    void jalankan(async (c, pengaturan) => ({
      aksi: "berita-acara",
      hasil: await aksi.sisipkanBeritaAcara(c, { tahun, tw, tanggal, tempat: d.tempat, nomor: d.nomor, tim: d.tim, ketuaTim: d.ketuaTim, tindakLanjut: d.tindakLanjut, pengaturan }, { ganti }),
    }));
  }, [state.ba, jalankan, aksi, tahun, tw]);

  return { state, dispatch, sisipkanEvaluasi, sisipkanBeritaAcara };
}
