/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelEmulator } from "../../../src/emulator";
import { tindakLanjutBaru } from "../../../src/domain/evaluasi/tindak-lanjut";
import { bacaDaftarTindakLanjut, tambahTindakLanjut } from "../../../src/excel/evaluasi/tindak-lanjut";
import { ErrorProvider } from "../../../src/taskpane/errors";
import { I18nProvider } from "../../../src/taskpane/i18n";
import { EvaluasiPage } from "../../../src/taskpane/evaluasi/EvaluasiPage";
import type { AmbilRekomendasi } from "../../../src/taskpane/evaluasi/aksi-tipe";

const today = new Date(2026, 10, 23);
const hariIni = { tahun: 2026, bulan: 11, hari: 23 };

beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});

describe("Evaluasi page: recommendations into follow-ups", () => {
  it("turns the ticked recommendations into follow-ups, not offering ones already in the list", async () => {
    const host = createExcelEmulator();
    const ada = tindakLanjutBaru({ id: "a", rekomendasi: "Perbaiki data IKM", indikator: "IKM", penanggungJawab: "Kasi Pelayanan", batasWaktu: { tahun: 2026, bulan: 12, hari: 31 } }, { tahun: 2026, bulan: 11, hari: 2 });
    await host.run((c) => tambahTindakLanjut(c, 2026, [ada], { kertas: "A4", hariIni }));
    const dibaca: { tahun: number; tw: number }[] = [];
    const ambil: AmbilRekomendasi = (_c, tahun, tw) => {
      dibaca.push({ tahun, tw });
      return Promise.resolve({ kind: "ok", namaLembar: "Evaluasi TW III 2026", rekomendasi: [
        { baris: 8, indikator: "IKM", rekomendasi: "Perbaiki data IKM" },
        { baris: 9, indikator: "PBB", rekomendasi: "Lengkapi bukti dukung" },
        { baris: 10, indikator: "", rekomendasi: "Kirim data tepat waktu" },
      ] });
    };
    render(<FluentProvider theme={webLightTheme}><I18nProvider bahasa="id"><ErrorProvider>
      <EvaluasiPage host={host} today={today} ambil={ambil} />
    </ErrorProvider></I18nProvider></FluentProvider>);
    await screen.findByRole("list", { name: "Daftar tindak lanjut" });
    await userEvent.click(screen.getByRole("button", { name: "Ambil rekomendasi dari lembar evaluasi" }));
    expect(dibaca).toEqual([{ tahun: 2026, tw: 3 }]);
    expect(await screen.findByRole("checkbox", { name: "IKM: Perbaiki data IKM" })).toBeDisabled();
    expect(screen.getByText("Sudah ada di daftar tindak lanjut.")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("checkbox", { name: "PBB: Lengkapi bukti dukung" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Kirim data tepat waktu" }));
    expect(screen.getByRole("textbox", { name: /Batas waktu \(baris 9\)/ })).toHaveValue("31/12/2026");
    await userEvent.click(screen.getByRole("button", { name: "Jadikan tindak lanjut" }));
    expect(screen.getAllByText("Wajib diisi.")).toHaveLength(2);

    await userEvent.type(screen.getByRole("textbox", { name: /Penanggung jawab \(baris 9\)/ }), "Kasi Pem");
    await userEvent.type(screen.getByRole("textbox", { name: /Penanggung jawab \(baris 10\)/ }), "Sekcam");
    await userEvent.click(screen.getByRole("button", { name: "Jadikan tindak lanjut" }));
    expect(await screen.findByText('2 tindak lanjut ditambahkan ke lembar "Tindak Lanjut 2026".')).toBeInTheDocument();
    expect(await screen.findByRole("listitem", { name: "Lengkapi bukti dukung" })).toBeInTheDocument();

    const daftar = await host.run((c) => bacaDaftarTindakLanjut(c, 2026, hariIni));
    expect(daftar.kind === "ok" && daftar.daftar.map((b) => [b.tindakLanjut.rekomendasi, b.tindakLanjut.penanggungJawab])).toEqual([
      ["Perbaiki data IKM", "Kasi Pelayanan"], ["Lengkapi bukti dukung", "Kasi Pem"], ["Kirim data tepat waktu", "Sekcam"]]);
  });
});
