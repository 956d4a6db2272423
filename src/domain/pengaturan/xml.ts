import type { PitaPredikat, SkalaPredikat } from "../kinerja/predikat";
import { pengaturanAwal, UKURAN_KERTAS, type BidangPengaturan, type Pengaturan } from "./model";
import { bacaXml, type AlasanXmlRusak, type ElemenXml } from "./xml-pohon";

/** The namespace of Evapor's custom XML part; Excel finds the part by it. A new format gets v2. */
export const NAMESPACE_PENGATURAN = "urn:evapor:pengaturan:v1";

// XML 1.0 cannot carry these characters at all, not even as references. Word's soft line break
// (U+000B) arrives this way in pasted text; dropping it is the only way to keep the part valid.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const TIDAK_BOLEH = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes element text; CR becomes a reference so that it survives XML line-end handling. */
export function escapeTeks(text: string): string {
  return text.replace(TIDAK_BOLEH, "").replace(/[&<>\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" })[c] ?? c);
}

/** Escapes an attribute value (either quote; tabs and line breaks kept as references). */
export function escapeAtribut(text: string): string {
  const ganti: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
  return text.replace(TIDAK_BOLEH, "").replace(/[&<>"'\t\n\r]/g, (c) => ganti[c] ?? c);
}

function pitaKeXml(p: PitaPredikat): string {
  const batas = p.batasBawah === null ? "" : ` batas-bawah="${p.batasBawah}"`;
  return `    <pita nama="${escapeAtribut(p.nama)}"${batas} warna="${escapeAtribut(p.warna)}"/>`;
}

/** One element per setting, readable by a person who opens the part (e.g. with a zip tool). */
export function pengaturanKeXml(p: Pengaturan): string {
  const el = (nama: string, isi: string) => `<${nama}>${escapeTeks(isi)}</${nama}>`;
  return [
    `<pengaturan xmlns="${NAMESPACE_PENGATURAN}">`,
    `  <instansi>${el("kabupaten", p.instansi.kabupaten)}${el("kecamatan", p.instansi.kecamatan)}${el("alamat", p.instansi.alamat)}</instansi>`,
    `  <camat>${el("nama", p.camat.nama)}${el("nip", p.camat.nip)}</camat>`,
    `  <sekcam>${el("nama", p.sekcam.nama)}${el("nip", p.sekcam.nip)}</sekcam>`,
    `  ${el("tahun", String(p.tahun))}`,
    `  ${el("kertas", p.kertas)}`,
    `  <skala nama="${escapeAtribut(p.skala.nama)}">`,
    ...p.skala.pita.map(pitaKeXml),
    "  </skala>",
    "</pengaturan>",
  ].join("\n");
}

/** A setting that could not be read and was replaced by its default. */
export interface PeringatanPengaturan {
  field: BidangPengaturan;
  kind: "tidak-ada" | "tidak-valid";
}

export type HasilBacaPengaturan =
  | { kind: "ok"; pengaturan: Pengaturan; peringatan: PeringatanPengaturan[] }
  | { kind: "rusak"; alasan: AlasanXmlRusak | "bukan-pengaturan-evapor"; posisi: number };

const anak = (el: ElemenXml | undefined, lokal: string) => el?.anak.find((a) => a.lokal === lokal);

function namespaceAkar(akar: ElemenXml): string | undefined {
  return akar.atribut.get(akar.prefix === "" ? "xmlns" : `xmlns:${akar.prefix}`);
}

/**
 * Reads the part. Malformed XML, or XML that is not Evapor's settings, is `rusak`; inside a
 * well-formed part, each missing or unreadable setting takes its default and is named in
 * `peringatan`. Unknown elements are ignored (a later Evapor may add some). Never throws.
 */
export function pengaturanDariXml(xml: string, tahunBawaan: number): HasilBacaPengaturan {
  const pohon = bacaXml(xml);
  if (pohon.kind === "rusak") return pohon;
  const akar = pohon.akar;
  if (akar.lokal !== "pengaturan" || namespaceAkar(akar) !== NAMESPACE_PENGATURAN) return { kind: "rusak", alasan: "bukan-pengaturan-evapor", posisi: 0 };

  const awal = pengaturanAwal(tahunBawaan);
  const peringatan: PeringatanPengaturan[] = [];
  function baca<T>(field: BidangPengaturan, el: ElemenXml | undefined, urai: (el: ElemenXml) => T | null, bawaan: T): T {
    if (!el) return peringatan.push({ field, kind: "tidak-ada" }), bawaan;
    const nilai = urai(el);
    if (nilai === null) return peringatan.push({ field, kind: "tidak-valid" }), bawaan;
    return nilai;
  }
  const teks = (e: ElemenXml) => e.teks;
  const instansi = anak(akar, "instansi");
  const camat = anak(akar, "camat");
  const sekcam = anak(akar, "sekcam");
  return {
    kind: "ok",
    pengaturan: {
      instansi: {
        kabupaten: baca("instansi.kabupaten", anak(instansi, "kabupaten"), teks, ""),
        kecamatan: baca("instansi.kecamatan", anak(instansi, "kecamatan"), teks, ""),
        alamat: baca("instansi.alamat", anak(instansi, "alamat"), teks, ""),
      },
      camat: { nama: baca("camat.nama", anak(camat, "nama"), teks, ""), nip: baca("camat.nip", anak(camat, "nip"), teks, "") },
      sekcam: { nama: baca("sekcam.nama", anak(sekcam, "nama"), teks, ""), nip: baca("sekcam.nip", anak(sekcam, "nip"), teks, "") },
      tahun: baca("tahun", anak(akar, "tahun"), (e) => (/^\s*\d+\s*$/.test(e.teks) ? Number(e.teks) : null), awal.tahun),
      kertas: baca("kertas", anak(akar, "kertas"), (e) => UKURAN_KERTAS.find((k) => k === e.teks.trim()) ?? null, awal.kertas),
      skala: baca("skala", anak(akar, "skala"), bacaSkala, awal.skala),
    },
    peringatan,
  };
}

const ANGKA = /^-?\d+(\.\d+)?$/;
const WARNA = /^#[0-9A-Fa-f]{6}$/;

/** The whole scale or nothing: a scale read in part would shift every predikat below the gap. */
function bacaSkala(el: ElemenXml): SkalaPredikat | null {
  const pita: PitaPredikat[] = [];
  for (const p of el.anak.filter((a) => a.lokal === "pita")) {
    const nama = p.atribut.get("nama");
    const warna = p.atribut.get("warna");
    const batas = p.atribut.get("batas-bawah");
    if (nama === undefined || warna === undefined || !WARNA.test(warna)) return null;
    if (batas !== undefined && !ANGKA.test(batas.trim())) return null;
    pita.push({ nama, batasBawah: batas === undefined ? null : Number(batas), warna });
  }
  if (pita.length === 0) return null;
  return { nama: el.atribut.get("nama") ?? "", pita };
}
