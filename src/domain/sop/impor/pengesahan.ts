/**
 * "Disahkan oleh" as pasted: jabatan, nama, pangkat and NIP run together, separated only by HTML
 * paragraphs/bold runs or by wide spaces ("CAMAT KALIPARE  NEPO MARIS, S'Pd, MM PEMBINA NIP. …").
 */
import { pengesahanKosong, type Pengesahan } from "../model";
import { rapikan, segmenHtml } from "./teks";

/** PNS ranks (PP 99/2000 golongan III–IV and II), longest first, optionally with the golongan. */
const PANGKAT =
  /\b(Pembina\s+Utama(?:\s+(?:Madya|Muda))?|(?:Pembina|Penata(?:\s+Muda)?|Pengatur(?:\s+Muda)?)(?:\s+(?:Tingkat|Tk\.?)\s*I\b)?)(\s*,?\s*\(?\s*(?:IV|III|II|I)\s*\/\s*[a-e]\)?)?/i;
const NIP = /\bNIP\.?\s*:?\s*(\d[\d\s]{6,}\d)/i;

export function parsePengesahan(mentah: string): Pengesahan {
  const hasil = pengesahanKosong();
  let teks = segmenHtml(mentah).join("  ").replace(/^\s*:\s*/, "");
  const nip = NIP.exec(teks);
  if (nip) {
    hasil.nip = rapikan(nip[1]);
    teks = teks.slice(0, nip.index) + "  " + teks.slice(nip.index + nip[0].length);
  }
  const pangkat = PANGKAT.exec(teks);
  if (pangkat) {
    hasil.pangkat = rapikan(pangkat[0]);
    teks = teks.slice(0, pangkat.index) + "  " + teks.slice(pangkat.index + pangkat[0].length);
  }
  const bagian = teks.split(/\s{2,}/).map((s) => rapikan(s).replace(/^:\s*/, "")).filter((s) => s !== "");
  if (bagian.length >= 2) {
    hasil.jabatan = bagian[0];
    hasil.nama = bagian.slice(1).join(" ");
  } else if (bagian.length === 1) {
    [hasil.jabatan, hasil.nama] = pisahJabatanNama(bagian[0]);
  }
  return hasil;
}

/** "Camat Janapria SYAMSUN RIJAL, S.IP": the name starts at the first capitals after a mixed-case word. */
function pisahJabatanNama(s: string): [string, string] {
  const kata = s.split(" ");
  const kapital = (w: string): boolean => /^[A-Z][A-Z.,']+$/.test(w);
  for (let k = 1; k < kata.length; k++) {
    if (kapital(kata[k]) && !kapital(kata[k - 1])) return [kata.slice(0, k).join(" "), kata.slice(k).join(" ")];
  }
  return [s, ""];
}
