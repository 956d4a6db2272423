/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator, emptyWorkbook, type ExcelEmulator } from "../../src/emulator";
import type { ExcelHost } from "../../src/excel/host";
import { writePengaturan } from "../../src/excel/pengaturan";
import { NAMESPACE_PENGATURAN, pengaturanAwal, pengaturanDariXml, type Pengaturan } from "../../src/domain/pengaturan";
import { EvaporApp } from "../../src/taskpane/App";

const today = new Date(2026, 10, 23);
const SIMPAN = { name: "Simpan ke buku kerja" };

async function openPengaturan(host: ExcelHost = createExcelEmulator()) {
  render(<EvaporApp host={host} today={today} />);
  await userEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  await screen.findByRole("textbox", { name: "Kabupaten/Kota" });
}

async function isiWajib() {
  const isi: [string, string][] = [["Kabupaten/Kota", "Kabupaten Malang"], ["Kecamatan", "Kalipare"], ["Nama Camat", "Budi"], ["Nama Sekretaris Camat", "Siti"]];
  for (const [name, value] of isi) await userEvent.type(screen.getByRole("textbox", { name }), value);
}

const stored = (emu: ExcelEmulator) => {
  const parts = emu.snapshot().customXmlParts;
  expect(parts).toHaveLength(1);
  const r = pengaturanDariXml(parts[0].xml, 2000);
  if (r.kind !== "ok") throw new Error(r.kind);
  return r.pengaturan;
};

