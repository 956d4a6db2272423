import type { ExcelEmulator } from "../emulator";
import { EvaporApp } from "../taskpane/App";
import { downloadXlsx } from "./download";
import { useWorkbookSnapshot } from "./use-workbook-snapshot";
import { WorkbookView } from "./WorkbookView";
import { TEKS } from "./teks";

/**
 * The real task pane at the width Office gives it (about 350 px) on the left, the emulated
 * workbook on the right, drawn again after every sync that changed it.
 */
export function PreviewApp(props: { emulator: ExcelEmulator; today: Date }) {
  const snapshot = useWorkbookSnapshot(props.emulator);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "360px minmax(0, 1fr)", height: "100%" }}>
      <aside aria-label={TEKS.panel} style={{ borderRight: "1px solid #D0D0D0", overflow: "auto", minHeight: 0 }}>
        <EvaporApp host={props.emulator} today={props.today} />
      </aside>
      <WorkbookView snapshot={snapshot} onDownload={() => downloadXlsx(props.emulator.snapshot())} />
    </div>
  );
}
