import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";

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

  it("gives every Indonesian text an English override", () => {
    const strings = xml.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBeGreaterThanOrEqual(5);
    expect(xml.match(/<bt:Override Locale="en-US"/g)).toHaveLength(strings.length);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
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

  it("names what the XSD cannot see: resource kind, resid length, http URLs, icon sizes", () => {
    // A copy of assets/ where the 80 px icon is really the 64 px one.
    const assetsDir = fs.mkdtempSync(path.join(os.tmpdir(), "evapor-assets-"));
    for (const size of [16, 32, 64]) fs.copyFileSync(path.join(root, "assets", `icon-${size}.png`), path.join(assetsDir, `icon-${size}.png`));
    fs.copyFileSync(path.join(root, "assets", "icon-64.png"), path.join(assetsDir, "icon-80.png"));
    const broken = xml
      .replace('<Description resid="Evapor.Button.Tip"/>', '<Description resid="Evapor.Button.Label"/>')
      .replace("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>http://localhost:3000</AppDomain>")
      .replaceAll("Evapor.GetStarted.Title", "Evapor.GetStarted.JudulYangTerlaluPanjang");
    const problems = call("validate-manifest.mjs", "checkBeyondXsd", broken, { assetsDir }) as string[];
    fs.rmSync(assetsDir, { recursive: true });
    expect(problems).toEqual([
      'resid "Evapor.GetStarted.JudulYangTerlaluPanjang" is 41 characters long (at most 32)',
      '<Description resid="Evapor.Button.Label"> must point into bt:LongStrings, not bt:ShortStrings',
      "URL is not https: http://localhost:3000",
      "icon icon-80.png should be 80×80 px, is 64×64",
    ]);
  });

  it("fails with a hint when dist/manifest.xml has not been built", () => {
    const run = spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.mjs"), "dist/tidak-ada/manifest.xml"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("dist/tidak-ada/manifest.xml: file not found: run npm run build first");
  });

  it.each([16, 32, 64, 80, 128])("has a %i px icon of that size", (size) => {
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
  it("normalizes the base URL: a trailing slash, no query or fragment", () => {
    expect(call("manifest-url.mjs", "normalizeHostingUrl", " https://Evapor.Example.go.id/addin?v=2#x ")).toBe("https://evapor.example.go.id/addin/");
  });
  it.each(["http://evapor.example", "bukan url", "ftp://x", "https://admin:rahasia@evapor.example/"])("refuses %s", (bad) => {
    expect(() => call("manifest-url.mjs", "normalizeHostingUrl", bad)).toThrow(/https|not a URL|user name/);
  });
});
