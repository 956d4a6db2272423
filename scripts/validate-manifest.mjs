// Validates add-in manifests offline: the XSDs in ../shared/schemas/office-manifest (DESIGN.md:
// `office-addin-manifest validate` posts to a web service), plus what the XSD cannot see: resource ids
// ≤ 32 characters, defined once and of the right kind, icons present beside the manifest at their
// pixel size, https URLs only.
// Usage: node scripts/validate-manifest.mjs manifest.xml dist/manifest.xml
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const schemaDir = path.resolve(root, "..", "shared", "schemas", "office-manifest");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const MAX_RESID = 32; // Office rejects longer resource ids (the XSD of 2019 only checks some of them).

/** XSD errors (libxml2's messages, with line numbers); empty when the manifest is valid. */
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

/** PNG width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(buffer) {
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return null;
  if (buffer.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Every start tag as { name, attrs }; the XSD has already vouched for well-formedness. */
function tags(xml) {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...noComments.matchAll(/<([A-Za-z][\w:.-]*)\b([^>]*?)\/?>/g)].map((m) => ({
    name: m[1],
    attrs: Object.fromEntries([...m[2].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
}

// Which resource collection an element's resid must point into (TaskPaneAppVersionOverridesV1_0.xsd:
// Label/Title take ShortStrings, Description LongStrings, SourceLocation/LearnMoreUrl Urls).
const KIND_OF_USE = { "bt:Image": "Images", Label: "ShortStrings", Title: "ShortStrings", Description: "LongStrings", SourceLocation: "Urls", LearnMoreUrl: "Urls" };
const KIND_OF_DEFINITION = { "bt:Images": "Images", "bt:Urls": "Urls", "bt:ShortStrings": "ShortStrings", "bt:LongStrings": "LongStrings" };
// Pixel sizes Office asks of the top-level icons of a task-pane add-in.
const TOP_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

function resourceProblems(xml) {
  const problems = [];
  const defined = new Map();
  let kind = null;
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<(\/?)(bt:(?:Images|Urls|ShortStrings|LongStrings)|bt:(?:Image|Url|String))\b([^>]*)>/g)) {
    const [, closing, name, rest] = m;
    if (name in KIND_OF_DEFINITION) kind = closing ? null : KIND_OF_DEFINITION[name];
    else if (!closing && kind) {
      const id = /\bid="([^"]*)"/.exec(rest)?.[1];
      if (id === undefined) continue;
      if (defined.has(id)) problems.push(`resid "${id}" is defined twice`);
      defined.set(id, kind);
      if (id.length > MAX_RESID) problems.push(`resid "${id}" is ${id.length} characters long (at most ${MAX_RESID})`);
    }
  }
  for (const { name, attrs } of tags(xml)) {
    const id = attrs.resid;
    if (id === undefined) continue;
    if (id.length > MAX_RESID) problems.push(`resid "${id}" is ${id.length} characters long (at most ${MAX_RESID})`);
    if (!defined.has(id)) problems.push(`resid "${id}" is used but not defined in <Resources>`);
    else if (KIND_OF_USE[name] && KIND_OF_USE[name] !== defined.get(id)) {
      problems.push(`<${name} resid="${id}"> must point into bt:${KIND_OF_USE[name]}, not bt:${defined.get(id)}`);
    }
  }
  return { problems: [...new Set(problems)], defined };
}

function urlProblems(xml) {
  const problems = [];
  const urls = [
    ...[...xml.matchAll(/\b(?:DefaultValue|Value)="((?:https?|ftp|file):[^"]*)"/gi)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) => m[1]),
  ];
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
  return problems;
}

function iconProblem(url, want, assetsDir) {
  const at = url.indexOf("/assets/");
  if (at < 0) return `icon ${url} is not served from assets/`;
  const name = decodeURIComponent(url.slice(at + "/assets/".length).split(/[?#]/)[0]);
  const file = path.join(assetsDir, name);
  if (!fs.existsSync(file)) return `icon ${name} is missing from ${path.relative(root, assetsDir) || "."}/`;
  const size = pngSize(fs.readFileSync(file));
  if (!size) return `icon ${name} is not a PNG`;
  if (size.width !== want || size.height !== want) return `icon ${name} should be ${want}×${want} px, is ${size.width}×${size.height}`;
  return null;
}

function iconProblems(xml, assetsDir) {
  const problems = [];
  const all = tags(xml);
  const imageUrl = new Map(all.filter((t) => t.name === "bt:Image" && t.attrs.id).map((t) => [t.attrs.id, t.attrs.DefaultValue]));
  const wanted = []; // [url, pixels]
  for (const { name, attrs } of all) {
    if (name in TOP_ICON_SIZE && attrs.DefaultValue) wanted.push([attrs.DefaultValue, TOP_ICON_SIZE[name]]);
    if (name === "bt:Image" && attrs.resid && attrs.size && imageUrl.has(attrs.resid)) wanted.push([imageUrl.get(attrs.resid), Number(attrs.size)]);
  }
  for (const [url, want] of wanted) {
    const problem = iconProblem(url, want, assetsDir);
    if (problem) problems.push(problem);
  }
  return [...new Set(problems)];
}

/**
 * What the XSD cannot check. `assetsDir` is the assets/ folder deployed with this manifest
 * (assets/ for manifest.xml, dist/assets/ for dist/manifest.xml).
 */
export function checkBeyondXsd(xml, { assetsDir = path.join(root, "assets") } = {}) {
  return [...resourceProblems(xml).problems, ...urlProblems(xml), ...iconProblems(xml, assetsDir)];
}

/** Validates each file; prints one block per file; returns true when all are valid. */
export async function validateFiles(files) {
  let ok = true;
  for (const file of files) {
    const full = path.resolve(root, file);
    if (!fs.existsSync(full)) {
      const hint = path.relative(root, full).startsWith("dist") ? ": run npm run build first" : "";
      console.log(`✗ ${file}: file not found${hint}`);
      ok = false;
      continue;
    }
    const xml = fs.readFileSync(full, "utf8");
    const xsd = await validateAgainstXsd(xml, file);
    const beyond = checkBeyondXsd(xml, { assetsDir: path.join(path.dirname(full), "assets") });
    if (xsd.length + beyond.length === 0) {
      console.log(`✓ ${file}: valid (XSD, resource ids, icons, https)`);
      continue;
    }
    ok = false;
    console.log(`✗ ${file}: ${xsd.length + beyond.length} problem(s)`);
    for (const p of xsd) console.log(`  - XSD: ${p}`);
    for (const p of beyond) console.log(`  - ${p}`);
  }
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(schemaDir)) {
    console.log(`✗ schemas not found: ${schemaDir} (expected ../shared beside the project)`);
    process.exit(1);
  }
  const files = process.argv.slice(2);
  process.exitCode = (await validateFiles(files.length > 0 ? files : ["manifest.xml"])) ? 0 : 1;
}
