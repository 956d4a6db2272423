import JSZip from "jszip";
import type { CustomXmlPartSnapshot } from "../model";

/**
 * Custom XML parts (where Evapor keeps its Pengaturan) in the .xlsx package. ExcelJS neither
 * writes nor reads them, so they are added to and read from the zip directly, laid out as Excel
 * does (ECMA-376 Part 1, §22.5): customXml/itemN.xml, its itemPropsN.xml with the item's GUID, a
 * relationship from the workbook, and a content type for the properties part.
 */
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A stable GUID per part, so the same workbook exports to the same bytes. */
const guidOf = (n: number) => `{E7A90000-0000-4000-8000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;

export async function addCustomXmlParts(xlsx: Uint8Array, parts: CustomXmlPartSnapshot[]): Promise<Uint8Array> {
  if (parts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = (await zip.file(relsPath)?.async("string")) ?? "";
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guidOf(n)}" xmlns:ds="${DS}">` +
        `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(part.namespaceUri)}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace("</Relationships>", `<Relationship Id="rIdEvaporXml${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
  });
  if (!/Extension="xml"/.test(types)) types = types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file(relsPath, rels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The namespace of the root element, as Office's CustomXmlPart.namespaceUri reports it. */
function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  if (!root) return "";
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : "";
  const decl = new RegExp(`xmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? "");
  return decl?.[1] ?? "";
}

export async function readCustomXmlParts(xlsx: Uint8Array | ArrayBuffer): Promise<CustomXmlPartSnapshot[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const items = Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const parts: CustomXmlPartSnapshot[] = [];
  for (const path of items) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const props = (await zip.file(path.replace("item", "itemProps"))?.async("string")) ?? "";
    const id = /itemID="([^"]+)"/.exec(props)?.[1] ?? `{${path}}`;
    parts.push({ id, namespaceUri: rootNamespace(xml), xml: xml.replace(/^\uFEFF/, "") });
  }
  return parts;
}
