import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../../src/emulator";
import type { ExcelHost } from "../../../src/excel/host";
import { EvaporApp } from "../../../src/taskpane/App";

export const today = new Date(2026, 10, 23);

/** The pane on the SOP tab. */
export async function bukaSop(host: ExcelHost = createExcelEmulator()) {
  render(<EvaporApp host={host} today={today} />);
  await userEvent.click(screen.getByRole("tab", { name: "SOP" }));
  await screen.findByRole("heading", { level: 3, name: "Pustaka SOP" });
}

export async function pilihPustaka(nama: RegExp) {
  await userEvent.click(screen.getByRole("button", { name: nama }));
  await screen.findByRole("group", { name: "Langkah 1" });
}

export const langkah = (n: number) => screen.getByRole("group", { name: `Langkah ${n}` });
export const kegiatan = (n: number) => within(langkah(n)).getByRole("textbox", { name: "Kegiatan" });
export const semuaLangkah = () => screen.getAllByRole("group", { name: /^Langkah \d+$/ });

/** The page shown (hidden pages stay mounted): queries inside it skip the others, which keeps them quick. */
export function halamanAktif(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  if (!el) throw new Error("no visible tab panel");
  return el;
}
