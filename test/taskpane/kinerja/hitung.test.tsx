/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator, type ExcelEmulator } from "../../../src/emulator";
import { tombolDialog } from "../../support/dialog";
import { EvaporApp } from "../../../src/taskpane/App";
import { buildSampleWorkbook } from "../../../src/preview/sample-workbook";

const today = new Date(2026, 10, 23);
const WAKTU = "Rata-rata waktu penyelesaian surat (hari)";

async function bacaContoh(): Promise<ExcelEmulator> {
  const emu = createExcelEmulator();
  await buildSampleWorkbook(emu);
  render(<EvaporApp host={emu} today={today} />);
  await userEvent.click(screen.getByRole("button", { name: "Baca lembar aktif" }));
  await screen.findByText("Lembar Data Kinerja: judul di baris 3–4, 5 baris indikator.");
  return emu;
}

const barisIndikator = (nama: string) => {
  const daftar = screen.getByRole("list", { name: "Indikator dan capaiannya" });
  const kartu = within(daftar).getAllByRole("listitem").find((r) => r.getAttribute("aria-label")?.startsWith(nama));
  if (!kartu) throw new Error(`no card for ${nama}`);
  return kartu;
};
/** "Capaian s.d. TW III: 102,22 % · Sangat Tinggi" → ["102,22 %", "Sangat Tinggi"]. */
const hasil = (kartu: HTMLElement) => (/: (.*) · (.*)$/.exec(within(kartu).getByText(/^Capaian s\.d\. TW /).textContent ?? "") ?? []).slice(1);

describe("Kinerja page: rules, capaian and the summary", () => {
  it("names every odd cell by its address", async () => {
    await bacaContoh();
    const daftar = screen.getByRole("list", { name: "Sel yang perlu diperiksa" });
    expect(within(daftar).getByText(/^G7 \(Realisasi TW II\): angka 68,5 tersimpan sebagai teks "68,5"/)).toBeInTheDocument();
    expect(within(daftar).getByText(/^F8 \(Realisasi TW I\): angka 82,5 tersimpan sebagai teks/)).toBeInTheDocument();
  });

  it("computes TW III by the guessed rule, and again when the user changes it", async () => {
    await bacaContoh();
    let row = barisIndikator(WAKTU);
    // The unit already closes the indicator's name: it is not repeated in the card's title.
    expect(within(row).getByText(`Baris 9: ${WAKTU}`)).toBeInTheDocument();
    expect(within(barisIndikator("Jumlah dokumen")).getByText(/^Baris 6: Jumlah dokumen .* \(dokumen\)$/)).toBeInTheDocument();
    // "Rata-rata …" is averaged: (3,5 + 2,8 + 2,5) / 3 against 3 days, positif until told otherwise.
    expect(hasil(row)[0]).toBe("97,78 %");
    expect(within(row).getByRole("combobox", { name: `Agregasi ${WAKTU}` })).toHaveDisplayValue("Rata-rata");
    await userEvent.selectOptions(within(row).getByRole("combobox", { name: `Polaritas ${WAKTU}` }), "negatif-selisih");
    row = barisIndikator(WAKTU);
    expect(hasil(row)).toEqual(["102,22 %", "Sangat Tinggi"]);
    expect(within(row).getByText(/2 × T − R/)).toBeInTheDocument();
  });

  it("summarises per predikat and follows the quarter chosen", async () => {
    await bacaContoh();
    const ringkasan = screen.getByRole("region", { name: "Ringkasan TW III" });
    expect(ringkasan).toHaveTextContent("Tinggi: 1");
    expect(ringkasan).toHaveTextContent(/Rata-rata capaian: \d+,\d+ %/);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Triwulan yang dihitung" }), "4");
    // Nothing is reported for TW IV yet, but s.d. TW IV still counts the earlier quarters.
    expect(screen.getByRole("region", { name: "Ringkasan TW IV" })).toBeInTheDocument();
  });

  it("re-reads with a changed column role without going back to Excel", async () => {
    const emu = await bacaContoh();
    const runs = emu.runs.length;
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Peran kolom H" }), "lainnya");
    // Without TW III's column, the dokumen indicator sums TW I and II only: 605 of 1200.
    expect(hasil(barisIndikator("Jumlah dokumen administrasi"))[0]).toBe("50,42 %");
    expect(emu.runs.length).toBe(runs);
  });
});

describe("Kinerja page: writing", () => {
  it("adds Capaian & Predikat formulas beside the table that compute what the pane shows, and never twice over", async () => {
    const emu = await bacaContoh();
    await userEvent.click(screen.getByRole("button", { name: "Tambah kolom Capaian & Predikat TW III" }));
    expect(await screen.findByText(/^Kolom Capaian dan Predikat ditulis di Data Kinerja!J/)).toBeInTheDocument();
    expect(emu.lastRun()?.syncs).toBeLessThanOrEqual(2);
    const lembar = emu.snapshot().sheets.find((s) => s.name === "Data Kinerja");
    const cells = lembar?.cells ?? [];
    // The IKM row (Excel row 8): the pane's capaian and predikat, computed by the sheet's own formulas.
    const ikm = barisIndikator("Indeks Kepuasan Masyarakat");
    const tertulis = cells.filter((c) => c.row === 7 && c.col >= 9).map((c) => c.computed);
    expect(tertulis).toContain(hasil(ikm)[1]);
    // Pressing again without reading: the new columns' place is taken now; nothing is overwritten.
    await userEvent.click(screen.getByRole("button", { name: "Tambah kolom Capaian & Predikat TW III" }));
    expect(await screen.findByText(/^(Tidak ditulis: \d+ sel|Lembar berubah sejak dibaca)/)).toBeInTheDocument();
    expect(emu.snapshot().sheets.find((s) => s.name === "Data Kinerja")?.cells.filter((c) => c.col >= 9).length).toBe(cells.filter((c) => c.col >= 9).length);
  });

  it("creates an IKU sheet from the indicators read, with the rules the user set", async () => {
    const emu = await bacaContoh();
    await userEvent.selectOptions(within(barisIndikator(WAKTU)).getByRole("combobox", { name: `Polaritas ${WAKTU}` }), "negatif-selisih");
    await userEvent.click(screen.getByRole("button", { name: "Buat lembar IKU dari data ini" }));
    // The sample workbook has its IKU 2026 already: replaced only on confirmation.
    await userEvent.click(await tombolDialog("Ganti lembar IKU 2026?", "Ganti lembar"));
    expect(await screen.findByText("Lembar IKU 2026 dibuat dengan 5 indikator.")).toBeInTheDocument();
    const iku = emu.snapshot().sheets.find((s) => s.name === "IKU 2026");
    const baris = iku?.cells.find((c) => c.value === WAKTU)?.row;
    expect(iku?.cells.find((c) => c.row === baris && c.col === 4)?.value).toBe("negatif");
    expect(iku?.cells.find((c) => c.row === baris && c.col === 5)?.value).toBe("rata-rata");
  });
});
