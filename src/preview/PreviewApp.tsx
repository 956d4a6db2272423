import { useEffect, useState } from "react";
import type { ExcelEmulator } from "../emulator";
import { EvaporApp } from "../taskpane/App";
import { WorkbookView } from "./WorkbookView";
import { TEKS } from "./teks";
import { downloadXlsx } from "./download";

/** The task pane on the left, the emulated workbook on the right, re-drawn after every sync. */
export function PreviewApp(props: { emulator: ExcelEmulator; today: Date }) {
  const [snapshot, setSnapshot] = useState(() => props.emulator.snapshot());
  useEffect(() => props.emulator.onChange(() => setSnapshot(props.emulator.snapshot())), [props.emulator]);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "360px 1fr", height: "100%" }}>
      <aside aria-label={TEKS.panel} style={{ borderRight: "1px solid #ccc", overflow: "auto" }}>
        <EvaporApp host={props.emulator} today={props.today} />
      </aside>
      <WorkbookView snapshot={snapshot} onDownload={() => void downloadXlsx(props.emulator.snapshot())} />
    </div>
  );
}
