import { terbilang } from "../../../src/domain/evaluasi";

const teks = (n: number) => {
  const hasil = terbilang(n);
  return hasil.kind === "ok" ? hasil.teks : `<${hasil.kind}>`;
};

/** Words → number, written independently of the implementation (Indonesian grammar, not its code). */
function bacaKembali(kalimat: string): number {
  const angka: Record<string, number> = {
    nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, seratus: 100,
  };
  const besar: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12, kuadriliun: 1e15 };
  let total = 0;
  let grup = 0;
  let kecil = 0;
  for (const kata of kalimat.split(" ")) {
    if (kata === "seribu") total += 1000;
    else if (kata in angka) kecil += angka[kata];
    else if (kata === "belas") kecil += 10;
    else if (kata === "puluh") kecil *= 10;
    else if (kata === "ratus") { grup += kecil * 100; kecil = 0; }
    else if (kata in besar) { total += (grup + kecil) * besar[kata]; grup = 0; kecil = 0; }
    else if (kata === "minus") return -bacaKembali(kalimat.slice("minus ".length));
    else return Number.NaN;
    if (kata === "puluh" || kata === "seratus") { grup += kecil; kecil = 0; }
  }
  return total + grup + kecil;
}

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [2, "dua"],
    [3, "tiga"],
    [4, "empat"],
    [5, "lima"],
    [6, "enam"],
    [7, "tujuh"],
    [8, "delapan"],
    [9, "sembilan"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [13, "tiga belas"],
    [14, "empat belas"],
    [15, "lima belas"],
    [16, "enam belas"],
    [17, "tujuh belas"],
    [18, "delapan belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
  ])("%i → %s", (n, kata) => {
    expect(teks(n)).toBe(kata);
  });

  it.each([
    [21, "dua puluh satu"],
    [22, "dua puluh dua"],
    [30, "tiga puluh"],
    [31, "tiga puluh satu"],
    [99, "sembilan puluh sembilan"],
    [100, "seratus"],
    [101, "seratus satu"],
    [110, "seratus sepuluh"],
    [111, "seratus sebelas"],
    [115, "seratus lima belas"],
    [120, "seratus dua puluh"],
    [200, "dua ratus"],
    [999, "sembilan ratus sembilan puluh sembilan"],
    [1_000, "seribu"],
    [1_001, "seribu satu"],
    [1_010, "seribu sepuluh"],
    [1_100, "seribu seratus"],
    [1_999, "seribu sembilan ratus sembilan puluh sembilan"],
    [2_000, "dua ribu"],
    [2_024, "dua ribu dua puluh empat"],
    [11_000, "sebelas ribu"],
    [21_000, "dua puluh satu ribu"],
    [100_000, "seratus ribu"],
    [101_000, "seratus satu ribu"],
    [999_999, "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"],
    [1_000_000, "satu juta"],
    [1_000_001, "satu juta satu"],
    [1_001_000, "satu juta seribu"],
    [1_234_567, "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh"],
    [2_500_000, "dua juta lima ratus ribu"],
    [10_000_000, "sepuluh juta"],
    [100_000_000, "seratus juta"],
    [1_000_000_000, "satu miliar"],
    [1_000_000_001, "satu miliar satu"],
    [12_000_000_000, "dua belas miliar"],
    [1_000_000_000_000, "satu triliun"],
    [3_000_000_000_000, "tiga triliun"],
    [1_000_000_000_000_000, "satu kuadriliun"],
    [Number.MAX_SAFE_INTEGER, "sembilan kuadriliun tujuh triliun seratus sembilan puluh sembilan miliar dua ratus lima puluh empat juta tujuh ratus empat puluh ribu sembilan ratus sembilan puluh satu"],
  ])("%i → %s", (n, kata) => {
    expect(teks(n)).toBe(kata);
  });

  it("reads negative numbers with minus, and -0 as nol", () => {
    expect(teks(-1)).toBe("minus satu");
    expect(teks(-2024)).toBe("minus dua ribu dua puluh empat");
    expect(teks(-1_000)).toBe("minus seribu");
    expect(teks(-0)).toBe("nol");
    expect(teks(-Number.MAX_SAFE_INTEGER)).toMatch(/^minus sembilan kuadriliun /);
  });

  it("returns a failure for fractions, NaN, infinities and unsafe integers, without throwing", () => {
    expect(terbilang(1.5)).toEqual({ kind: "bukan-bilangan-bulat", nilai: 1.5 });
    expect(terbilang(Number.NaN)).toEqual({ kind: "bukan-bilangan-bulat", nilai: Number.NaN });
    expect(terbilang(Infinity)).toEqual({ kind: "bukan-bilangan-bulat", nilai: Infinity });
    expect(terbilang(-Infinity)).toEqual({ kind: "bukan-bilangan-bulat", nilai: -Infinity });
    expect(terbilang(Number.MAX_SAFE_INTEGER + 1)).toEqual({ kind: "di-luar-jangkauan", nilai: Number.MAX_SAFE_INTEGER + 1 });
    expect(terbilang(-1e20)).toEqual({ kind: "di-luar-jangkauan", nilai: -1e20 });
  });

  it("never writes 'satu ratus', 'satu belas', 'satu puluh', a leading 'satu ribu', 'nol' or stray spaces (0–200 000)", () => {
    const salah: string[] = [];
    for (let n = 0; n <= 200_000; n++) {
      const t = teks(n);
      if (/satu (ratus|belas|puluh)|^satu ribu| {2}|^ | $/.test(t) || (n !== 0 && t.includes("nol"))) salah.push(`${n}: ${t}`);
    }
    expect(salah).toEqual([]);
  });

  it("reads back to the same number (an independent reader of the words, 0–200 000 and sampled large numbers)", () => {
    const salah: string[] = [];
    const periksa = (n: number) => {
      if (bacaKembali(teks(n)) !== n) salah.push(`${n}: ${teks(n)}`);
    };
    for (let n = 0; n <= 200_000; n++) periksa(n);
    // A fixed linear congruential sequence: deterministic, spread over all magnitudes.
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const digit = 1 + (x % 15); // up to 10^15, below MAX_SAFE_INTEGER
      periksa(Math.floor((x / 2147483648) * 10 ** digit));
    }
    expect(salah).toEqual([]);
  });

  it("writes 'satu ribu' inside a larger group (101 000 is seratus satu ribu) but seribu for one thousand", () => {
    expect(teks(201_000)).toBe("dua ratus satu ribu");
    expect(teks(5_001_001)).toBe("lima juta seribu satu");
  });
});
