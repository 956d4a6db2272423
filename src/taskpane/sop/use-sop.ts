import { useCallback, useEffect, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { useReportError } from "../errors";
import { bacaKertas, bacaSop, sisipkanDenganPengaturan } from "./aksi";
import { STATE_AWAL, sopReducer } from "./state";

/** The SOP page's state and its two workbook actions (insert, read back), one Excel.run each. */
export function useSop(host: ExcelHost, tahun: number) {
  const [state, dispatch] = useReducer(sopReducer, STATE_AWAL);
  const report = useReportError();

  // The paper decides which texts fit the printed cells: validate against the workbook's own.
  useEffect(() => {
    let aktif = true;
    host.run((context) => bacaKertas(context, tahun)).then(
      (kertas) => { if (aktif) dispatch({ kind: "kertas", kertas }); },
      (error: unknown) => report(error),
    );
    return () => { aktif = false; };
  }, [host, tahun, report]);

  const sop = state.kind === "sunting" ? state.sop : null;
  const sibuk = state.sibuk !== null;

  const sisipkan = useCallback(async (ganti: boolean) => {
    if (!sop || sibuk) return;
    dispatch({ kind: "mulai", sibuk: "menyisipkan" });
    try {
      const hasil = await host.run((context) => sisipkanDenganPengaturan(context, sop, tahun, ganti));
      dispatch({ kind: "hasil-sisip", hasil });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, sop, sibuk, tahun, report]);

  const baca = useCallback(async () => {
    if (sibuk) return;
    dispatch({ kind: "mulai", sibuk: "membaca" });
    try {
      dispatch({ kind: "hasil-baca", hasil: await host.run((context) => bacaSop(context)) });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, sibuk, report]);

  return { state, dispatch, sisipkan, baca };
}
