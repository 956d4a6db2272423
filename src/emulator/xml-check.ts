/**
 * A small well-formedness check for custom XML parts: Excel refuses malformed XML in
 * customXmlParts.add and setXml. It checks what a hand-written or truncated part gets wrong —
 * one root element, matching tags, quoted attributes — not DTDs or entity definitions.
 * Returns the root element's namespace URI, or an error message.
 */
export function checkXml(xml: string): { namespaceUri: string } | { error: string } {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const tag = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const stack: string[] = [];
  let roots = 0;
  let namespaceUri = "";
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (body.slice(last, m.index).includes("<")) return { error: `stray markup before <${m[2]}>` };
    if (stack.length === 0 && body.slice(last, m.index).trim() !== "") return { error: "text outside the root element" };
    last = m.index + m[0].length;
    const [, closing, name, attrs, selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return { error: `</${name}> does not close the open element` };
      continue;
    }
    if (stack.length === 0) {
      roots += 1;
      if (roots > 1) return { error: "more than one root element" };
      const prefix = name.includes(":") ? name.split(":")[0] : "";
      const ns = new RegExp(`\\bxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
      namespaceUri = ns ? (ns[2] ?? ns[3] ?? "") : "";
    }
    if (!selfClosing) stack.push(name);
  }
  const rest = body.slice(last);
  if (rest.includes("<")) return { error: "malformed markup" };
  if (stack.length > 0) return { error: `<${stack[stack.length - 1]}> is not closed` };
  if (roots === 0) return { error: "no root element" };
  if (rest.trim() !== "") return { error: "text after the root element" };
  return { namespaceUri };
}
