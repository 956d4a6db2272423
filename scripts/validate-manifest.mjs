// Validates add-in manifests offline: the XSDs in ../shared/schemas/office-manifest (DESIGN.md:
// `office-addin-manifest validate` posts to a web service), plus what the XSD cannot see:
// resource ids ≤ 32 characters and all defined, icons present at their pixel size, https URLs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.resolve(root, "..", "shared", "schemas", "office-manifest");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

export async function validateAgainstXsd(xml, fileName = "manifest.xml") {
  const xsds = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_XSD)],
    preload: xsds.filter((f) => f !== MAIN_XSD).map(read),
  });
  return result.errors.map((e) => e.rawMessage ?? String(e.message ?? e));
}

/** PNG width and height from the IHDR chunk. */
export function pngSize(buffer) {
  const signature = "89504e470d0a1a0a";
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

export function checkBeyondXsd(xml, { assetsDir = path.join(root, "assets") } = {}) {
  const problems = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const id of defined) if (id.length > 32) problems.push(`resid "${id}" is longer than 32 characters`);
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid "${m[1]}" is used but not defined in <Resources>`);
  }
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)) {
    if (!m[1].startsWith("https://")) problems.push(`URL is not https: ${m[1]}`);
  }
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="https:[^"]*\/assets\/(icon-(\d+)\.png)"/g)) {
    const file = path.join(assetsDir, m[1]);
    if (!fs.existsSync(file)) {
      problems.push(`icon ${m[1]} is missing from assets/`);
      continue;
    }
    const size = pngSize(fs.readFileSync(file));
    const want = Number(m[2]);
    if (!size || size.width !== want || size.height !== want) {
      problems.push(`icon ${m[1]} should be ${want}×${want} px, is ${size ? `${size.width}×${size.height}` : "not a PNG"}`);
    }
  }
  return problems;
}

async function main(files) {
  let failed = false;
  for (const file of files) {
    const full = path.resolve(root, file);
    if (!fs.existsSync(full)) {
      console.error(`✗ ${file}: missing${file.startsWith("dist") ? " (run npm run build first)" : ""}`);
      failed = true;
      continue;
    }
    const xml = fs.readFileSync(full, "utf8");
    const problems = [...(await validateAgainstXsd(xml, path.basename(file))), ...checkBeyondXsd(xml)];
    if (problems.length === 0) console.log(`✓ ${file}: valid (XSD + resource ids + icons + https)`);
    else {
      failed = true;
      console.error(`✗ ${file}:`);
      for (const p of problems) console.error(`  - ${p}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2).length ? process.argv.slice(2) : ["manifest.xml"]);
}
