// The preview loads, the task pane renders and navigates, and the sample workbook is drawn.
export const checks = [
  {
    name: "the preview shows the task pane and the sample workbook",
    async run({ page, expect, shot }) {
      await page.getByRole("tab", { name: "Kinerja", exact: true }).waitFor({ timeout: 30_000 });
      await page.getByRole("grid", { name: "Data Kinerja" }).waitFor();
      expect(await page.getByRole("gridcell", { name: /Musrenbangcam/ }).count() > 0, "sample indicator shown in the grid");
      await shot("preview");
    },
  },
  {
    name: "the task pane navigates to every page",
    async run({ page, expect }) {
      for (const [tab, heading] of [["SOP", "SOP"], ["Evaluasi", "Evaluasi"], ["Tinjauan", "Tinjauan"], ["Pengaturan", "Pengaturan buku kerja"], ["Kinerja", "Kinerja"]]) {
        await page.getByRole("tab", { name: tab, exact: true }).click();
        await page.getByRole("heading", { level: 2, name: heading }).waitFor({ timeout: 10_000 });
      }
      expect(true, "all pages reached");
    },
  },
  {
    name: "Pengaturan shows the sample kecamatan read from the workbook",
    async run({ page, expect, shot }) {
      await page.getByRole("tab", { name: "Pengaturan", exact: true }).click();
      const kecamatan = page.getByRole("textbox", { name: "Kecamatan" });
      await kecamatan.waitFor({ timeout: 10_000 });
      expect((await kecamatan.inputValue()) === "Kalipare", "kecamatan read from the custom XML part");
      await shot("pengaturan");
    },
  },
];
