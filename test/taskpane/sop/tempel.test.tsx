/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { bukaSop, kegiatan, langkah, semuaLangkah } from "./bantu";


const seed = (nama: string) => readFileSync(`/work/shared/seeds/${nama}`, "utf8");
const CARI = { name: "Cari SOP dalam teks" };

async function tempel(teks: string) {
  await userEvent.click(screen.getByRole("textbox", { name: /^Teks SOP/ }));
  await userEvent.paste(teks);
  await userEvent.click(screen.getByRole("button", CARI));
}

describe("SOP page: pasted text", () => {
  it("lists the three procedures of one Kalipare document (seed 004) with what was inferred", async () => {
    await bukaSop();
    expect(screen.getByRole("button", CARI)).toBeDisabled();
    await tempel(seed("004_6054f635fdfc85ee.txt"));
    const daftar = screen.getByRole("list", { name: "Ditemukan 3 SOP" });
    const hasil = within(daftar).getAllByRole("listitem");
    expect(hasil).toHaveLength(3);
    expect(hasil[0]).toHaveTextContent("Pengumpulan Data Kinerja Indikator Partisipasi Delegasi Musrenbangcam");
    expect(hasil[0]).toHaveTextContent("6 langkah; pelaksana: Camat, Sekretaris, Kasi Ekbang, Sub. Evapor");
    expect(hasil[2]).toHaveTextContent(/Siskamling/);
    expect(within(daftar).getAllByRole("button", { name: /^Sunting / })).toHaveLength(3);
  });

  it("opens a found SOP; steps whose pelaksana could not be inferred are highlighted for checking", async () => {
    await bukaSop();
    await tempel(seed("002_33319316589e7dc8.txt"));
    const hasil = screen.getByRole("list", { name: "Ditemukan 1 SOP" });
    expect(hasil).toHaveTextContent("9 langkah dengan pelaksana yang belum pasti");
    await userEvent.click(within(hasil).getByRole("button", { name: "Sunting Evaluasi Kinerja Kecamatan" }));
    expect(screen.getByText("Dari teks yang ditempel")).toBeInTheDocument();
    expect(semuaLangkah()).toHaveLength(9);
    expect(within(langkah(1)).getByText("Perlu diperiksa")).toBeInTheDocument();
    expect((kegiatan(1) as HTMLTextAreaElement).value).toMatch(/^Memerintahkan Sekcam/);
    // The importer's guess is shown, marked for a human check.
    const kolom = within(langkah(1)).getByRole("group", { name: "Pelaksana" });
    expect(within(kolom).getByRole("checkbox", { name: "CAMAT" })).toBeChecked();
    expect(kolom).toHaveAccessibleDescription("Langkah 1: pelaksana perlu diperiksa (hasil impor).");
    await userEvent.click(screen.getByRole("button", { name: "Tandai langkah 1 sudah diperiksa" }));
    expect(within(langkah(1)).queryByText("Perlu diperiksa")).not.toBeInTheDocument();
    expect(kolom).not.toHaveAccessibleDescription(expect.stringMatching(/pelaksana/));
    // Changing the pelaksana is a check too.
    const kolom2 = within(langkah(2)).getByRole("group", { name: "Pelaksana" });
    expect(within(langkah(2)).getByText("Perlu diperiksa")).toBeInTheDocument();
    await userEvent.click(within(kolom2).getByRole("checkbox", { name: "STAF" }));
    expect(within(kolom2).getByRole("checkbox", { name: "STAF" })).toBeChecked();
    expect(within(langkah(2)).queryByText("Perlu diperiksa")).not.toBeInTheDocument();
  });

  it("says when the text holds no SOP, and keeps the text when going back", async () => {
    await bukaSop();
    await tempel("Daftar belanja ATK");
    expect(screen.getByText("Tidak ada SOP yang ditemukan dalam teks ini.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Catatan impor" })).toHaveTextContent("Baris 1");
    await userEvent.click(screen.getByRole("button", { name: "Mulai dari SOP kosong" }));
    await userEvent.click(screen.getByRole("button", { name: "Kembali ke pilihan SOP" }));
    expect(screen.getByRole("textbox", { name: /^Teks SOP/ })).toHaveValue("Daftar belanja ATK");
  });
});
