import { useCallback, useEffect, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { pengaturanAwal } from "../../domain/pengaturan";
import { readPengaturan, writePengaturan } from "../../excel/pengaturan";
import { useReportError } from "../errors";
import { pengaturanReducer } from "./state";

/** Loads the workbook's settings once and saves them on request; one Excel.run per action. */
export function usePengaturan(host: ExcelHost, tahunBawaan: number) {
  const [state, dispatch] = useReducer(pengaturanReducer, { kind: "memuat" });
  const report = useReportError();
  useEffect(() => {
    let aktif = true;
    host
      .run((context) => readPengaturan(context, tahunBawaan))
      .then((hasil) => {
        if (!aktif) return;
        if (hasil.kind === "rusak") {
          dispatch({ kind: "dimuat", pengaturan: pengaturanAwal(tahunBawaan), rusak: true });
        } else dispatch({ kind: "dimuat", pengaturan: hasil.pengaturan, rusak: false });
      })
      .catch((error: unknown) => {
        report(error);
        if (aktif) dispatch({ kind: "dimuat", pengaturan: pengaturanAwal(tahunBawaan), rusak: false });
      });
    return () => {
      aktif = false;
    };
  }, [host, tahunBawaan, report]);

  const simpan = useCallback(async () => {
    if (state.kind !== "siap") return;
    if (state.masalah.length > 0) {
      dispatch({ kind: "periksa" });
      return;
    }
    dispatch({ kind: "simpan-mulai" });
    try {
      await host.run((context) => writePengaturan(context, state.draf));
      dispatch({ kind: "simpan-selesai" });
    } catch (error) {
      report(error);
      dispatch({ kind: "simpan-gagal" });
    }
  }, [host, state, report]);

  return { state, dispatch, simpan };
}
