import { useCallback, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { readLembarAktif } from "../../excel/baca-lembar";
import { petakanLembar } from "../../domain/baca";
import { useReportError } from "../errors";
import { bacaReducer } from "./state";

/** "Baca lembar aktif": one Excel.run to read, then the pure header reader. */
export function useBacaLembar(host: ExcelHost) {
  const [state, dispatch] = useReducer(bacaReducer, { kind: "awal" });
  const report = useReportError();
  const baca = useCallback(async () => {
    dispatch({ kind: "mulai" });
    try {
      const hasil = await host.run((context) => readLembarAktif(context));
      if ("kind" in hasil) dispatch({ kind: "kosong", nama: hasil.nama });
      else dispatch({ kind: "selesai", nama: hasil.lembar.nama, hasil: petakanLembar(hasil.lembar) });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, report]);
  return { state, baca };
}
