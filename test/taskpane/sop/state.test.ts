import { PUSTAKA_SOP } from "../../../src/domain/sop";
import { STATE_AWAL, sopReducer, type SopAction, type SopState } from "../../../src/taskpane/sop/state";

const jalankan = (...actions: SopAction[]) => actions.reduce(sopReducer, STATE_AWAL);
const PUSTAKA = { kind: "pakai-pustaka", id: PUSTAKA_SOP[0].id } as const;

function sunting(s: SopState) {
  if (s.kind !== "sunting") throw new Error(`expected the editor, got ${s.kind}`);
  return s;
}

describe("sopReducer", () => {
  it("opens a library SOP without changing the library", () => {
    const s = sunting(jalankan(PUSTAKA, { kind: "edit", edit: { kind: "identitas-teks", field: "nama", value: "Baru" } }));
    expect(s.sop.identitas.nama).toBe("Baru");
    expect(PUSTAKA_SOP[0].sop.identitas.nama).not.toBe("Baru");
    expect(s.asal).toEqual({ kind: "pustaka", judul: PUSTAKA_SOP[0].judul });
  });

  it("ignores an unknown library id, an edit outside the editor and an import index that does not exist", () => {
    expect(jalankan({ kind: "pakai-pustaka", id: "tidak-ada" })).toBe(STATE_AWAL);
    expect(jalankan({ kind: "edit", edit: { kind: "langkah-tambah", setelah: null } })).toBe(STATE_AWAL);
    expect(jalankan({ kind: "pakai-impor", indeks: 0 }).kind).toBe("pilih");
  });

  it("runs one workbook action at a time", () => {
    const s = jalankan(PUSTAKA, { kind: "mulai", sibuk: "menyisipkan" });
    expect(sopReducer(s, { kind: "mulai", sibuk: "membaca" })).toBe(s);
    expect(sopReducer(s, { kind: "gagal" }).sibuk).toBeNull();
  });

  it("asks to confirm when the sheet exists; a new action or cancel closes the question", () => {
    const s = sunting(jalankan(PUSTAKA, { kind: "mulai", sibuk: "menyisipkan" }, { kind: "hasil-sisip", hasil: { kind: "sudah-ada", namaLembar: "SOP A" } }));
    expect(s.konfirmasiGanti).toBe("SOP A");
    expect(sunting(sopReducer(s, { kind: "batal-ganti" })).konfirmasiGanti).toBeNull();
    expect(sunting(sopReducer(s, { kind: "mulai", sibuk: "menyisipkan" })).konfirmasiGanti).toBeNull();
  });

  it("keeps the pasted text and the paper across editor and back", () => {
    const s = jalankan({ kind: "kertas", kertas: "F4" }, { kind: "ubah-teks", teks: "abc" }, { kind: "mulai-kosong" }, { kind: "kembali" });
    expect(s).toMatchObject({ kind: "pilih", kertas: "F4", tempel: { teks: "abc", impor: null } });
  });
});
