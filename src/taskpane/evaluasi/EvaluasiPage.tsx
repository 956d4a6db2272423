import type { ExcelHost } from "../../excel/host";
import { InfoPage } from "../pages/InfoPage";

/** The Evaluasi page: quarterly evaluation sheets, Berita Acara, tindak lanjut (issue 5). */
export function EvaluasiPage(_props: { host: ExcelHost; today: Date }) {
  return <InfoPage body="page.evaluasi.body" />;
}
