/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../../src/emulator";
import { EvaporApp } from "../../../src/taskpane/App";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";

const today = new Date(2026, 10, 23);

describe("Kinerja page: Baca lembar aktif", () => {
  it("shows the columns it recognized and the rows it skips, by Excel row number", async () => {
    const host = createExcelEmulator();
    await buildSampleWorkbook(host);
    render(<EvaporApp host={host} today={today} />);
    await userEvent.click(screen.getByRole("button", { name: "Baca lembar aktif" }));
    expect(await screen.findByText("Lembar Data Kinerja: judul di baris 3–4, 5 baris indikator.")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Kolom yang dikenali" });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").slice(0, 2).map((c) => c.textContent));
    expect(rows).toContainEqual(["C", "Indikator"]);
    expect(rows).toContainEqual(["F", "Realisasi / TW I"]);
    expect(screen.getByRole("combobox", { name: "Peran kolom C" })).toHaveDisplayValue("Indikator");
    expect(screen.getByRole("combobox", { name: "Peran kolom F" })).toHaveDisplayValue("Realisasi TW I");
    expect(screen.getByRole("combobox", { name: "Peran kolom I" })).toHaveDisplayValue("Realisasi TW IV");
  });

  it("says so when the sheet has no Indikator header", async () => {
    const host = createExcelEmulator();
    await host.run(async (c) => {
      c.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [["Nama", "Alamat"], ["Budi", "Kalipare"]];
      await c.sync();
    });
    render(<EvaporApp host={host} today={today} />);
    await userEvent.click(screen.getByRole("button", { name: "Baca lembar aktif" }));
    expect(await screen.findByText(/tidak ada baris judul yang memuat kata "Indikator"/)).toBeInTheDocument();
  });

  it("shows the mapped Office message when Excel fails", async () => {
    const host = createExcelEmulator();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<EvaporApp host={host} today={today} />);
    await screen.findByRole("button", { name: "Baca lembar aktif" });
    host.failNextSync("GeneralException");
    await userEvent.click(screen.getByRole("button", { name: "Baca lembar aktif" }));
    expect(await screen.findByText("Excel mengalami kesalahan umum. Coba lagi sebentar lagi.")).toBeInTheDocument();
  });
});
