import type { ExcelHost } from "../../excel/host";
import { InfoPage } from "../pages/InfoPage";

/** The SOP page: library, editor, text import, and "Sisipkan SOP" (issue 4). */
export function SopPage(_props: { host: ExcelHost; today: Date }) {
  return <InfoPage body="page.sop.body" />;
}
