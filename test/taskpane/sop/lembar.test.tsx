/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { tombolDialog } from "../../support/dialog";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../../src/emulator";
import { bukaSop, halamanAktif, pilihPustaka, semuaLangkah } from "./bantu";

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
    // The paper and instansi were read when the page opened: the insert is sisipkanSop's 2 syncs.
    expect(emu.lastRun()?.syncs).toBe(2);
    const snap = emu.snapshot();
    expect(snap.sheets).toHaveLength(awal + 1);
    const lembar = snap.sheets.find((s) => s.name === nama);
    expect(lembar?.shapes.length).toBeGreaterThanOrEqual(9);

    // Again: the sheet exists, so the pane asks before replacing it.
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    await userEvent.click(await tombolDialog(`Ganti lembar ${nama}?`, "Ganti lembar"));
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

describe("SOP page across a visit to Pengaturan", () => {
  it("keeps the draft and inserts on the paper chosen meanwhile", async () => {
    const emu = createExcelEmulator();
    await bukaSop(emu);
    await pilihPustaka(/Kecamatan Janapria/);
    const kegiatan = within(semuaLangkah()[1]).getByRole("textbox", { name: "Kegiatan" });
    await userEvent.type(kegiatan, " hari ini");

    await userEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    await userEvent.selectOptions(await within(halamanAktif()).findByRole("combobox", { name: "Ukuran kertas" }), "F4");
    const isi: [string, string][] = [["Kabupaten/Kota", "Kabupaten Lombok Tengah"], ["Kecamatan", "Janapria"], ["Nama Camat", "Budi"], ["Nama Sekretaris Camat", "Siti"]];
    // Pasted, not typed key by key: the test stays quick on a 2-core CI machine.
    for (const [name, value] of isi) {
      await userEvent.click(within(halamanAktif()).getByRole("textbox", { name }));
      await userEvent.paste(value);
    }
    await userEvent.click(within(halamanAktif()).getByRole("button", { name: "Simpan ke buku kerja" }));
    await within(halamanAktif()).findByText("Pengaturan tersimpan di buku kerja.");
    await userEvent.click(screen.getByRole("tab", { name: "SOP" }));

    expect(within(semuaLangkah()[1]).getByRole("textbox", { name: "Kegiatan" })).toHaveValue("Melaksanakan rapat pembahasan Evaluasi Kinerja hari ini");
    const nama = await sisipkan();
    const lembar = emu.snapshot().sheets.find((s) => s.name === nama);
    expect(lembar?.pageLayout.paperSize).toBe("Folio");
    expect(lembar?.cells.some((c) => c.value === "Melaksanakan rapat pembahasan Evaluasi Kinerja hari ini")).toBe(true);
  }, 90_000);
});
