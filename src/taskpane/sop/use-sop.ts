import { useCallback, useEffect, useReducer } from "react";
import type { ExcelHost } from "../../excel/host";
import { useReportError } from "../errors";
import { bacaCetak, bacaSop, sisipkanDenganCetak } from "./aksi";
import { STATE_AWAL, sopReducer } from "./state";

/** The SOP page's state and its two workbook actions (insert, read back), one Excel.run each. */
export function useSop(host: ExcelHost, tahun: number, aktif: boolean) {
  const [state, dispatch] = useReducer(sopReducer, STATE_AWAL);
  const report = useReportError();

  // The paper decides which texts fit the printed cells: validate against the workbook's own.
  // Read again each time the page is shown (the settings may have changed on Pengaturan).
  useEffect(() => {
    if (!aktif) return;
    let terpasang = true;
    host.run((context) => bacaCetak(context, tahun)).then(
      (cetak) => { if (terpasang) dispatch({ kind: "kertas", kertas: cetak.kertas, instansi: cetak.instansi }); },
      (error: unknown) => report(error),
    );
    return () => { terpasang = false; };
  }, [host, tahun, aktif, report]);

  const sop = state.kind === "sunting" ? state.sop : null;
  const sibuk = state.sibuk !== null;
  const { kertas, instansi, cetakTerbaca } = state;

  const sisipkan = useCallback(async (ganti: boolean) => {
    if (!sop || sibuk) return;
    dispatch({ kind: "mulai", sibuk: "menyisipkan" });
    try {
      const hasil = await host.run(async (context) => sisipkanDenganCetak(context, sop, cetakTerbaca ? { kertas, instansi } : await bacaCetak(context, tahun), ganti));
      dispatch({ kind: "hasil-sisip", hasil });
    } catch (error) {
      report(error);
      dispatch({ kind: "gagal" });
    }
  }, [host, sop, sibuk, kertas, instansi, cetakTerbaca, tahun, report]);

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
