import { useCallback, useEffect, useReducer, useState } from "react";
import type { ExcelHost } from "../../excel/host";
import { pengaturanAwal } from "../../domain/pengaturan";
import { readPengaturan, writePengaturan } from "../../excel/pengaturan";
import { useReportError } from "../errors";
import { INITIAL_STATE, pengaturanReducer } from "./state";

/** Reads the workbook's settings when the page opens and saves them on request: one Excel.run each. */
export function usePengaturan(host: ExcelHost, tahunBawaan: number) {
  const [state, dispatch] = useReducer(pengaturanReducer, INITIAL_STATE);
  const [permintaan, setPermintaan] = useState(0);
  const report = useReportError();

  useEffect(() => {
    let aktif = true;
    host.run((context) => readPengaturan(context, tahunBawaan)).then(
      (hasil) => {
        if (hasil.kind === "rusak") console.error("[Evapor] settings part unreadable", hasil);
        if (aktif) dispatch({ kind: "dimuat", hasil, bawaan: pengaturanAwal(tahunBawaan) });
      },
      (error: unknown) => {
        report(error);
        if (aktif) dispatch({ kind: "gagal-muat" });
      },
    );
    return () => {
      aktif = false;
    };
  }, [host, tahunBawaan, report, permintaan]);

  const muatUlang = useCallback(() => {
    dispatch({ kind: "muat-ulang" });
    setPermintaan((n) => n + 1);
  }, []);

  const simpan = useCallback(async () => {
    if (state.kind === "menyimpan" || !("form" in state)) return;
    dispatch({ kind: "simpan" });
    if (state.form.masalah.length > 0) return;
    try {
      const hasil = await host.run((context) => writePengaturan(context, state.form.draf));
      dispatch({ kind: "simpan-selesai", hasil });
    } catch (error) {
      report(error);
      dispatch({ kind: "simpan-gagal" });
    }
  }, [host, state, report]);

  return { state, dispatch, simpan, muatUlang };
}
