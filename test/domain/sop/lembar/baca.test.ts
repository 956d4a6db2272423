/** Insert → read gives the same SOP; edits in the cells are read; other sheets are refused. */
import { PUSTAKA_SOP, type Sop } from "../../../../src/domain/sop";
import { rencanaLembarSop, sopDariLembar } from "../../../../src/domain/sop/lembar";
import { mulberry32, sopAcak } from "../layout/acak";
import { nilaiDariRencana } from "./grid";

describe("sopDariLembar", () => {
  it.each(PUSTAKA_SOP.flatMap((e) => (["A4", "F4"] as const).map((k) => [e.id, k, e.sop] as const)))("round-trips %s on %s", (_id, kertas, sop) => {
    const hasil = sopDariLembar(nilaiDariRencana(rencanaLembarSop(sop, { kertas })));
    expect(hasil).toEqual({ kind: "ok", sop });
  });

  it("round-trips a generated 100-step SOP with decisions", () => {
    const sop = sopAcak(mulberry32(3), { langkah: 100, pelaksana: 5, keputusan: 0.3, bersama: 0.2 });
    expect(sopDariLembar(nilaiDariRencana(rencanaLembarSop(sop, { kertas: "A4" })))).toEqual({ kind: "ok", sop });
  });

  it("reads texts a user edited in the cells and numbers as text", () => {
    const sop = PUSTAKA_SOP[0].sop;
    const grid = nilaiDariRencana(rencanaLembarSop(sop, { kertas: "A4" }));
    const r = grid.findIndex((b) => b.includes(sop.langkah[1].kegiatan));
    grid[r][1] = "Kegiatan diubah";
    grid[r][grid[r].indexOf(sop.langkah[1].waktu)] = 30;
    const hasil = sopDariLembar(grid);
    expect(hasil.kind).toBe("ok");
    if (hasil.kind !== "ok") return;
    expect(hasil.sop.langkah[1]).toMatchObject({ kegiatan: "Kegiatan diubah", waktu: "30", id: sop.langkah[1].id });
  });

  it("works when the sheet's values are read with extra rows and columns around", () => {
    const sop = PUSTAKA_SOP[5].sop;
    const grid = nilaiDariRencana(rencanaLembarSop(sop, { kertas: "F4" })).map((b) => [...b, null, "x"]);
    grid.push(["catatan", null]);
    expect(sopDariLembar(grid)).toEqual({ kind: "ok", sop });
  });

  it("refuses a sheet that is not an SOP sheet", () => {
    expect(sopDariLembar([["NO", "KEGIATAN"], [1, "Mulai"]])).toEqual({ kind: "bukan-lembar-sop" });
    expect(sopDariLembar([])).toEqual({ kind: "bukan-lembar-sop" });
    expect(sopDariLembar([[null, "evapor-sop v1 pelaksana=9"]])).toEqual({ kind: "bukan-lembar-sop" });
  });

  it("keeps an SOP without roles", () => {
    const sop: Sop = { ...PUSTAKA_SOP[0].sop, pelaksana: [] };
    sop.langkah = sop.langkah.map((l) => ({ ...l, pelaksana: [] }));
    expect(sopDariLembar(nilaiDariRencana(rencanaLembarSop(sop, { kertas: "A4" })))).toEqual({ kind: "ok", sop });
  });
});
