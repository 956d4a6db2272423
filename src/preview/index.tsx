/**
 * The browser preview: the real task pane against the emulator, opening the sample kecamatan
 * workbook. `?lang=en-US` runs the pane as Office in English would; `?kosong` starts from an
 * empty workbook (a first run, before any Pengaturan).
 */
import { createRoot } from "react-dom/client";
import { createExcelEmulator } from "../emulator";
import { PreviewApp } from "./PreviewApp";
import { buildSampleWorkbook } from "./sample-workbook";
import { TEKS } from "./teks";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  document.title = TEKS.judul;
  root.render(<p style={{ padding: 16 }}>{TEKS.memuat}</p>);
  const params = new URLSearchParams(location.search);
  const emulator = createExcelEmulator({ displayLanguage: params.get("lang") ?? "id-ID" });
  try {
    if (!params.has("kosong")) await buildSampleWorkbook(emulator);
  } catch (error) {
    console.error(error);
    root.render(<p role="alert" style={{ padding: 16, color: "#A4262C" }}>{`${TEKS.gagalMemuat}: ${error instanceof Error ? error.message : String(error)}`}</p>);
    return;
  }
  root.render(<PreviewApp emulator={emulator} today={new Date()} />);
}

void start();
