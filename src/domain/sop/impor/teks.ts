/**
 * Text layer of the SOP importer: turns pasted text (Word/PDF/web copies, see the seeds) into rows of
 * cells. Handles tab-separated rows, Excel-style quoted cells spanning lines, HTML fragments
 * (`<p>`, `<ol><li>`, `<br>`, entities) and scanner watermark lines.
 */

/** One row of the pasted text: its 1-based line number, its cells as plain text, and as written. */
export interface Baris {
  no: number;
  /** Cells as plain text; HTML blocks (`<p>`, `<li>`, `<br>`) become "\n" inside a cell. */
  sel: string[];
  /** Cells as pasted (HTML kept), for fields whose markup carries meaning (Disahkan oleh). */
  mentah: string[];
}

/** Stands for a newline inside an HTML list that spans lines: counts as a line, splits no row. */
const GARIS_LUNAK = "\uE000";

const ENTITAS: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  hellip: "…", bull: "•", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", middot: "·",
};

export function decodeEntitas(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, kode: string) => {
    if (kode.startsWith("#")) {
      const n = kode[1] === "x" || kode[1] === "X" ? parseInt(kode.slice(2), 16) : parseInt(kode.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITAS[kode.toLowerCase()] ?? m;
  });
}

const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;
const TAG_BLOK = /<\/?(p|li|ol|ul|div|tr|h[1-6]|table|tbody|thead)\b[^<>]*>|<br\s*\/?>/gi;

/** Whitespace collapsed, NBSP and zero-width characters removed, trimmed. */
export function rapikan(s: string): string {
  return s
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(new RegExp(GARIS_LUNAK, "g"), " ")
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

function barisBersih(s: string): string {
  return s
    .split("\n")
    .map((b) => rapikan(b.replace(/\*\*/g, "")))
    .filter((b) => b !== "")
    .join("\n");
}

/** HTML fragment → text; block elements become "\n", inline tags vanish, entities decoded. */
export function htmlKeTeks(s: string): string {
  return barisBersih(decodeEntitas(s.replace(TAG_BLOK, "\n").replace(TAG, "")));
}

/** HTML fragment → its text segments: every tag is a boundary (keeps `<b>`/`<u>` runs apart). */
export function segmenHtml(s: string): string[] {
  return barisBersih(decodeEntitas(s.replace(TAG, "\n"))).split("\n").filter((b) => b !== "");
}

/** Newlines inside a `<ol>`/`<ul>`/`<table>` that closes on a later line become soft newlines. */
function satukanBlokHtml(teks: string): string {
  const baris = teks.split("\n");
  const hasil: string[] = [];
  for (let i = 0; i < baris.length; i++) {
    let b = baris[i];
    const tutup = tutupPada(baris, i);
    if (tutup > i) {
      b = baris.slice(i, tutup + 1).join(GARIS_LUNAK);
      i = tutup;
    }
    hasil.push(b);
  }
  return hasil.join("\n");
}

function selisihBlok(s: string): number {
  const buka = (s.match(/<(ol|ul|table)\b/gi) ?? []).length;
  const tutup = (s.match(/<\/(ol|ul|table)\s*>/gi) ?? []).length;
  return buka - tutup;
}

/** Index of the line closing the lists opened on line `i`, or `i` when none (or unclosed). */
function tutupPada(baris: string[], i: number): number {
  let saldo = selisihBlok(baris[i]);
  if (saldo <= 0) return i;
  for (let j = i + 1; j < baris.length && j <= i + 60; j++) {
    saldo += selisihBlok(baris[j]);
    if (saldo <= 0) return j;
  }
  return i;
}

/** Scanner watermarks and bare links carry nothing of the SOP (seed 003: CamScanner). */
function derau(b: string): boolean {
  const t = b.trim();
  return /^dipindai dengan camscanner$/i.test(t) || /^(https?:\/\/|www\.)\S+$/i.test(t) || /^scanned (with|by) camscanner$/i.test(t);
}

/** Splits the text into rows of tab-separated cells; a cell quoted with `"` may span lines. */
export function pecahBaris(input: string): Baris[] {
  const teks = satukanBlokHtml(input.replace(/\r\n?/g, "\n").replace(/\uFEFF/g, ""));
  const hasil: Baris[] = [];
  let i = 0;
  let garis = 1;
  const n = teks.length;
  while (i <= n) {
    const no = garis;
    const sel: string[] = [];
    for (;;) {
      const { isi, lanjut } = bacaSel(teks, i);
      garis += hitungGaris(teks.slice(i, lanjut));
      sel.push(isi);
      i = lanjut;
      if (i < n && teks[i] === "\t") {
        i++;
        continue;
      }
      break;
    }
    i++; // the "\n" (or past the end)
    garis++;
    const mentah = sel.map((s) => s.replace(new RegExp(GARIS_LUNAK, "g"), "\n"));
    if (!derau(mentah.join(" "))) hasil.push({ no, sel: mentah.map(htmlKeTeks), mentah });
  }
  return hasil;
}

function hitungGaris(s: string): number {
  let k = 0;
  for (const c of s) if (c === "\n" || c === GARIS_LUNAK) k++;
  return k;
}

/** One cell from `i`: a quoted cell when it starts with `"` and closes before a tab/newline. */
function bacaSel(teks: string, i: number): { isi: string; lanjut: number } {
  if (teks[i] === '"') {
    let isi = "";
    let j = i + 1;
    while (j < teks.length) {
      if (teks[j] === '"') {
        if (teks[j + 1] === '"') {
          isi += '"';
          j += 2;
          continue;
        }
        const sesudah = teks[j + 1];
        if (sesudah === undefined || sesudah === "\t" || sesudah === "\n") return { isi, lanjut: j + 1 };
        break;
      }
      isi += teks[j];
      j++;
    }
  }
  let j = i;
  while (j < teks.length && teks[j] !== "\t" && teks[j] !== "\n") j++;
  return { isi: teks.slice(i, j), lanjut: j };
}

/** True when the row has no text at all. */
export function kosong(b: Baris): boolean {
  return b.sel.every((s) => s === "");
}

/** Cells with text. */
export function selIsi(b: Baris): string[] {
  return b.sel.filter((s) => s !== "");
}
