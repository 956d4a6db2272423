/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../src/emulator";
import { EvaporApp, HostProblemScreen, isDark } from "../../src/taskpane/App";
import { hostProblem } from "../../src/taskpane/host-problem";
import { pengaturanDariXml } from "../../src/domain/pengaturan";

const today = new Date(2026, 10, 23);
const modern = { hasResizeObserver: true, hasIntlPluralRules: true, hasAllSettled: true };

describe("task pane shell", () => {
  it("navigates between the five pages by tab", async () => {
    render(<EvaporApp host={createExcelEmulator()} today={today} />);
    const tabs = within(screen.getByRole("tablist", { name: "Menu Evapor" })).getAllByRole("tab");
    expect(tabs).toHaveLength(5);
    for (const name of ["Kinerja", "SOP", "Evaluasi", "Tinjauan", "Pengaturan"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Kinerja" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(screen.getByRole("tab", { name: "Evaluasi" }));
    expect(screen.getByRole("heading", { level: 2, name: "Evaluasi" })).toBeInTheDocument();
    expect(screen.getByText(/Berita Acara Evaluasi Kinerja/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "SOP" }));
    expect(screen.getByRole("heading", { level: 2, name: "SOP" })).toBeInTheDocument();
  });

  it("speaks English when Office runs in English", () => {
    render(<EvaporApp host={createExcelEmulator({ displayLanguage: "en-US" })} today={today} />);
    expect(screen.getByRole("tab", { name: "Performance" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Settings" })).toBeInTheDocument();
  });

  it("follows a dark Office theme", () => {
    expect(isDark({ bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#000000", controlForegroundColor: "#FFFFFF" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" })).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});

describe("host check", () => {
  it("names the reason Evapor cannot run", () => {
    expect(hostProblem(null, modern)).toBe("no-host");
    expect(hostProblem(createExcelEmulator({ apiVersion: "1.8" }), modern)).toBe("api-lama");
    expect(hostProblem(createExcelEmulator(), { ...modern, hasResizeObserver: false })).toBe("webview-lama");
    expect(hostProblem(createExcelEmulator(), modern)).toBeNull();
  });

  it("shows the problem screen in the user's language", () => {
    render(<HostProblemScreen problem="api-lama" displayLanguage="id-ID" />);
    expect(screen.getByRole("alert")).toHaveTextContent("ExcelApi 1.9");
    expect(screen.getByRole("heading", { name: "Evapor tidak dapat berjalan di sini" })).toBeInTheDocument();
  });
});

describe("Pengaturan page", () => {
  async function openPengaturan(host = createExcelEmulator()) {
    render(<EvaporApp host={host} today={today} />);
    await userEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    await screen.findByRole("textbox", { name: "Kabupaten/Kota" });
    return host;
  }

  it("shows the NIP problem next to its field and does not save", async () => {
    const host = await openPengaturan();
    await userEvent.type(screen.getByRole("textbox", { name: "NIP Camat" }), "12345");
    expect(screen.getByText("NIP harus 18 angka (sekarang 5 angka).")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Simpan ke buku kerja" }));
    expect(await screen.findByText("Periksa isian yang ditandai sebelum menyimpan.")).toBeInTheDocument();
    expect(host.snapshot().customXmlParts).toHaveLength(0);
  });

  it("saves the settings into the workbook", async () => {
    const host = await openPengaturan();
    const isi: [string, string][] = [["Kabupaten/Kota", "Kabupaten Malang"], ["Kecamatan", "Kalipare"], ["Nama Camat", "Budi"], ["Nama Sekretaris Camat", "Siti"], ["NIP Camat", "19700101 199003 1 001"]];
    for (const [label, value] of isi) await userEvent.type(screen.getByRole("textbox", { name: label }), value);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Ukuran kertas" }), "F4");
    await userEvent.click(screen.getByRole("button", { name: "Simpan ke buku kerja" }));
    expect(await screen.findByText("Pengaturan tersimpan di buku kerja.")).toBeInTheDocument();
    const parts = host.snapshot().customXmlParts;
    expect(parts).toHaveLength(1);
    const stored = pengaturanDariXml(parts[0].xml, 2000);
    expect(stored).toMatchObject({ kind: "ok", pengaturan: { kertas: "F4", instansi: { kecamatan: "Kalipare" }, camat: { nip: "19700101 199003 1 001" } } });
  });

  it("edits the predikat scale and validates it", async () => {
    await openPengaturan();
    await userEvent.clear(screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" }));
    await userEvent.type(screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" }), "95");
    expect(screen.getByText(/Skala harus menurun/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Kembalikan ke Permendagri 86/2017" }));
    expect(screen.queryByText(/Skala harus menurun/)).not.toBeInTheDocument();
    expect(screen.getByRole("spinbutton", { name: "Batas bawah predikat 2 (%)" })).toHaveValue(76);
  });

  it("shows the mapped message, not the raw error, when Excel refuses", async () => {
    const host = createExcelEmulator();
    host.failNextSync("AccessDenied", { afterSyncs: 0 });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<EvaporApp host={host} today={today} />);
    await userEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Excel menolak perubahan: lembar atau buku kerja sedang dilindungi");
    expect(alert).not.toHaveTextContent("Injected fault");
    expect(console.error).toHaveBeenCalled();
  });
});
