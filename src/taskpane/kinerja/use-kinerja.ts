import { useCallback, useMemo, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { readLembarAktif } from "../../excel/baca-lembar";
import { buatLembarIku } from "../../excel/iku/buat-lembar-iku";
import { tambahKolomCapaian } from "../../excel/kinerja/tambah-kolom-capaian";
import { pengaturanAwal } from "../../domain/pengaturan";
import { useBukuKerja } from "../use-buku-kerja";
import { twSebelumnya } from "../../domain/evaluasi/triwulan";
import { useReportError } from "../errors";
import { masukanIku, rencanaKolom } from "./olah";
import { kinerjaReducer, stateAwal, type IsiIku } from "./state";

/**
 * The Kinerja page's state and its three workbook actions, one Excel.run each: read the active
 * sheet (1 sync), add Capaian & Predikat columns beside the user's table (2 syncs: check the cells
 * are still empty, write), create the IKU sheet (2 syncs for up to ~600 indicators).
 */
export function useKinerja(host: ExcelHost, today: Date, aktif: boolean) {
  // The Tim evaluates the quarter that has just ended (seed SOPs): November → TW III.
  const [state, dispatch] = useReducer(kinerjaReducer, twSebelumnya({ tahun: today.getFullYear(), bulan: today.getMonth() + 1, hari: today.getDate() }).tw, stateAwal);
  const tahun = today.getFullYear();
  const { buku } = useBukuKerja(host, tahun, aktif);
  const p = buku?.pengaturan;
  const pengaturan = useMemo(() => (p && (p.kind === "ok" || p.kind === "belum-ada") ? p.pengaturan : pengaturanAwal(tahun)), [p, tahun]);
  const report = useReportError();

  const baca = useCallback(async () => {
    dispatch({ kind: "mulai-baca" });
    try {
      const hasil = await host.run((context) => readLembarAktif(context));
      if ("kind" in hasil) dispatch({ kind: "kosong", nama: hasil.nama });
      else dispatch({ kind: "terbaca", lembar: hasil.lembar, numberFormat: hasil.numberFormat });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal-baca" });
    }
  }, [host, report]);

  const tambahKolom = useCallback(async () => {
    if (state.baca.kind !== "terbaca" || state.sibuk) return;
    const rencana = rencanaKolom(state.baca.bacaan, state, pengaturan.skala);
    if (rencana.kind === "terisi") { dispatch({ kind: "selesai", pesan: { kind: "kolom-terisi", alamat: rencana.alamat } }); return; }
    if (rencana.kind === "tanpa-indikator") return;
    const namaLembar = state.baca.bacaan.lembar.nama;
    dispatch({ kind: "mulai", sibuk: "menambah-kolom" });
    try {
      const hasil = await host.run((context) => tambahKolomCapaian(context, { namaLembar, rencana }));
      switch (hasil.kind) {
        case "ok": dispatch({ kind: "selesai", pesan: { kind: "kolom-ditambah", alamat: `${namaLembar}!${hasil.alamat}` } }); break;
        case "terisi": dispatch({ kind: "selesai", pesan: { kind: "kolom-terisi", alamat: hasil.alamat } }); break;
        case "lembar-berubah": dispatch({ kind: "selesai", pesan: { kind: "lembar-berubah" } }); break;
        default: hasil satisfies never;
      }
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, state, pengaturan.skala, report]);

  const buatIku = useCallback(async (isi: IsiIku, ganti: boolean) => {
    if (state.sibuk) return;
    const masukan = masukanIku(isi, state, pengaturan);
    if (masukan === null) return;
    dispatch({ kind: "mulai", sibuk: "membuat-iku" });
    try {
      const hasil = await host.run((context) => buatLembarIku(context, masukan, { ganti }));
      if (hasil.kind === "sudah-ada") dispatch({ kind: "iku-sudah-ada", isi, namaLembar: hasil.namaLembar });
      else dispatch({ kind: "selesai", pesan: { kind: "iku-dibuat", namaLembar: hasil.namaLembar, jumlah: hasil.jumlahIndikator } });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, state, pengaturan, report]);

  return { state, dispatch, pengaturan, baca, tambahKolom, buatIku };
}
