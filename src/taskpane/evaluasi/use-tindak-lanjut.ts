import { useCallback, useEffect, useReducer, useState } from "react";
import type { ExcelHost } from "../../excel/host";
import type { TanggalKalender } from "../../domain/evaluasi/kalender";
import { keIso } from "../../domain/evaluasi/tanggal";
import type { TindakLanjut } from "../../domain/evaluasi/tindak-lanjut";
import { bacaMasukanTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import type { UkuranKertas } from "../../domain/pengaturan/model";
import { bacaDaftarTindakLanjut, lanjutkanStatus, tambahTindakLanjut } from "../../excel/evaluasi/tindak-lanjut";
import { useReportError } from "../errors";
import { AWAL_TINDAK_LANJUT, tindakLanjutReducer } from "./state-tindak-lanjut";

export const tanggalDari = (d: Date): TanggalKalender => ({ tahun: d.getFullYear(), bulan: d.getMonth() + 1, hari: d.getDate() });

/**
 * The tindak-lanjut list of a year: read on open and after every change; one Excel.run per action.
 * `kertas` (for a sheet created here) comes from the settings the page has already read.
 */
export function useTindakLanjut(host: ExcelHost, tahun: number, today: Date, kertas: UkuranKertas) {
  const [state, dispatch] = useReducer(tindakLanjutReducer, AWAL_TINDAK_LANJUT);
  const [versi, setVersi] = useState(0);
  const report = useReportError();
  const hariIni = tanggalDari(today);
  const iso = keIso(hariIni);
  // The list shown came from the sheet: an append can read it in one sync (2 in all, not 3).
  const lembarAda = state.daftar.kind === "ok";

  useEffect(() => {
    let aktif = true;
    dispatch({ kind: "muat" });
    host.run((c) => bacaDaftarTindakLanjut(c, tahun, hariIniDari(iso))).then(
      (daftar) => {
        if (aktif) dispatch({ kind: "dimuat", hasil: daftar });
      },
      (e: unknown) => {
        report(e);
        if (aktif) dispatch({ kind: "gagal" });
      },
    );
    return () => {
      aktif = false;
    };
  }, [host, tahun, iso, report, versi]);

  const tambah = useCallback(async (baru: readonly TindakLanjut[], kosongkanForm = false) => {
    dispatch({ kind: "mulai" });
    try {
      const hasil = await host.run((c) => tambahTindakLanjut(c, tahun, baru, { kertas, hariIni: hariIniDari(iso), lembarAda }));
      dispatch({ kind: "selesai", pesan: { kind: "tambah", hasil }, kosongkanForm: kosongkanForm && hasil.kind === "ok" });
      setVersi((v) => v + 1);
    } catch (e) {
      // The list shown stays: nothing was written (one batch).
      report(e);
      dispatch({ kind: "selesai", pesan: null });
    }
  }, [host, tahun, kertas, iso, lembarAda, report]);

  const tambahDariForm = useCallback(() => {
    const hasil = bacaMasukanTindakLanjut(`baru-${Date.now()}`, { ...state.form, tanggalDiserahkan: iso });
    if (hasil.kind === "tidak-valid") dispatch({ kind: "form-tidak-valid", masalah: hasil.masalah });
    else void tambah([hasil.tindakLanjut], true);
  }, [state.form, iso, tambah]);

  const lanjutkan = useCallback(async (baris: number) => {
    dispatch({ kind: "mulai" });
    try {
      const hasil = await host.run((c) => lanjutkanStatus(c, tahun, baris, hariIniDari(iso)));
      dispatch({ kind: "selesai", pesan: { kind: "lanjutkan", hasil } });
      setVersi((v) => v + 1);
    } catch (e) {
      report(e);
      dispatch({ kind: "selesai", pesan: null });
    }
  }, [host, tahun, iso, report]);

  return { state, dispatch, hariIni, tambah, tambahDariForm, lanjutkan };
}

/** Back from the ISO string kept as a stable dependency. */
function hariIniDari(iso: string): TanggalKalender {
  const [tahun, bulan, hari] = iso.split("-").map(Number);
  return { tahun, bulan, hari };
}
