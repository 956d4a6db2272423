/**
 * A small, strict reader for the XML Evapor writes into its own custom XML part. jest's node
 * environment has no DOMParser, and the part may come back edited by hand or cut short, so
 * this reader never throws: malformed input gives `{ kind: "rusak", alasan, posisi }`.
 * Supported: declaration and processing instructions (skipped), comments, CDATA, elements with
 * quoted attributes, the five predefined entities and character references. A DOCTYPE is
 * refused (no entity expansion from a file we did not write).
 */
export interface ElemenXml {
  /** The name as written, prefix included ("ns0:pengaturan"). */
  nama: string;
  prefix: string;
  lokal: string;
  atribut: ReadonlyMap<string, string>;
  anak: ElemenXml[];
  /** The element's own text (CDATA included), children's text excluded. */
  teks: string;
}

export type AlasanXmlRusak =
  | "kosong"
  | "tidak-lengkap"
  | "tag-tidak-cocok"
  | "nama-tidak-valid"
  | "atribut-tidak-valid"
  | "entitas-tidak-dikenal"
  | "doctype"
  | "isi-di-luar-akar";

export type HasilXml = { kind: "ok"; akar: ElemenXml } | { kind: "rusak"; alasan: AlasanXmlRusak; posisi: number };

const NAMA = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ENTITAS: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces entity and character references; null when one is unknown, malformed or not a character. */
export function uraiEntitas(raw: string): string | null {
  let gagal = false;
  const hasil = raw.replace(/&([^;&<]*)(;?)/g, (_m, isi: string, titikKoma: string) => {
    if (titikKoma !== ";") return (gagal = true), "";
    if (Object.prototype.hasOwnProperty.call(ENTITAS, isi)) return ENTITAS[isi];
    const kode = /^#\d+$/.test(isi) ? Number(isi.slice(1)) : /^#x[0-9a-fA-F]+$/.test(isi) ? parseInt(isi.slice(2), 16) : NaN;
    if (!(kode >= 1 && kode <= 0x10ffff) || (kode >= 0xd800 && kode <= 0xdfff)) return (gagal = true), "";
    return String.fromCodePoint(kode);
  });
  return gagal ? null : hasil;
}

function elemen(nama: string, atribut: Map<string, string>): ElemenXml {
  const titikDua = nama.indexOf(":");
  return { nama, prefix: titikDua < 0 ? "" : nama.slice(0, titikDua), lokal: nama.slice(titikDua + 1), atribut, anak: [], teks: "" };
}

const spasi = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";

export function bacaXml(xml: string): HasilXml {
  const stack: ElemenXml[] = [];
  let akar: ElemenXml | undefined;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const rusak = (alasan: AlasanXmlRusak, posisi = i): HasilXml => ({ kind: "rusak", alasan, posisi });
  const lewati = (pembuka: string, penutup: string): boolean => {
    const akhir = xml.indexOf(penutup, i + pembuka.length);
    if (akhir < 0) return false;
    i = akhir + penutup.length;
    return true;
  };

  while (i < xml.length) {
    const top = stack[stack.length - 1];
    if (xml[i] !== "<") {
      const lt = xml.indexOf("<", i);
      const akhir = lt < 0 ? xml.length : lt;
      // XML end-of-line handling: CRLF and lone CR read as LF.
      const raw = xml.slice(i, akhir).replace(/\r\n?/g, "\n");
      if (!top) {
        if (raw.trim() !== "") return rusak("isi-di-luar-akar");
      } else {
        const teks = uraiEntitas(raw);
        if (teks === null) return rusak("entitas-tidak-dikenal");
        top.teks += teks;
      }
      i = akhir;
    } else if (xml.startsWith("<?", i)) {
      if (!lewati("<?", "?>")) return rusak("tidak-lengkap");
    } else if (xml.startsWith("<!--", i)) {
      if (!lewati("<!--", "-->")) return rusak("tidak-lengkap");
    } else if (xml.startsWith("<![CDATA[", i)) {
      if (!top) return rusak("isi-di-luar-akar");
      const mulai = i + 9;
      if (!lewati("<![CDATA[", "]]>")) return rusak("tidak-lengkap");
      top.teks += xml.slice(mulai, i - 3);
    } else if (xml.startsWith("<!", i)) {
      return rusak("doctype");
    } else if (xml.startsWith("</", i)) {
      NAMA.lastIndex = i + 2;
      const nama = NAMA.exec(xml)?.[0];
      if (!nama) return rusak(i + 2 >= xml.length ? "tidak-lengkap" : "nama-tidak-valid");
      let j = i + 2 + nama.length;
      while (spasi(xml[j])) j++;
      if (j >= xml.length) return rusak("tidak-lengkap");
      if (xml[j] !== ">" || !top || top.nama !== nama) return rusak("tag-tidak-cocok");
      stack.pop();
      if (stack.length === 0) akar = top;
      i = j + 1;
    } else {
      if (!top && akar) return rusak("isi-di-luar-akar");
      const tag = bacaTagBuka(xml, i);
      if (tag.kind === "rusak") return tag;
      if (top) top.anak.push(tag.elemen);
      if (tag.tutupSendiri) {
        if (!top) akar = tag.elemen;
      } else stack.push(tag.elemen);
      i = tag.akhir;
    }
  }
  if (stack.length > 0) return rusak("tidak-lengkap", xml.length);
  return akar ? { kind: "ok", akar } : rusak("kosong", 0);
}

