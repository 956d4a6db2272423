/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../../src/emulator";
import { bukaSop, pilihPustaka, semuaLangkah } from "./bantu";

const TERSISIP = /^SOP disisipkan di lembar (.+)\.$/;

async function sisipkan(): Promise<string> {
  await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
  const pesan = await screen.findByText(TERSISIP);
  return TERSISIP.exec(pesan.textContent ?? "")?.[1] ?? "";
}

describe("SOP page against the emulated workbook", () => {
  it("inserts a library SOP as a sheet with its flowchart, replaces it after confirmation, and reads it back", async () => {
    const emu = createExcelEmulator();
    await bukaSop(emu);
    await pilihPustaka(/Kecamatan Janapria/);
    const awal = emu.snapshot().sheets.length;

    const nama = await sisipkan();
    const snap = emu.snapshot();
    expect(snap.sheets).toHaveLength(awal + 1);
    const lembar = snap.sheets.find((s) => s.name === nama);
    expect(lembar?.shapes.length).toBeGreaterThanOrEqual(9);

    // Again: the sheet exists, so the pane asks before replacing it.
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    const dialog = await screen.findByRole("alertdialog", { name: `Ganti lembar ${nama}?` });
    await userEvent.click(within(dialog).getByRole("button", { name: "Ganti lembar" }));
    expect(await screen.findByText(`SOP disisipkan di lembar ${nama}.`)).toBeInTheDocument();
    const sesudah = emu.snapshot();
    expect(sesudah.sheets).toHaveLength(awal + 1);
    expect(sesudah.sheets.find((s) => s.name === nama)?.shapes.length).toBe(lembar?.shapes.length);

    // Back to the start, then read the SOP from its (active) sheet.
    await userEvent.click(screen.getByRole("button", { name: "Kembali ke pilihan SOP" }));
    await userEvent.click(screen.getByRole("button", { name: "Baca SOP dari lembar" }));
    expect(await screen.findByText(`Dibaca dari lembar ${nama}`)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Nama SOP" })).toHaveValue("Evaluasi Kinerja Kecamatan");
    expect(semuaLangkah()).toHaveLength(9);
  });

  it("says so when the active sheet is not an Evapor SOP sheet", async () => {
    await bukaSop(createExcelEmulator());
    await userEvent.click(screen.getByRole("button", { name: "Baca SOP dari lembar" }));
    expect(await screen.findByText(/^Lembar .+ bukan lembar SOP Evapor\.$/)).toBeInTheDocument();
  });
});
