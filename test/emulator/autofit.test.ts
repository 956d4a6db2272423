/** format.autofitRows / autofitColumns as Excel does them: wrapped text by words, merges left alone. */
import { active, emulator, once } from "./helpers";

describe("autofit", () => {
  it("grows a wrapped row by the lines its words take, not by its character count", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1").format.columnWidth = 60; // (60 − 6) / 5.5 → 9 characters a line
      s.getRange("A1:A3").values = [["aaaaa bbbbb ccccc"], ["pendek"], ["panjangsekalitanpaspasi"]];
      s.getRange("A1:A3").format.wrapText = true;
      s.getRange("A1:A3").format.autofitRows();
      await context.sync();
    }, emu);
    const h = emu.snapshot().sheets[0].rowHeights;
    // 17 characters would be 2 lines of 9; word by word they are 3: "aaaaa" / "bbbbb" / "ccccc".
    expect([h[0], h[1], h[2]]).toEqual([45, 15, 45]);
  });

  it("widens a column to its longest unwrapped text and ignores wrapped cells", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1:B2").values = [["Indikator Kinerja Utama", "x"], ["IKU", "teks yang sangat panjang sekali"]];
      s.getRange("B2").format.wrapText = true;
      s.getRange("A1:B2").format.autofitColumns();
      await context.sync();
    }, emu);
    const w = emu.snapshot().sheets[0].columnWidths;
    expect(w[0]).toBeCloseTo(23 * 5.5 + 6, 5);
    expect(w[1]).toBeCloseTo(1 * 5.5 + 6, 5);
  });
});
