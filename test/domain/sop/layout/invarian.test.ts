/** Layout invariants on generated SOPs (up to 100 steps) and on the shipped library. */
import { layoutFlowchart, maksKolomPelaksana, PUSTAKA_SOP, validateSop, type Kertas } from "../../../../src/domain/sop";
import { bulat, mulberry32, sopAcak } from "./acak";
import { periksaTata } from "./periksa";

describe("layoutFlowchart invariants on generated SOPs", () => {
  const kasus = Array.from({ length: 80 }, (_, benih) => benih + 1);
  it.each(kasus)("seed %i", (benih) => {
    const acak = mulberry32(benih);
    const kertas: Kertas = acak() < 0.5 ? "A4" : "F4";
    const n = benih % 10 === 0 ? 100 : bulat(acak, 2, 100);
    const sop = sopAcak(acak, {
      langkah: n,
      pelaksana: bulat(acak, 1, maksKolomPelaksana(kertas)),
      keputusan: acak() * 0.45,
      bersama: acak() * 0.3,
    });
    expect(validateSop(sop, { kertas }).filter((m) => m.tingkat === "error")).toEqual([]);
    const langkahPerHalaman = acak() < 0.5 ? undefined : bulat(acak, 1, 9);
    const tata = layoutFlowchart(sop, { kertas, langkahPerHalaman });
    expect(periksaTata(sop, tata)).toEqual([]);
    expect(tata.halaman.length).toBe(Math.ceil(n / tata.langkahPerHalaman));
  });
});

describe("layoutFlowchart invariants on PUSTAKA_SOP", () => {
  const kasus = PUSTAKA_SOP.flatMap((e) =>
    (["A4", "F4"] as const).flatMap((kertas) => [undefined, 4, 2].map((n) => [e.id, kertas, n ?? "default", e.sop, n] as const)));
  it.each(kasus)("%s on %s, %s steps per page", (_id, kertas, _label, sop, n) => {
    const tata = layoutFlowchart(sop, { kertas, langkahPerHalaman: n });
    expect(periksaTata(sop, tata)).toEqual([]);
  });
});
