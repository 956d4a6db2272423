// The Evaluasi page in the preview: the default quarter's evaluation sheet is inserted from the
// sample "IKU <year>" sheet, then its Berita Acara from the form; both tabs appear in the workbook.
const namaDari = async (el) => ((await el.textContent()) ?? "").match(/"([^"]+)"/)?.[1] ?? "";

export const checks = [
  {
    name: "Evaluasi: the quarter's evaluation and its Berita Acara are inserted as sheets",
    async run({ page, expect, shot }) {
      const panel = page.getByRole("complementary", { name: "Panel tugas" });
      const lembar = page.getByRole("tablist", { name: "Lembar" });
      await panel.getByRole("tab", { name: "Evaluasi", exact: true }).waitFor({ timeout: 30_000 });
      await panel.getByRole("tab", { name: "Evaluasi", exact: true }).click();

      await panel.getByRole("button", { name: /^Sisipkan evaluasi TW / }).click();
      const status = panel.getByRole("status").filter({ hasText: /^Lembar "[^"]+" (disisipkan|diperbarui)/ });
      await status.waitFor({ timeout: 30_000 });
      const evaluasi = await namaDari(status);
      expect(evaluasi.startsWith("Evaluasi TW "), `evaluation sheet named "${evaluasi}"`);
      await lembar.getByRole("tab", { name: evaluasi, exact: true }).waitFor({ timeout: 10_000 });
      await shot("evaluasi-tw");

      await panel.getByRole("button", { name: "Berita Acara", exact: true }).click();
      await panel.getByRole("textbox", { name: /^Tempat/ }).fill("Kantor Kecamatan Kalipare");
      await panel.getByRole("textbox", { name: /^Nomor/ }).fill("700/15/35.07.19/2026");
      await panel.getByRole("textbox", { name: "Nama anggota 1" }).fill("Drs. Budi Santoso");
      await panel.getByRole("textbox", { name: "Jabatan anggota 1" }).fill("Sekretaris Kecamatan");
      await panel.getByRole("button", { name: "Tambah anggota" }).click();
      await panel.getByRole("textbox", { name: "Nama anggota 2" }).fill("Sri Wahyuni, S.Sos");
      await panel.getByRole("textbox", { name: "Jabatan anggota 2" }).fill("Kasubag Perencanaan dan Keuangan");
      await panel.getByRole("textbox", { name: /^Nama ketua tim/ }).fill("Drs. Budi Santoso");
      await panel.getByRole("textbox", { name: /^Tindak lanjut/ }).fill("Kasi Pemerintahan melengkapi bukti dukung realisasi PBB\nKasi Pelayanan memperbaiki data IKM");
      await panel.getByRole("button", { name: "Sisipkan Berita Acara" }).click();

      const baOk = panel.getByRole("status").filter({ hasText: /^Berita Acara disisipkan di lembar / });
      const sudahAda = panel.getByRole("button", { name: "Ganti Berita Acara" });
      await Promise.race([baOk.waitFor({ timeout: 30_000 }), sudahAda.waitFor({ timeout: 30_000 })]);
      if (await sudahAda.isVisible()) await sudahAda.click();
      await baOk.waitFor({ timeout: 30_000 });
      const ba = await namaDari(baOk);
      const tab = lembar.getByRole("tab", { name: ba, exact: true });
      await tab.waitFor({ timeout: 10_000 });
      expect(ba !== "" && ba !== evaluasi, `Berita Acara sheet "${ba}" beside the evaluation`);
      await tab.click();
      await shot("berita-acara");
    },
  },
];
