/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator, displayText } from "../../src/emulator";
import { WorkbookView } from "../../src/preview/WorkbookView";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
import { gridModel } from "../../src/preview/grid-model";

describe("number formats shown in the preview", () => {
  it.each([
    [1.0496, "0.00%", "104.96%"],
    [0.85, "0%", "85%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [104.9612, "0.00", "104.96"],
    [12, "General", "12"],
    [1 / 3, "General", "0.333333333"],
    [123456.789012, "General", "123456.789"],
    ["Tinggi", "0.00", "Tinggi"],
  ])("%p as %s → %s", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});

describe("the workbook view", () => {
  it("draws the sample sheet with its merges and switches sheets by tab", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    await emu.run(async (context) => {
      context.workbook.worksheets.add("Kedua").getRange("B2").values = [["isi lembar kedua"]];
      await context.sync();
    });
    render(<WorkbookView snapshot={emu.snapshot()} onDownload={() => undefined} />);
    const grid = screen.getByRole("grid", { name: "Data Kinerja" });
    const realisasi = within(grid).getByRole("gridcell", { name: "Realisasi" });
    expect(realisasi).toHaveAttribute("colspan", "4");
    expect(within(grid).getByRole("gridcell", { name: "No" })).toHaveAttribute("rowspan", "2");
    await userEvent.click(screen.getByRole("tab", { name: "Kedua" }));
    expect(screen.getByRole("grid", { name: "Kedua" })).toBeInTheDocument();
    expect(screen.getByRole("gridcell", { name: "isi lembar kedua" })).toBeInTheDocument();
  });

  it("leaves out the cells a merge covers", async () => {
    const emu = createExcelEmulator();
    await buildSampleWorkbook(emu);
    const model = gridModel(emu.snapshot().sheets[0]);
    const row3 = model.rows[2].cells.map((c) => c.col);
    expect(row3).toContain(5);
    expect(row3).not.toContain(6);
  });
});
