/** @jest-environment jsdom */
import type { ReactNode } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelEmulator } from "../../../src/emulator";
import { pengaturanAwal } from "../../../src/domain/pengaturan";
import { writePengaturan } from "../../../src/excel/pengaturan";
import { ErrorProvider } from "../../../src/taskpane/errors";
import { I18nProvider } from "../../../src/taskpane/i18n";
import { EvaluasiPage } from "../../../src/taskpane/evaluasi/EvaluasiPage";
import type { AksiEvaluasi, HasilSisipkanBeritaAcara, MasukanBeritaAcara } from "../../../src/taskpane/evaluasi/aksi-tipe";

const today = new Date(2026, 10, 23);

beforeAll(() => {
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});

const bungkus = (children: ReactNode) => (
  <FluentProvider theme={webLightTheme}><I18nProvider bahasa="id"><ErrorProvider>{children}</ErrorProvider></I18nProvider></FluentProvider>
);

function aksiPalsu(ba: HasilSisipkanBeritaAcara["kind"][] = ["ok"]) {
  const panggilan: { evaluasi: { tahun: number; tw: number; lembarAda?: boolean }[]; ba: { masukan: MasukanBeritaAcara; ganti?: boolean }[] } = { evaluasi: [], ba: [] };
  const aksi: AksiEvaluasi = {
    sisipkanEvaluasiTw: (_c, o) => {
      panggilan.evaluasi.push({ tahun: o.tahun, tw: o.tw, lembarAda: o.lembarAda });
      return Promise.resolve({ kind: "ok", namaLembar: `Evaluasi TW III ${o.tahun}`, jumlahIndikator: 5, diperbarui: false });
    },
    sisipkanBeritaAcara: (_c, masukan, opsi) => {
      panggilan.ba.push({ masukan, ganti: opsi?.ganti });
      return Promise.resolve({ kind: ba.shift() ?? "ok", namaLembar: "BA TW III 2026" });
    },
  };
  return { aksi, panggilan };
}

async function denganPengaturan() {
  const host = createExcelEmulator();
  await host.run((c) => writePengaturan(c, pengaturanAwal(2026)));
  return host;
}

describe("Evaluasi page: evaluasi triwulan", () => {
  it("defaults to the quarter before today's and inserts that quarter's evaluation", async () => {
    const host = await denganPengaturan();
    const { aksi, panggilan } = aksiPalsu();
    render(bungkus(<EvaluasiPage host={host} today={today} aksi={aksi} />));
    expect(screen.getByRole("combobox", { name: "Triwulan" })).toHaveValue("3");
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan evaluasi TW III" }));
    expect(await screen.findByText('Lembar "Evaluasi TW III 2026" disisipkan dengan 5 indikator.')).toBeInTheDocument();
    expect(panggilan.evaluasi.map((p) => [p.tahun, p.tw])).toEqual([[2026, 3]]);
    // The sheet just written is known to exist: the second insert is told so and rewrites it in 2 syncs.
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan evaluasi TW III" }));
    await screen.findByText('Lembar "Evaluasi TW III 2026" disisipkan dengan 5 indikator.');
    expect(panggilan.evaluasi[1]).toEqual({ tahun: 2026, tw: 3, lembarAda: true });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Triwulan" }), "2");
    expect(screen.getByRole("button", { name: "Sisipkan evaluasi TW II" })).toBeInTheDocument();
  });

  it("asks for the settings first when the workbook has none", async () => {
    const host = createExcelEmulator();
    const { aksi, panggilan } = aksiPalsu();
    render(bungkus(<EvaluasiPage host={host} today={today} aksi={aksi} />));
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan evaluasi TW III" }));
    expect(await screen.findByText(/Isi dan simpan Pengaturan buku kerja dulu/)).toBeInTheDocument();
    expect(panggilan.evaluasi).toEqual([]);
  });

  it("fills the Berita Acara form (members added and removed) and offers to replace an existing one", async () => {
    const host = await denganPengaturan();
    const { aksi, panggilan } = aksiPalsu(["sudah-ada", "ok"]);
    render(bungkus(<EvaluasiPage host={host} today={today} aksi={aksi} />));
    await userEvent.click(screen.getByRole("button", { name: "Berita Acara" }));
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan Berita Acara" }));
    expect(screen.getByText("Isi paling sedikit satu anggota tim.")).toBeInTheDocument();
    expect(panggilan.ba).toEqual([]);

    await userEvent.type(screen.getByRole("textbox", { name: /Tempat/ }), "Kantor Kecamatan Kalipare");
    await userEvent.type(screen.getByRole("textbox", { name: /Nomor/ }), "700/12/35.07.19/2026");
    await userEvent.type(screen.getByRole("textbox", { name: "Nama anggota 1" }), "Budi");
    await userEvent.click(screen.getByRole("button", { name: "Tambah anggota" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Nama anggota 2" }), "Sari");
    await userEvent.type(screen.getByRole("textbox", { name: "Jabatan anggota 2" }), "Kasi Pem");
    await userEvent.click(screen.getByRole("button", { name: "Tambah anggota" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Nama anggota 3" }), "Salah ketik");
    await userEvent.click(screen.getByRole("button", { name: "Hapus anggota 3" }));
    await userEvent.type(screen.getByRole("textbox", { name: /Nama ketua tim/ }), "Budi");
    await userEvent.type(screen.getByRole("textbox", { name: /Tindak lanjut/ }), "Lengkapi data PBB{enter}{enter}Perbaiki IKM");
    await userEvent.click(screen.getByRole("button", { name: "Sisipkan Berita Acara" }));

    expect(await screen.findByText('Lembar "BA TW III 2026" sudah ada. Ganti dengan Berita Acara ini?')).toBeInTheDocument();
    expect(panggilan.ba[0].ganti).toBe(false);
    const m = panggilan.ba[0].masukan;
    expect([m.tahun, m.tw, m.tanggal.getDate(), m.tanggal.getMonth(), m.tempat]).toEqual([2026, 3, 23, 10, "Kantor Kecamatan Kalipare"]);
    expect(m.tim).toEqual([{ nama: "Budi", jabatan: "" }, { nama: "Sari", jabatan: "Kasi Pem" }]);
    expect(m.ketuaTim).toEqual({ nama: "Budi" });
    expect(m.tindakLanjut).toEqual(["Lengkapi data PBB", "Perbaiki IKM"]);

    await userEvent.click(screen.getByRole("button", { name: "Ganti Berita Acara" }));
    expect(await screen.findByText('Berita Acara disisipkan di lembar "BA TW III 2026".')).toBeInTheDocument();
    expect(panggilan.ba[1].ganti).toBe(true);
    expect(screen.queryByRole("button", { name: "Sisipkan Berita Acara" })).toBeNull();
  });
});
