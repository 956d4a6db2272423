import { bahasaDari, CATALOGS, interpolate, translator } from "../../src/taskpane/i18n";
import { id } from "../../src/taskpane/i18n/id";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n catalog", () => {
  it("has the same keys in English as in Indonesian, none empty", () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(id).sort());
    for (const catalog of Object.values(CATALOGS)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) expect([key, placeholders(CATALOGS.en[key])]).toEqual([key, placeholders(id[key])]);
  });

  it("maps every language except English to Indonesian", () => {
    expect(bahasaDari("id-ID")).toBe("id");
    expect(bahasaDari("id")).toBe("id");
    expect(bahasaDari("en-US")).toBe("en");
    expect(bahasaDari("EN-gb")).toBe("en");
    expect(bahasaDari("jv-ID")).toBe("id");
    expect(bahasaDari("nl-NL")).toBe("id");
    expect(bahasaDari("")).toBe("id");
    expect(bahasaDari(undefined)).toBe("id");
  });

  it("fills placeholders and leaves unknown ones visible rather than blank", () => {
    expect(translator("id")("masalah.nip-panjang", { digit: 5 })).toBe("NIP harus 18 angka (sekarang 5 angka).");
    expect(translator("en")("masalah.tahun-di-luar-rentang", { min: 2000, max: 2100 })).toBe("The year must be between 2000 and 2100.");
    expect(interpolate("{a} dan {b}", { a: "x" })).toBe("x dan {b}");
    expect(interpolate("{constructor}", {})).toBe("{constructor}");
  });

  it("checks keys and parameters at compile time", () => {
    const t = translator("id");
    // @ts-expect-error: not a key of the catalog
    expect(t("tidak.ada")).toBe("tidak.ada");
    // @ts-expect-error: this message needs {digit}
    expect(t("masalah.nip-panjang")).toContain("{digit}");
    // @ts-expect-error: misspelt parameter
    expect(t("masalah.nip-panjang", { digits: 5 })).toContain("{digit}");
    expect(t("nav.sop")).toBe("SOP");
  });
});
