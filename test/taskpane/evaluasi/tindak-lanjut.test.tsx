/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../../src/emulator";
import { EvaporApp } from "../../../src/taskpane/App";
import { tambahTindakLanjut } from "../../../src/excel/evaluasi/tindak-lanjut";
import { tindakLanjutBaru } from "../../../src/domain/evaluasi/tindak-lanjut";
import { writePengaturan } from "../../../src/excel/pengaturan";
import { pengaturanAwal } from "../../../src/domain/pengaturan";

const today = new Date(2026, 10, 23);
const hariIni = { tahun: 2026, bulan: 11, hari: 23 };

beforeAll(() => {
  // Fluent's MessageBar measures itself (DESIGN.md: jsdom needs a ResizeObserver stub).
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});

async function bukaEvaluasi(host: ReturnType<typeof createExcelEmulator>) {
  render(<EvaporApp host={host} today={today} />);
  await userEvent.click(screen.getByRole("tab", { name: "Evaluasi" }));
}

describe("Evaluasi page: tindak lanjut", () => {
  it("adds a follow-up typed in the form, creating the sheet", async () => {
    const host = createExcelEmulator();
    await bukaEvaluasi(host);
    expect(await screen.findByText(/Lembar "Tindak Lanjut 2026" belum ada/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: /Rekomendasi/ }), "Lengkapi bukti dukung PBB");
    await userEvent.type(screen.getByRole("textbox", { name: /Indikator/ }), "Persentase realisasi PBB");
    await userEvent.type(screen.getByRole("textbox", { name: /Penanggung jawab/ }), "Kasi Pem");
    await userEvent.type(screen.getByRole("textbox", { name: /Batas waktu/ }), "31/12/2026");
    await userEvent.click(screen.getByRole("button", { name: "Tambahkan tindak lanjut" }));
    expect(await screen.findByText('Lembar "Tindak Lanjut 2026" dibuat dengan 1 tindak lanjut.')).toBeInTheDocument();
    const item = await screen.findByRole("listitem", { name: "Lengkapi bukti dukung PBB" });
    expect(within(item).getByText("Kasi Pem · batas waktu 31 Desember 2026 · Diserahkan ke Kasi")).toBeInTheDocument();
    expect(host.snapshot().sheets.map((s) => s.name)).toContain("Tindak Lanjut 2026");

    // A second one is appended; the pane knows the sheet is there, so the append reads it in one sync.
    const sebelum = host.runs.length;
    await userEvent.type(screen.getByRole("textbox", { name: /Rekomendasi/ }), "Perbarui data IKM");
    await userEvent.type(screen.getByRole("textbox", { name: /Penanggung jawab/ }), "Kasi Pelayanan");
    await userEvent.type(screen.getByRole("textbox", { name: /Batas waktu/ }), "31/12/2026");
    await userEvent.click(screen.getByRole("button", { name: "Tambahkan tindak lanjut" }));
    expect(await screen.findByRole("listitem", { name: "Perbarui data IKM" })).toBeInTheDocument();
    expect(host.runs[sebelum]?.syncs).toBe(2);
  });

  it("creates the sheet on the paper of the workbook's settings, read once with the page", async () => {
    const host = createExcelEmulator();
    await host.run((c) => writePengaturan(c, { ...pengaturanAwal(2026), kertas: "F4" }));
    await bukaEvaluasi(host);
    expect(await screen.findByText(/Lembar "Tindak Lanjut 2026" belum ada/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: /Rekomendasi/ }), "Lengkapi bukti dukung PBB");
    await userEvent.type(screen.getByRole("textbox", { name: /Penanggung jawab/ }), "Kasi Pem");
    await userEvent.type(screen.getByRole("textbox", { name: /Batas waktu/ }), "31/12/2026");
    await userEvent.click(screen.getByRole("button", { name: "Tambahkan tindak lanjut" }));
    await screen.findByRole("listitem", { name: "Lengkapi bukti dukung PBB" });
    expect(host.snapshot().sheets.find((s) => s.name === "Tindak Lanjut 2026")?.pageLayout.paperSize).toBe("Folio");
  });

  it("shows the form's problems instead of writing", async () => {
    const host = createExcelEmulator();
    await bukaEvaluasi(host);
    await screen.findByText(/belum ada/);
    await userEvent.type(screen.getByRole("textbox", { name: /Batas waktu/ }), "20/11/2026");
    await userEvent.click(screen.getByRole("button", { name: "Tambahkan tindak lanjut" }));
    expect(await screen.findByText("Periksa isian tindak lanjut.")).toBeInTheDocument();
    expect(screen.getAllByText("Wajib diisi.")).toHaveLength(2);
    expect(screen.getByText(/Batas waktu tidak boleh sebelum hari ini/)).toBeInTheDocument();
    expect(host.snapshot().sheets.map((s) => s.name)).not.toContain("Tindak Lanjut 2026");
  });

  it("marks an overdue follow-up with the days late and moves one along to the next status", async () => {
    const host = createExcelEmulator();
    const tl = (rekomendasi: string, hari: number) =>
      tindakLanjutBaru({ id: rekomendasi, rekomendasi, indikator: "", penanggungJawab: "Kasi Kesos", batasWaktu: { tahun: 2026, bulan: 11, hari } }, { tahun: 2026, bulan: 11, hari: 2 });
    await host.run((c) => tambahTindakLanjut(c, 2026, [tl("Tepat waktu", 30), tl("Perbaiki data IKM", 20)], { kertas: "A4", hariIni }));
    await bukaEvaluasi(host);

    const list = await screen.findByRole("list", { name: "Daftar tindak lanjut" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual(["Perbaiki data IKM", "Tepat waktu"]);
    expect(within(items[0]).getByText("Terlambat 3 hari")).toBeInTheDocument();
    expect(within(items[1]).queryByText(/Terlambat/)).toBeNull();

    await userEvent.click(screen.getByRole("radio", { name: "Terlambat" }));
    expect(within(screen.getByRole("list", { name: "Daftar tindak lanjut" })).getAllByRole("listitem")).toHaveLength(1);

    await userEvent.click(within(screen.getByRole("listitem", { name: "Perbaiki data IKM" })).getByRole("button", { name: "Tandai Diperbaiki" }));
    expect(await screen.findByText("Status diubah menjadi Diperbaiki.")).toBeInTheDocument();
    const item = await screen.findByRole("listitem", { name: "Perbaiki data IKM" });
    expect(await within(item).findByRole("button", { name: "Tandai Diperiksa Sekcam" })).toBeInTheDocument();
    const row = await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Tindak Lanjut 2026").getRange("F6:H6");
      r.load("values");
      await context.sync();
      return (r.values as unknown[][])[0];
    });
    expect(row[0]).toBe("Diperbaiki");
    expect(typeof row[2]).toBe("number");
  });
});
