import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/**
 * The build scripts are ES modules, which jest's CommonJS runtime cannot import on node 20, so each
 * call runs in a child node process: `call("module.mjs", "fn", ...args)` returns fn's JSON result.
 */
function call(file: string, fn: string, ...args: unknown[]): unknown {
  const script = `const m = await import(${JSON.stringify(path.join(root, "scripts", file))});
    const args = JSON.parse(process.argv[1]);
    try { console.log(JSON.stringify({ ok: await m[${JSON.stringify(fn)}](...args) })); }
    catch (e) { console.log(JSON.stringify({ error: String(e.message) })); }`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(args)], { encoding: "utf8" });
  const parsed = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { ok?: unknown; error?: string };
  if (parsed.error !== undefined) throw new Error(parsed.error);
  return parsed.ok;
}

describe("manifest.xml", () => {
  it("declares Excel, Indonesian first with English overrides, ExcelApi 1.9 and the AutoShow task pane", () => {
    expect(xml).toContain("<DefaultLocale>id-ID</DefaultLocale>");
    expect(xml).toMatch(/<DisplayName DefaultValue="Evapor">\s*<Override Locale="en-US"/);
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(xml).toContain("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>");
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<OfficeTab id="TabHome">');
  });

  it("passes the XSD and the checks the XSD cannot make", () => {
    expect(call("validate-manifest.mjs", "validateAgainstXsd", xml)).toEqual([]);
    expect(call("validate-manifest.mjs", "checkBeyondXsd", xml)).toEqual([]);
  });

  it("is rejected when elements are out of order or a resource id is missing", () => {
    const swapped = xml.replace("<Version>0.1.0.0</Version>\n  <ProviderName>Evapor</ProviderName>", "<ProviderName>Evapor</ProviderName>\n  <Version>0.1.0.0</Version>");
    expect(swapped).not.toBe(xml);
    expect((call("validate-manifest.mjs", "validateAgainstXsd", swapped) as string[]).length).toBeGreaterThan(0);
    expect(call("validate-manifest.mjs", "checkBeyondXsd", xml.replace('resid="Evapor.Button.Tip"', 'resid="Evapor.Tidak.Ada"'))).toEqual(['resid "Evapor.Tidak.Ada" is used but not defined in <Resources>']);
  });

  it.each([16, 32, 64, 80])("has a %i px icon of that size", (size) => {
    const png = fs.readFileSync(path.join(root, "assets", `icon-${size}.png`));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});

describe("hosting URL for production builds", () => {
  it("rewrites every development URL and the app domain", () => {
    const out = call("manifest-url.mjs", "rewriteManifestUrls", xml, "https://evapor.malangkab.go.id/kecamatan") as string;
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://evapor.malangkab.go.id/kecamatan/taskpane.html"');
    expect(out).toContain("<AppDomain>https://evapor.malangkab.go.id</AppDomain>");
  });
  it.each(["http://evapor.example", "bukan url", "ftp://x"])("refuses %s", (bad) => {
    expect(() => call("manifest-url.mjs", "normalizeHostingUrl", bad)).toThrow(/https|not a URL/);
  });
});
