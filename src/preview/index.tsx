/** The browser preview: the real task pane against the emulator, with the sample workbook. */
import { createRoot } from "react-dom/client";
import { createExcelEmulator } from "../emulator";
import { PreviewApp } from "./PreviewApp";
import { buildSampleWorkbook } from "./sample-workbook";
import { TEKS } from "./teks";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  root.render(<p style={{ padding: 16 }}>{TEKS.memuat}</p>);
  const emulator = createExcelEmulator({ displayLanguage: new URLSearchParams(location.search).get("lang") ?? "id-ID" });
  await buildSampleWorkbook(emulator);
  document.title = TEKS.judul;
  root.render(<PreviewApp emulator={emulator} today={new Date()} />);
}

void start();
