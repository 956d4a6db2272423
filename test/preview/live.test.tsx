/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator, type ExcelEmulator } from "../../src/emulator";
import { useWorkbookSnapshot } from "../../src/preview/use-workbook-snapshot";
import { WorkbookView } from "../../src/preview/WorkbookView";

function Live(props: { emulator: ExcelEmulator; onDownload?: () => Promise<void> }) {
  const snapshot = useWorkbookSnapshot(props.emulator);
  return <WorkbookView snapshot={snapshot} onDownload={props.onDownload ?? (() => Promise.resolve())} />;
}

async function write(emu: ExcelEmulator, sheet: string | null, address: string, value: string, activate = false) {
  await act(() =>
    emu.run(async (context) => {
      const ws = sheet ? context.workbook.worksheets.add(sheet) : context.workbook.worksheets.getActiveWorksheet();
      ws.getRange(address).values = [[value]];
      if (activate) ws.activate();
      await context.sync();
    }),
  );
}

describe("the preview follows the emulator", () => {
  it("draws a cell again after a sync wrote it", async () => {
    const emu = createExcelEmulator();
    render(<Live emulator={emu} />);
    expect(screen.queryByRole("gridcell", { name: "Capaian" })).not.toBeInTheDocument();
    await write(emu, null, "B2", "Capaian");
    expect(within(screen.getByRole("grid", { name: "Sheet1" })).getByRole("gridcell", { name: "Capaian" })).toBeInTheDocument();
  });

  it("shows the sheet Evapor activates, even after the user chose another tab", async () => {
    const emu = createExcelEmulator();
    render(<Live emulator={emu} />);
    await write(emu, "Kedua", "A1", "lembar kedua");
    expect(screen.getByRole("tab", { name: "Sheet1" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(screen.getByRole("tab", { name: "Kedua" }));
    expect(screen.getByRole("grid", { name: "Kedua" })).toBeInTheDocument();
    await write(emu, "SOP 1", "A1", "PROSEDUR", true);
    expect(screen.getByRole("tab", { name: "SOP 1" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("gridcell", { name: "PROSEDUR" })).toBeInTheDocument();
  });

  it("says so when the download fails, and offers it again", async () => {
    const emu = createExcelEmulator();
    const onDownload = jest.fn<Promise<void>, []>().mockRejectedValueOnce(new Error("kehabisan memori")).mockResolvedValueOnce();
    render(<Live emulator={emu} onDownload={onDownload} />);
    await userEvent.click(screen.getByRole("button", { name: "Unduh .xlsx" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("kehabisan memori");
    await userEvent.click(screen.getByRole("button", { name: "Unduh .xlsx" }));
    expect(onDownload).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
