import type JSZip from "jszip";
import { SaxesParser } from "saxes";

/** A parsed XML element: qualified name, attributes, children and its own text. */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses with a real (strict, namespace-checking) XML parser: malformed XML throws. */
export function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: El[] = [root];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = typeof a === "string" ? a : a.value;
    const el: El = { name: tag.name, attrs, children: [], text: "" };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root;
}

/** Every descendant element with that qualified name, in document order. */
export function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function one(el: El, name: string): El {
  const found = all(el, name);
  if (found.length === 0) throw new Error(`no <${name}> in <${el.name}>`);
  return found[0];
}

export const textOf = (el: El): string => el.text + el.children.map(textOf).join("");

export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** A relationship part's targets by id, resolved against the part's folder. */
export async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const folder = part.replace(/[^/]+$/, "");
  const rels = parseXml(await readPart(zip, part.replace(/([^/]+)$/, "_rels/$1.rels")));
  const resolve = (target: string) => {
    const segments = `${folder}${target}`.split("/");
    const out: string[] = [];
    for (const s of segments) if (s === "..") out.pop(); else out.push(s);
    return out.join("/");
  };
  return new Map(all(rels, "Relationship").map((r) => [r.attrs.Id, { type: r.attrs.Type, target: resolve(r.attrs.Target) }]));
}

/** The worksheet part of a sheet, from workbook.xml and its relationships. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = parseXml(await readPart(zip, "xl/workbook.xml"));
  const sheet = all(workbook, "sheet").find((s) => s.attrs.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rel = (await relationships(zip, "xl/workbook.xml")).get(sheet.attrs["r:id"]);
  if (!rel) throw new Error(`no relationship for ${name}`);
  return rel.target;
}

/** The drawing part a worksheet refers to with <drawing r:id>. */
export async function drawingOf(zip: JSZip, sheetName: string): Promise<{ path: string; xml: El }> {
  const part = await sheetPart(zip, sheetName);
  const ws = parseXml(await readPart(zip, part));
  const id = one(ws, "drawing").attrs["r:id"];
  const rel = (await relationships(zip, part)).get(id);
  if (!rel) throw new Error(`no drawing relationship ${id}`);
  return { path: rel.target, xml: parseXml(await readPart(zip, rel.target)) };
}
