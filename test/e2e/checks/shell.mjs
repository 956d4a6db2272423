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
        // Pages visited before stay mounted but hidden: only the chosen one may be seen.
        const terlihat = await page.locator("main [role=tabpanel]:visible > h2").allTextContents();
        expect(terlihat.length === 1 && terlihat[0] === heading, `only ${heading} visible (saw ${terlihat.join(", ")})`);
      }
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
  {
    name: "the workbook downloads as an .xlsx file",
    async run({ page, expect }) {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 20_000 }), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
      const stream = await download.createReadStream();
      const chunks = [];
      for await (const c of stream) chunks.push(c);
      const bytes = Buffer.concat(chunks);
      expect(download.suggestedFilename().endsWith(".xlsx"), "an .xlsx file name");
      expect(bytes.length > 1000 && bytes.subarray(0, 2).toString() === "PK", "a zip (xlsx) of some size");
    },
  },
];
