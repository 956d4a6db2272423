/**
 * `parseSopText`: pasted SOP text (Word/PDF/web copies, OCR) → SOP AP drafts for the editor.
 * Tables and identity blocks are found wherever they stand (before or after each other, several
 * in one text); each identity block goes with the procedure whose title its Nama SOP matches.
 * Never throws: whatever cannot be read becomes a warning or a field marked `perluDiperiksa`.
 */
import { identitasKosong, type IdentitasSop, type Sop } from "../model";
import { bangunSop } from "./bangun";
import { labelBaris, parseIdentitas } from "./identitas";
import type { ImporPeringatan } from "./peringatan";
import { kepalaTabel, parseTabel, type TabelMentah } from "./tabel";
import { parseTabelOcr, tabelPolos } from "./tabel-ocr";
import { kosong, pecahBaris, selIsi, type Baris } from "./teks";
import { pasangkan, salinanGanda } from "./pasang";

export interface HasilImpor {
  sops: Sop[];
  peringatan: ImporPeringatan[];
}

export function parseSopText(text: string): HasilImpor {
  try {
    return bacaTeks(typeof text === "string" ? text : "");
  } catch {
    // Safety net only: the readers below are written not to throw on any text.
    return { sops: [], peringatan: [{ jenis: "tanpa-prosedur", baris: 1 }] };
  }
}

/** A title: one short cell, the next non-empty row (within 3) being a table header. */
function judul(rows: readonly Baris[], i: number): boolean {
  const isi = selIsi(rows[i]);
  if (isi.length !== 1 || isi[0].length > 150 || /^\d/.test(isi[0]) || kepalaTabel(rows[i])) return false;
  for (let j = i + 1; j < rows.length && j <= i + 3; j++) if (!kosong(rows[j])) return kepalaTabel(rows[j]);
  return false;
}

function hurufBesar(s: string): boolean {
  const huruf = s.replace(/[^A-Za-z]/g, "");
  return huruf.length >= 3 && huruf.replace(/[^A-Z]/g, "").length / huruf.length > 0.7;
}

function bacaTeks(text: string): HasilImpor {
  const rows = pecahBaris(text);
  const peringatan: ImporPeringatan[] = [];
  const berhentiIdentitas = (i: number): boolean => kepalaTabel(rows[i]) || judul(rows, i);
  const berhentiTabel = (i: number): boolean => berhentiIdentitas(i) || labelBaris(rows[i]).length > 0;
  const tabel: TabelMentah[] = [];
  const identitas: { identitas: IdentitasSop; baris: number }[] = [];
  let tertunda: number[] = [];
  const sisa: number[] = [];
  const lepas = (): void => {
    sisa.push(...tertunda);
    tertunda = [];
  };

  let i = 0;
  while (i < rows.length) {
    if (kepalaTabel(rows[i])) {
      const j = [...tertunda].reverse().find((k) => !kosong(rows[k]));
      const adaJudul = j !== undefined && judul(rows, j);
      const teksJudul = adaJudul ? selIsi(rows[j])[0].replace(/\n/g, " ") : "";
      tertunda = tertunda.filter((k) => k !== j || !adaJudul);
      lepas();
      if (selIsi(rows[i]).length <= 2) {
        const h = parseTabelOcr(rows, i, teksJudul, berhentiTabel, peringatan);
        tabel.push(h.tabel);
        i = h.selesai;
      } else {
        const h = parseTabel(rows, i, teksJudul, berhentiTabel, peringatan);
        tabel.push(...h.tabel);
        i = h.selesai;
      }
      continue;
    }
    if (labelBaris(rows[i]).length > 0) {
      const instansi: string[] = [];
      while (tertunda.length > 0) {
        const k = tertunda[tertunda.length - 1];
        const isi = selIsi(rows[k]);
        if (isi.length === 0) tertunda.pop();
        else if (isi.length === 1 && isi[0].length <= 120 && hurufBesar(isi[0]) && instansi.length < 4) {
          instansi.unshift(...isi[0].split("\n"));
          tertunda.pop();
        } else break;
      }
      lepas();
      const h = parseIdentitas(rows, i, instansi, berhentiIdentitas, peringatan);
      identitas.push({ identitas: h.identitas, baris: rows[i].no });
      i = Math.max(h.selesai, i + 1);
      continue;
    }
    tertunda.push(i);
    i++;
  }
  lepas();

  if (tabel.length === 0) {
    const bebas = new Set(sisa);
    const polos = tabelPolos(rows, (k) => bebas.has(k));
    if (polos) {
      tabel.push(polos);
      const dipakai = new Set(polos.langkah.map((l) => l.baris));
      sisa.splice(0, sisa.length, ...sisa.filter((k) => !dipakai.has(rows[k].no)));
    }
  }
  for (const k of sisa) {
    if (!kosong(rows[k])) peringatan.push({ jenis: "baris-diabaikan", baris: rows[k].no, detail: rows[k].sel.join(" ").slice(0, 80) });
  }
  const unik = salinanGanda(tabel, peringatan);
  if (unik.length === 0 && identitas.length === 0) {
    peringatan.push({ jenis: "tanpa-prosedur", baris: 1 });
    return { sops: [], peringatan };
  }
  const pasangan = pasangkan(unik, identitas);
  const sops: Sop[] = [];
  for (const p of pasangan) {
    const indeks = sops.length;
    if (p.tabel) {
      const t = p.tabel;
      const akhir = t.langkah[t.langkah.length - 1]?.baris ?? t.baris;
      for (const w of peringatan) if (w.sop === undefined && w.baris >= t.baris && w.baris <= akhir) w.sop = indeks;
      if (!p.identitas) peringatan.push({ jenis: "tanpa-identitas", baris: t.baris, sop: indeks });
      sops.push(bangunSop(t, p.identitas?.identitas ?? identitasKosong()));
    } else if (p.identitas) {
      const nama = p.identitas.identitas.nama.trim().toLowerCase();
      if (nama !== "" && sops.some((s) => s.identitas.nama.trim().toLowerCase() === nama)) {
        // The identity block of a second copy of a document already read.
        peringatan.push({ jenis: "salinan-ganda", baris: p.identitas.baris });
        continue;
      }
      peringatan.push({ jenis: "identitas-tanpa-prosedur", baris: p.identitas.baris, sop: indeks });
      sops.push({ identitas: p.identitas.identitas, pelaksana: [], langkah: [] });
    }
  }
  return { sops, peringatan: peringatan.sort((a, b) => a.baris - b.baris) };
}
