/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import { writePengaturan } from "../../../src/excel/pengaturan";
import { pengaturanAwal } from "../../../src/domain/pengaturan";
import { CONTOH_INDIKATOR_IKU } from "../../../src/domain/iku/contoh";
import { tombolDialog } from "../../support/dialog";
import { EvaporApp } from "../../../src/taskpane/App";

const today = new Date(2026, 10, 23);

const lembar = (emu: ExcelEmulator, nama: string) => emu.snapshot().sheets.find((s) => s.name === nama);
const sel = (emu: ExcelEmulator, nama: string, row: number, col: number) => lembar(emu, nama)?.cells.find((c) => c.row === row && c.col === col);

async function buka(emu: ExcelEmulator) {
  render(<EvaporApp host={emu} today={today} />);
  // The settings are read when the page opens; the buttons name the sheet of the settings' year.
  await screen.findByText(/Membuat lembar IKU 2025/);
}

describe("Kinerja page: Buat lembar IKU", () => {
  it("creates the sheet of the settings' year with the worked example, in 2 syncs, at the quarter just ended", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => writePengaturan(c, { ...pengaturanAwal(2025), instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "" } }));
    await buka(emu);
    await userEvent.click(screen.getByRole("button", { name: "Buat lembar IKU dengan contoh" }));
    expect(await screen.findByText(`Lembar IKU 2025 dibuat dengan ${CONTOH_INDIKATOR_IKU.length} indikator.`)).toBeInTheDocument();
    expect(emu.lastRun()?.syncs).toBe(2);
    expect(sel(emu, "IKU 2025", 5, 2)?.value).toBe(CONTOH_INDIKATOR_IKU[0].indikator);
    // November 2026: the Tim evaluates TW III (the IKU sheet's quarter cell D3).
    expect(sel(emu, "IKU 2025", 2, 3)?.value).toBe(3);
    expect(lembar(emu, "IKU 2025")?.cells.some((c) => typeof c.value === "string" && c.value.includes("Kecamatan Kalipare, Kabupaten Malang"))).toBe(true);
  });

  it("asks before replacing an existing IKU sheet; cancel keeps it, confirm replaces it", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => writePengaturan(c, pengaturanAwal(2025)));
    await buka(emu);
    await userEvent.click(screen.getByRole("button", { name: "Buat lembar IKU dengan contoh" }));
    await screen.findByText(/Lembar IKU 2025 dibuat/);

    await userEvent.click(screen.getByRole("button", { name: "Buat lembar IKU kosong" }));
    await userEvent.click(await tombolDialog("Ganti lembar IKU 2025?", "Batal"));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(sel(emu, "IKU 2025", 5, 2)?.value).toBe(CONTOH_INDIKATOR_IKU[0].indikator);

    await userEvent.click(screen.getByRole("button", { name: "Buat lembar IKU kosong" }));
    await userEvent.click(await tombolDialog("Ganti lembar IKU 2025?", "Ganti lembar"));
    expect(await screen.findByText("Lembar IKU 2025 dibuat dengan 0 indikator.")).toBeInTheDocument();
    expect(sel(emu, "IKU 2025", 5, 2)?.value ?? "").toBe("");
  });

  it("speaks English in an English Office", async () => {
    render(<EvaporApp host={createExcelEmulator({ displayLanguage: "en-US" })} today={today} />);
    expect(await screen.findByRole("button", { name: "Create the IKU sheet with the example" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Read active sheet" })).toBeInTheDocument();
  });
});