type TagBuka = { kind: "ok"; elemen: ElemenXml; tutupSendiri: boolean; akhir: number } | { kind: "rusak"; alasan: AlasanXmlRusak; posisi: number };

/** Reads `<nama a="1" b='2'>` or `<nama/>` starting at the `<`. */
function bacaTagBuka(xml: string, mulai: number): TagBuka {
  const rusak = (alasan: AlasanXmlRusak, posisi: number): TagBuka => ({ kind: "rusak", alasan, posisi });
  NAMA.lastIndex = mulai + 1;
  const nama = NAMA.exec(xml)?.[0];
  if (!nama) return rusak(mulai + 1 >= xml.length ? "tidak-lengkap" : "nama-tidak-valid", mulai);
  const atribut = new Map<string, string>();
  let j = mulai + 1 + nama.length;
  for (;;) {
    const adaSpasi = spasi(xml[j]);
    while (spasi(xml[j])) j++;
    if (j >= xml.length) return rusak("tidak-lengkap", j);
    if (xml.startsWith("/>", j)) return { kind: "ok", elemen: elemen(nama, atribut), tutupSendiri: true, akhir: j + 2 };
    if (xml[j] === ">") return { kind: "ok", elemen: elemen(nama, atribut), tutupSendiri: false, akhir: j + 1 };
    NAMA.lastIndex = j;
    const kunci = NAMA.exec(xml)?.[0];
    if (!adaSpasi || !kunci || atribut.has(kunci)) return rusak("atribut-tidak-valid", j);
    j += kunci.length;
    while (spasi(xml[j])) j++;
    if (xml[j] !== "=") return rusak(j >= xml.length ? "tidak-lengkap" : "atribut-tidak-valid", j);
    j++;
    while (spasi(xml[j])) j++;
    const kutip = xml[j];
    if (kutip !== '"' && kutip !== "'") return rusak(j >= xml.length ? "tidak-lengkap" : "atribut-tidak-valid", j);
    const akhir = xml.indexOf(kutip, j + 1);
    if (akhir < 0) return rusak("tidak-lengkap", j);
    const raw = xml.slice(j + 1, akhir);
    if (raw.includes("<")) return rusak("atribut-tidak-valid", j);
    // Attribute-value normalisation: literal tabs and line breaks read as spaces (XML 1.0 §3.3.3).
    const nilai = uraiEntitas(raw.replace(/\r\n|[\t\n\r]/g, " "));
    if (nilai === null) return rusak("entitas-tidak-dikenal", j);
    atribut.set(kunci, nilai);
    j = akhir + 1;
  }
}
