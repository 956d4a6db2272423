// The Kinerja page in the preview: the sample "Data Kinerja" sheet is read, one rule is changed, and
// Capaian & Predikat columns are added beside the user's own table as formulas.
export const checks = [
  {
    name: "Kinerja: the active sheet is read, a rule changed, and capaian columns added beside the table",
    async run({ page, expect, shot }) {
      const panel = page.getByRole("complementary", { name: "Panel tugas" });
      await panel.getByRole("button", { name: "Baca lembar aktif" }).waitFor({ timeout: 30_000 });
      await panel.getByRole("button", { name: "Baca lembar aktif" }).click();
      await panel.getByText("Lembar Data Kinerja: judul di baris 3–4, 5 baris indikator.").waitFor({ timeout: 30_000 });
      const masalah = panel.getByRole("list", { name: "Sel yang perlu diperiksa" });
      expect((await masalah.textContent()).includes("G7"), "the number typed as text in G7 is named by its cell");

      const polaritas = panel.getByRole("combobox", { name: /^Polaritas Rata-rata waktu penyelesaian surat/ });
      await polaritas.selectOption("negatif-selisih");
      const ringkasan = panel.getByRole("region", { name: /^Ringkasan TW / });
      expect((await ringkasan.textContent()).includes("Rata-rata capaian"), "the live summary shows the average capaian");

      await panel.getByRole("button", { name: /^Tambah kolom Capaian & Predikat TW / }).click();
      const status = panel.getByRole("status").getByText(/^Kolom Capaian dan Predikat ditulis di /);
      await status.waitFor({ timeout: 30_000 });
      const grid = page.getByRole("grid");
      await grid.getByText(/^Capaian TW /).first().waitFor({ timeout: 10_000 });
      await shot("kinerja-kolom");
    },
  },
];
