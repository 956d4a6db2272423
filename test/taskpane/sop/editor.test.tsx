/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PUSTAKA_SOP, validateSop } from "../../../src/domain/sop";
import { bukaSop, kegiatan, langkah, pilihPustaka, semuaLangkah } from "./bantu";


const JANAPRIA = /Evaluasi Kinerja Kecamatan \(Kecamatan Janapria\)/;
const SISIPKAN = { name: "Sisipkan SOP" };

describe("SOP page: library and editor", () => {
  it("lists the library by name and instansi, and says what the page does", async () => {
    await bukaSop();
    expect(screen.getByRole("tabpanel")).toHaveTextContent(/SOP AP .* diagram alir/);
    for (const e of PUSTAKA_SOP) expect(screen.getByRole("button", { name: new RegExp(e.judul.replace(/[()]/g, "\\$&")) })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: JANAPRIA })).toHaveTextContent("KANTOR CAMAT JANAPRIA KABUPATEN LOMBOK TENGAH");
  });

  it("opens a library SOP in the editor with its identity, pelaksana and steps", async () => {
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    expect(screen.getByRole("textbox", { name: "Nama SOP" })).toHaveValue("Evaluasi Kinerja Kecamatan");
    expect(screen.getByRole("textbox", { name: "Pelaksana 1" })).toHaveValue("CAMAT");
    expect(semuaLangkah()).toHaveLength(9);
    expect((kegiatan(1) as HTMLTextAreaElement).value).toMatch(/^Memerintahkan Sekcam/);
    // Step 2 is joint (Sekcam with Lurah/Kasi/Kasubbag): two adjacent columns ticked.
    expect(within(langkah(2)).getByRole("checkbox", { name: "SEKRETARIS CAMAT" })).toBeChecked();
    expect(within(langkah(2)).getByRole("checkbox", { name: "LURAH, KASI, KASUBBAG." })).toBeChecked();
    expect(within(langkah(2)).getByRole("checkbox", { name: "CAMAT" })).not.toBeChecked();
    // Step 6 is the decision: Ya → 7, Tidak → back to 5.
    expect(within(langkah(6)).getByRole("combobox", { name: "Simbol" })).toHaveValue("keputusan");
    expect(within(langkah(6)).getByRole("combobox", { name: "Jika Tidak, ke" })).toHaveDisplayValue(/^Langkah 5: /);
    expect(screen.getByRole("region", { name: "Ringkasan" })).toHaveTextContent(/Total waktu: .*hari/);
  });

  it("shows an emptied kegiatan's error next to its step and blocks insert with the reason", async () => {
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    const sebelum = validateSop(PUSTAKA_SOP.find((e) => e.id === "janapria-evaluasi-kinerja-kecamatan")!.sop).filter((m) => m.tingkat === "error");
    expect(sebelum).toHaveLength(0);
    expect(screen.getByRole("button", SISIPKAN)).toBeEnabled();
    await userEvent.clear(kegiatan(3));
    expect(kegiatan(3)).toHaveAccessibleDescription(expect.stringContaining("Langkah 3: kegiatan kosong."));
    expect(kegiatan(3)).toHaveAttribute("aria-invalid", "true");
    expect(kegiatan(2)).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("region", { name: "Ringkasan" })).toHaveTextContent(/^1 kesalahan/);
    expect(screen.getByRole("button", SISIPKAN)).toBeDisabled();
    expect(screen.getByRole("button", SISIPKAN)).toHaveAccessibleDescription("Perbaiki 1 kesalahan sebelum menyisipkan.");
    await userEvent.type(kegiatan(3), "Menyusun konsep");
    expect(screen.getByRole("button", SISIPKAN)).toBeEnabled();
  });

  it("adds, moves, duplicates and removes steps; a decision keeps pointing at the same step", async () => {
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    const langkah5 = (kegiatan(5) as HTMLTextAreaElement).value;
    await userEvent.click(screen.getByRole("button", { name: "Naikkan langkah 5" }));
    expect(kegiatan(4)).toHaveValue(langkah5);
    // The decision's Tidak branch followed the step (by id) to its new number.
    expect(within(langkah(6)).getByRole("combobox", { name: "Jika Tidak, ke" })).toHaveDisplayValue(/^Langkah 4: /);

    await userEvent.click(screen.getByRole("button", { name: "Tambah langkah sesudah langkah 1" }));
    expect(semuaLangkah()).toHaveLength(10);
    expect(kegiatan(2)).toHaveValue("");
    expect(kegiatan(2)).toHaveAccessibleDescription(expect.stringContaining("Langkah 2: kegiatan kosong."));

    await userEvent.click(screen.getByRole("button", { name: "Hapus langkah 2" }));
    expect(semuaLangkah()).toHaveLength(9);
    expect(screen.getByRole("button", SISIPKAN)).toBeEnabled();

    await userEvent.click(screen.getByRole("button", { name: "Gandakan langkah 3" }));
    expect(semuaLangkah()).toHaveLength(10);
    expect(kegiatan(4)).toHaveValue((kegiatan(3) as HTMLTextAreaElement).value);

    await userEvent.click(screen.getByRole("button", { name: "Turunkan langkah 1" }));
    expect(within(langkah(2)).getByRole("combobox", { name: "Simbol" })).toHaveValue("mulai");
    expect(within(langkah(2)).getByRole("combobox", { name: "Simbol" })).toHaveAccessibleDescription(expect.stringContaining("simbol mulai hanya boleh pada langkah pertama"));
  });

  it("edits the pelaksana of a step and reports a joint activity whose columns are not adjacent", async () => {
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    await userEvent.click(within(langkah(1)).getByRole("checkbox", { name: "STAF" }));
    expect(within(langkah(1)).getByRole("group", { name: "Pelaksana" })).toHaveAccessibleDescription(expect.stringContaining("harus berdampingan"));
    expect(screen.getByRole("button", SISIPKAN)).toBeDisabled();
    await userEvent.click(within(langkah(1)).getByRole("checkbox", { name: "STAF" }));
    expect(screen.getByRole("button", SISIPKAN)).toBeEnabled();
  });

  it("starts a blank SOP that asks for a pelaksana and a name", async () => {
    await bukaSop();
    await userEvent.click(screen.getByRole("button", { name: "Mulai dari SOP kosong" }));
    expect(semuaLangkah()).toHaveLength(2);
    expect(screen.getByRole("textbox", { name: "Nama SOP" })).toHaveAccessibleDescription("Nama SOP belum diisi.");
    expect(screen.getByRole("region", { name: "Pelaksana" })).toHaveTextContent("Belum ada kolom pelaksana");
    await userEvent.click(screen.getByRole("button", { name: "Tambah pelaksana" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Pelaksana 1" }), "Camat");
    expect(within(langkah(1)).getByRole("checkbox", { name: "Camat" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Kembali ke pilihan SOP" }));
    expect(screen.getByRole("heading", { level: 3, name: "Pustaka SOP" })).toBeInTheDocument();
  });

  it("keeps the identity section collapsible and edits its lists one item per line", async () => {
    await bukaSop();
    await pilihPustaka(JANAPRIA);
    const kepala = screen.getByRole("button", { name: "Identitas SOP" });
    expect(screen.queryByRole("textbox", { name: "Nomor SOP" })).not.toBeInTheDocument();
    await userEvent.click(kepala);
    expect(screen.getByRole("textbox", { name: "Nomor SOP" })).toHaveValue("067/ 21 //JPR/2024");
    const peringatan = screen.getByRole("textbox", { name: "Peringatan (satu per baris)" });
    await userEvent.type(peringatan, "{Enter}Data harus lengkap");
    expect(peringatan).toHaveValue("Evaluasi Kinerja yang baik akan menyebabkan meningkatnya pencapaian tujuan OPD\nData harus lengkap");
  });
});
