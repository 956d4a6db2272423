/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { tombolDialog } from "../../support/dialog";
import userEvent from "@testing-library/user-event";
import { pengaturanAwal } from "../../../src/domain/pengaturan";
import { PUSTAKA_SOP } from "../../../src/domain/sop";
import { createExcelEmulator } from "../../../src/emulator";
import { writePengaturan } from "../../../src/excel/pengaturan";
import { bacaSopDariLembar } from "../../../src/excel/sop/baca-sop";
import { sisipkanSop } from "../../../src/excel/sop/sisipkan-sop";
import { bukaSop, kegiatan, pilihPustaka } from "./bantu";

// The flow of the page around the two workbook functions (their own tests cover the sheet).
jest.mock("../../../src/excel/sop/sisipkan-sop", () => ({ sisipkanSop: jest.fn() }));
jest.mock("../../../src/excel/sop/baca-sop", () => ({ bacaSopDariLembar: jest.fn() }));
const sisipkan = jest.mocked(sisipkanSop);
const baca = jest.mocked(bacaSopDariLembar);

const JANAPRIA = /Kecamatan Janapria/;

beforeEach(() => {
  sisipkan.mockReset();
  baca.mockReset();
});

describe("SOP page: workbook actions", () => {
  it("inserts in one Excel run with the workbook's paper and kecamatan; asks before replacing a sheet", async () => {
    const emu = createExcelEmulator();
    await emu.run((c) => writePengaturan(c, { ...pengaturanAwal(2026), kertas: "F4", instansi: { kabupaten: "Kab. Lombok Tengah", kecamatan: "Janapria", alamat: "" } }));
    sisipkan.mockResolvedValueOnce({ kind: "sudah-ada", namaLembar: "SOP Evaluasi Kinerja" }).mockResolvedValueOnce({ kind: "ok", namaLembar: "SOP Evaluasi Kinerja" });
    await bukaSop(emu);
    await pilihPustaka(JANAPRIA);
    const runs = emu.runs.length;
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    await screen.findByRole("alertdialog", { name: "Ganti lembar SOP Evaluasi Kinerja?" });
    expect(emu.runs.length).toBe(runs + 1);
    expect(sisipkan.mock.calls[0][1].identitas.nama).toBe("Evaluasi Kinerja Kecamatan");
    expect(sisipkan.mock.calls[0][2]).toEqual({ kertas: "F4", instansi: "KAB. LOMBOK TENGAH\nKECAMATAN JANAPRIA", ganti: false });
    await userEvent.click(await tombolDialog("Ganti lembar SOP Evaluasi Kinerja?", "Ganti lembar"));
    expect(await screen.findByText("SOP disisipkan di lembar SOP Evaluasi Kinerja.")).toBeInTheDocument();
    expect(sisipkan).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), { kertas: "F4", instansi: "KAB. LOMBOK TENGAH\nKECAMATAN JANAPRIA", ganti: true });
    expect(emu.runs.length).toBe(runs + 2);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("inserts what the editor holds, on A4 when the workbook has no settings; cancel keeps the sheet", async () => {
    sisipkan.mockResolvedValue({ kind: "sudah-ada", namaLembar: "SOP X" });
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    await userEvent.type(kegiatan(1), " segera");
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    await screen.findByRole("alertdialog");
    expect(sisipkan.mock.calls[0][1].langkah[0].kegiatan).toMatch(/ segera$/);
    expect(sisipkan.mock.calls[0][2]).toEqual({ kertas: "A4", instansi: undefined, ganti: false });
    await userEvent.click(await tombolDialog(/^Ganti lembar/, "Batal"));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(sisipkan).toHaveBeenCalledTimes(1);
  });

  it("says when Excel cannot use the sheet name", async () => {
    sisipkan.mockResolvedValue({ kind: "nama-tidak-sah", namaLembar: "SOP ?" });
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Nama lembar \"SOP ?\" tidak dapat dipakai Excel.");
  });

  it("shows an Office error in the error bar and lets the user try again", async () => {
    const emu = createExcelEmulator();
    const konsol = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await bukaSop(emu);
    await pilihPustaka(JANAPRIA);
    // The mock syncs like the real one, so the failure comes from Excel inside the insert's run.
    sisipkan.mockImplementation(async (c) => { await c.sync(); return { kind: "ok", namaLembar: "SOP X" }; });
    emu.failNextSync("AccessDenied");
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan SOP" }));
    expect(await screen.findByText(/Excel menolak perubahan: lembar atau buku kerja sedang dilindungi/)).toBeInTheDocument();
    expect(screen.queryByText("SOP disisipkan di lembar SOP X.")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sisipkan SOP" })).toBeEnabled();
    konsol.mockRestore();
  });

  it("reads an SOP back from the active sheet into the editor, or says the sheet is not one", async () => {
    const sop = PUSTAKA_SOP[0].sop;
    baca.mockResolvedValueOnce({ kind: "bukan-lembar-sop", namaLembar: "Sheet1" }).mockResolvedValueOnce({ kind: "ok", sop, namaLembar: "SOP Evaluasi" });
    await bukaSop();
    await userEvent.click(screen.getByRole("button", { name: "Baca SOP dari lembar" }));
    expect(await screen.findByText("Lembar Sheet1 bukan lembar SOP Evapor.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Baca SOP dari lembar" }));
    expect(await screen.findByRole("textbox", { name: "Nama SOP" })).toHaveValue(sop.identitas.nama);
    expect(screen.getByText("Dibaca dari lembar SOP Evaluasi")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("SOP dibaca dari lembar SOP Evaluasi.");
  });
});