describe("Pengaturan page", () => {
  it("shows what the workbook holds", async () => {
    const emu = createExcelEmulator();
    const p: Pengaturan = { ...pengaturanAwal(2025), instansi: { kabupaten: "Kab. Banyumas", kecamatan: "Purwokerto Utara", alamat: "Jl. <Baru> & Co" }, kertas: "F4" };
    await emu.run((c) => writePengaturan(c, p));
    await openPengaturan(emu);
    expect(screen.getByRole("textbox", { name: "Kecamatan" })).toHaveValue("Purwokerto Utara");
    expect(screen.getByRole("textbox", { name: "Alamat kantor" })).toHaveValue("Jl. <Baru> & Co");
    expect(screen.getByRole("spinbutton", { name: "Tahun" })).toHaveValue("2025");
    expect(screen.getByRole("combobox", { name: "Ukuran kertas" })).toHaveValue("F4");
  });

  it("shows the NIP problem next to its field and does not save", async () => {
    const emu = createExcelEmulator();
    await openPengaturan(emu);
    await userEvent.type(screen.getByRole("textbox", { name: "NIP Camat" }), "12345");
    expect(screen.getByRole("textbox", { name: "NIP Camat" })).toHaveAccessibleDescription(expect.stringContaining("NIP harus 18 angka (sekarang 5 angka)."));
    expect(screen.getByRole("textbox", { name: "NIP Camat" })).toHaveAttribute("aria-invalid", "true");
    // Untouched fields stay quiet until the user tries to save.
    expect(screen.queryByText("Wajib diisi.")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", SIMPAN));
    expect(await screen.findByText("Periksa isian yang ditandai sebelum menyimpan.")).toBeInTheDocument();
    expect(screen.getAllByText("Wajib diisi.")).toHaveLength(4);
    expect(emu.snapshot().customXmlParts).toHaveLength(0);
  });

  it("saves the settings into the workbook", async () => {
    const emu = createExcelEmulator();
    await openPengaturan(emu);
    await isiWajib();
    await userEvent.type(screen.getByRole("textbox", { name: "NIP Camat" }), "19700101 199003 1 001");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Ukuran kertas" }), "F4");
    await userEvent.click(screen.getByRole("button", SIMPAN));
    expect(await screen.findByText("Pengaturan tersimpan di buku kerja.")).toBeInTheDocument();
    expect(stored(emu)).toMatchObject({ tahun: 2026, kertas: "F4", instansi: { kecamatan: "Kalipare" }, camat: { nama: "Budi", nip: "19700101 199003 1 001" } });
  });

  it("checks the year typed into its spin button", async () => {
    const emu = createExcelEmulator();
    await openPengaturan(emu);
    await isiWajib();
    const tahun = screen.getByRole("spinbutton", { name: "Tahun" });
    await userEvent.clear(tahun);
    await userEvent.type(tahun, "1999{Enter}");
    expect(await screen.findByText("Tahun harus antara 2000 dan 2100.")).toBeInTheDocument();
    await userEvent.clear(tahun);
    await userEvent.type(tahun, "2027");
    await userEvent.tab();
    expect(screen.queryByText("Tahun harus antara 2000 dan 2100.")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", SIMPAN));
    await screen.findByText("Pengaturan tersimpan di buku kerja.");
    expect(stored(emu).tahun).toBe(2027);
  });

  it("edits the predikat scale, validates it and resets it", async () => {
    await openPengaturan();
    const batas2 = screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" });
    await userEvent.clear(batas2);
    await userEvent.type(batas2, "95");
    await userEvent.tab();
    expect(screen.getByText("Batas bawah predikat 2 harus lebih kecil dari predikat di atasnya.")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Skala predikat" })).toHaveAccessibleDescription(/harus lebih kecil/);
    expect(screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("spinbutton", { name: "Batas bawah predikat 3 (%)" })).not.toHaveAttribute("aria-invalid");
    await userEvent.click(screen.getByRole("button", { name: "Kembalikan ke Permendagri 86/2017" }));
    expect(screen.queryByText(/harus lebih kecil/)).not.toBeInTheDocument();
    expect(screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" })).toHaveValue("76");
  });

  it("adds a band that must be named, removes bands, and saves the office's own scale", async () => {
    const emu = createExcelEmulator();
    await openPengaturan(emu);
    await isiWajib();
    await userEvent.click(screen.getByRole("button", { name: "Tambah predikat" }));
    expect(screen.getByText("Nama predikat 5 belum diisi.")).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: "Nama predikat 5" }), "Sangat Rendah Sekali");
    expect(screen.getByRole("button", { name: "Hapus predikat 6" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Hapus predikat 1" }));
    expect(screen.getByRole("textbox", { name: "Nama predikat 1" })).toHaveValue("Tinggi");
    await userEvent.click(screen.getByRole("button", SIMPAN));
    await screen.findByText("Pengaturan tersimpan di buku kerja.");
    expect(stored(emu).skala.pita.map((p) => p.nama)).toEqual(["Tinggi", "Sedang", "Rendah", "Sangat Rendah Sekali", "Sangat Rendah"]);
  });

  it("disables Save while saving", async () => {
    const emu = createExcelEmulator();
    let lepas: () => void = () => undefined;
    const tahan = new Promise<void>((resolve) => { lepas = resolve; });
    let runs = 0;
    // The save (third run) waits until the test lets it go; the reads (Kinerja's settings when the
    // pane opens, then Pengaturan's) run at once.
    const host: ExcelHost = { displayLanguage: "id-ID", isSetSupported: () => true, run: (batch) => (++runs <= 2 ? emu.run(batch) : tahan.then(() => emu.run(batch))) };
    await openPengaturan(host);
    await isiWajib();
    await userEvent.click(screen.getByRole("button", SIMPAN));
    expect(screen.getByRole("button", { name: "Menyimpan…" })).toBeDisabled();
    lepas();
    expect(await screen.findByRole("button", SIMPAN)).toBeEnabled();
    expect(screen.getByRole("status")).toHaveTextContent("Pengaturan tersimpan di buku kerja.");
  });

  it("warns about a damaged settings part and replaces it on save", async () => {
    const emu = createExcelEmulator({ workbook: { ...emptyWorkbook(), customXmlParts: [{ id: "x", namespaceUri: NAMESPACE_PENGATURAN, xml: `<pengaturan xmlns="${NAMESPACE_PENGATURAN}"><tahun>20` }] } });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await openPengaturan(emu);
    expect(screen.getByText(/Pengaturan di buku kerja ini rusak/)).toBeInTheDocument();
    await isiWajib();
    await userEvent.click(screen.getByRole("button", SIMPAN));
    await screen.findByText("Pengaturan tersimpan di buku kerja.");
    expect(stored(emu).instansi.kecamatan).toBe("Kalipare");
    expect(screen.queryByText(/rusak/)).not.toBeInTheDocument();
  });

  it("names the settings it could not read", async () => {
    const xml = `<pengaturan xmlns="${NAMESPACE_PENGATURAN}"><instansi><kabupaten>Malang</kabupaten><kecamatan>Kalipare</kecamatan><alamat/></instansi><camat><nama>A</nama><nip/></camat><sekcam><nama>B</nama><nip/></sekcam><tahun>2026</tahun><kertas>B5</kertas></pengaturan>`;
    await openPengaturan(createExcelEmulator({ workbook: { ...emptyWorkbook(), customXmlParts: [{ id: "x", namespaceUri: NAMESPACE_PENGATURAN, xml }] } }));
    expect(screen.getByText("Sebagian pengaturan tidak terbaca dan diganti isian bawaan: Ukuran kertas, Skala predikat. Periksa lalu simpan.")).toBeInTheDocument();
  });

  it("is in English for an English Office", async () => {
    render(<EvaporApp host={createExcelEmulator({ displayLanguage: "en-US" })} today={today} />);
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    await userEvent.type(await screen.findByRole("textbox", { name: "Camat's NIP" }), "1970");
    expect(screen.getByText("A NIP has 18 digits (this one has 4).")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save to workbook" })).toBeInTheDocument();
  });
});

describe("error bar", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));

  it("shows the mapped message, not the raw error, and logs the detail; retry then loads", async () => {
    const emu = createExcelEmulator();
    render(<EvaporApp host={emu} today={today} />);
    // The Kinerja page reads the settings when the pane opens; the fault is for Pengaturan's read.
    await waitFor(() => expect(emu.runs.length).toBe(1));
    emu.failNextSync("AccessDenied");
    await userEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Excel menolak perubahan: lembar atau buku kerja sedang dilindungi");
    expect(alert).not.toHaveTextContent("Injected fault");
    expect(console.error).toHaveBeenCalledWith("[Evapor]", "AccessDenied", expect.objectContaining({ code: "AccessDenied", message: "Injected fault: AccessDenied" }));
    expect(screen.queryByRole("textbox", { name: "Kabupaten/Kota" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Coba lagi" }));
    expect(await screen.findByRole("textbox", { name: "Kabupaten/Kota" })).toHaveValue("");
  });

  it("keeps the draft when a save fails, and can be dismissed", async () => {
    const emu = createExcelEmulator();
    await openPengaturan(emu);
    await isiWajib();
    emu.failNextSync("Conflict");
    await userEvent.click(screen.getByRole("button", SIMPAN));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Buku kerja sedang diubah oleh orang lain. Coba lagi.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Kecamatan" })).toHaveValue("Kalipare");
    expect(screen.getByRole("button", SIMPAN)).toBeEnabled();
    await userEvent.click(within(alert).getByRole("button", { name: "Tutup pesan" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says an unknown error is unknown, in English too", async () => {
    const emu = createExcelEmulator({ displayLanguage: "en-US" });
    emu.failNextSync("SomethingNobodyKnows");
    render(<EvaporApp host={emu} today={today} />);
    await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("An unknown error occurred. Technical details are in the developer console.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("SomethingNobodyKnows");
  });
});
