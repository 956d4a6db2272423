// The SOP page in the preview: a library SOP with a decision (Janapria) inserted as a sheet, whose
// tab appears in the workbook view with the flowchart drawn over it.
export const checks = [
  {
    name: "SOP: a library SOP is inserted as a new sheet with its flowchart",
    async run({ page, expect, shot }) {
      const panel = page.getByRole("complementary", { name: "Panel tugas" });
      const lembar = page.getByRole("tablist", { name: "Lembar" });
      await panel.getByRole("tab", { name: "SOP", exact: true }).waitFor({ timeout: 30_000 });
      await panel.getByRole("tab", { name: "SOP", exact: true }).click();
      await panel.getByRole("button", { name: /Kecamatan Janapria/ }).click();
      await panel.getByRole("group", { name: "Langkah 6" }).waitFor();
      expect((await panel.getByRole("group", { name: "Langkah 6" }).getByRole("combobox", { name: "Simbol" }).inputValue()) === "keputusan", "step 6 of Janapria is a decision");
      const sebelum = await lembar.getByRole("tab").count();

      await panel.getByRole("button", { name: "Sisipkan SOP" }).click();
      const status = panel.getByRole("status").getByText(/^SOP disisipkan di lembar /);
      const dialog = page.getByRole("alertdialog");
      await Promise.race([status.waitFor({ timeout: 30_000 }), dialog.waitFor({ timeout: 30_000 })]);
      if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Ganti lembar" }).click();
      await status.waitFor({ timeout: 30_000 });
      const nama = (await status.textContent()).replace(/^SOP disisipkan di lembar /, "").replace(/\.$/, "");

      const tab = lembar.getByRole("tab", { name: nama, exact: true });
      await tab.waitFor({ timeout: 10_000 });
      expect((await lembar.getByRole("tab").count()) >= sebelum, "the sheet tabs still all there");
      expect((await tab.getAttribute("aria-selected")) === "true", `the new sheet "${nama}" is the one shown`);
      const bentuk = page.getByRole("img", { name: "Bentuk dan grafik di lembar" });
      await bentuk.waitFor({ timeout: 10_000 });
      const simbol = bentuk.locator("[data-kind]");
      expect((await simbol.count()) >= 9, "a symbol per step drawn on the sheet");
      const belahKetupat = await bentuk.locator('[data-kind="FlowChartDecision"], [data-kind="Diamond"]').count();
      expect(belahKetupat >= 1, "the decision drawn as a diamond");
      await shot("sop-sisipkan");
    },
  },
];
