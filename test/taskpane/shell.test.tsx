/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelEmulator } from "../../src/emulator";
import { EvaporApp, HostProblemScreen } from "../../src/taskpane/App";

const today = new Date(2026, 10, 23);
/** Lets the Kinerja page's read of the settings (started when it is shown) land inside the test. */
const bacaanSelesai = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

describe("task pane shell", () => {
  it("offers the five pages as tabs and starts on Kinerja", async () => {
    render(<EvaporApp host={createExcelEmulator()} today={today} />);
    const tabs = within(screen.getByRole("tablist", { name: "Menu Evapor" })).getAllByRole("tab");
    expect(tabs).toEqual(["Kinerja", "SOP", "Evaluasi", "Tinjauan", "Pengaturan"].map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("tab", { name: "Kinerja" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Kinerja" })).toHaveTextContent(/target dan realisasi per triwulan/);
    await bacaanSelesai();
  });

  it.each([
    ["SOP", /SOP AP .* diagram alir/],
    ["Evaluasi", /Berita Acara Evaluasi Kinerja.*tindak lanjut/],
    ["Tinjauan", /Sekretaris Camat.*Camat/],
  ])("navigates to %s, which says what it will do", async (name, body) => {
    render(<EvaporApp host={createExcelEmulator()} today={today} />);
    await userEvent.click(screen.getByRole("tab", { name }));
    expect(screen.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 2, name })).toBeInTheDocument();
    expect(screen.getByRole("tabpanel")).toHaveTextContent(body);
  });

  // Arrow-key movement is tabster's (Fluent's focus manager), which needs real layout: the
  // e2e run in Chromium covers it. Here: the selected tab takes focus, Enter and Space open a tab.
  it("is keyboard accessible: Tab reaches the selected tab, Enter or Space opens a focused one", async () => {
    render(<EvaporApp host={createExcelEmulator()} today={today} />);
    await userEvent.tab();
    expect(screen.getByRole("tab", { name: "Kinerja" })).toHaveFocus();
    screen.getByRole("tab", { name: "Evaluasi" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2, name: "Evaluasi" })).toBeInTheDocument();
    screen.getByRole("tab", { name: "Tinjauan" }).focus();
    await userEvent.keyboard(" ");
    expect(screen.getByRole("tab", { name: "Tinjauan" })).toHaveAttribute("aria-selected", "true");
  });

  it("speaks English when Office runs in English, and marks the language for screen readers", async () => {
    const { container } = render(<EvaporApp host={createExcelEmulator({ displayLanguage: "en-US" })} today={today} />);
    expect(screen.getByRole("tablist", { name: "Evapor menu" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Performance" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: "Review" }));
    expect(screen.getByRole("tabpanel")).toHaveTextContent(/review of the workbook/);
    expect(container.querySelector("[lang]")).toHaveAttribute("lang", "en");
  });

  it("speaks Indonesian for any other Office language", async () => {
    render(<EvaporApp host={createExcelEmulator({ displayLanguage: "fr-FR" })} today={today} />);
    expect(screen.getByRole("tab", { name: "Pengaturan" })).toBeInTheDocument();
    await bacaanSelesai();
  });
});

describe("host-problem screen", () => {
  it("says why Evapor cannot run, in the user's language", () => {
    render(<HostProblemScreen problem="api-lama" displayLanguage="id-ID" />);
    expect(screen.getByRole("heading", { level: 1, name: "Evapor tidak dapat berjalan di sini" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("ExcelApi 1.9");
  });

  it.each([
    ["no-host", "en-US", /Evapor is an Excel add-in/],
    ["other-host", "en-GB", /runs in Excel only/],
    ["webview-lama", "id", /browser bawaan usang/],
  ] as const)("explains %s", (problem, displayLanguage, text) => {
    render(<HostProblemScreen problem={problem} displayLanguage={displayLanguage} />);
    expect(screen.getByRole("alert")).toHaveTextContent(text);
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  });
});
