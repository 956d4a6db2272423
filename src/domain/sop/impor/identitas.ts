/**
 * The identity block: single values beside their labels (Nomor SOP, tanggal, Disahkan oleh, Nama
 * SOP), institution lines left of them, and the two-column lists below (Dasar Hukum | Kualifikasi
 * Pelaksana, …). Tabs place a list item in its column; in OCR text, where tabs are lost, the
 * numbering tells the columns apart ("1. SOP Penyusunan … 1. DPA SKPD").
 */
import { identitasKosong, type IdentitasSop } from "../model";
import { pecahDaftar } from "./daftar";
import { cariLabel, kunciDaftar, setTunggal, type KunciDaftar, type Label } from "./label";
import { parsePengesahan } from "./pengesahan";
import { kosong, type Baris } from "./teks";
import { bagiUrut, type BarisUrut } from "./urut";
import type { ImporPeringatan } from "./peringatan";

interface Pasangan {
  kiri: KunciDaftar;
  kanan: KunciDaftar | null;
  /** Cell index where the right column starts; -1 when columns are told apart by numbering. */
  idxKanan: number;
  adaIsi: boolean;
}

interface Grup {
  label: string;
  butir: string[];
}

export interface HasilIdentitas {
  identitas: IdentitasSop;
  selesai: number;
}

interface LabelSel extends Label {
  sel: number;
  dalamSel: boolean;
}

export function labelBaris(b: Baris): LabelSel[] {
  const hasil: LabelSel[] = [];
  b.sel.forEach((s, j) => {
    const l = cariLabel(s);
    if (!l) return;
    const kedua = kunciDaftar(l.kunci) ? cariLabel(l.sisa) : null;
    if (kedua && kunciDaftar(kedua.kunci)) {
      hasil.push({ kunci: l.kunci, sisa: "", sel: j, dalamSel: false }, { ...kedua, sel: j, dalamSel: true });
    } else hasil.push({ ...l, sel: j, dalamSel: false });
  });
  return hasil;
}

/** A list label alone on its row pairs with one alone just above it (OCR: "Dasar Hukum" / "Kualifikasi …"). */
function labelTunggal(p: Pasangan | null, k: KunciDaftar): Pasangan {
  if (p !== null && p.kanan === null && !p.adaIsi) return { kiri: p.kiri, kanan: k, idxKanan: -1, adaIsi: false };
  return { kiri: k, kanan: null, idxKanan: -1, adaIsi: false };
}

/** Reads one identity block from row `mulai` until `berhenti`, a repeated label, or the end. */
export function parseIdentitas(
  rows: readonly Baris[],
  mulai: number,
  instansi: readonly string[],
  berhenti: (i: number) => boolean,
  peringatan: ImporPeringatan[],
): HasilIdentitas {
  const id = identitasKosong();
  id.instansi = [...instansi];
  const terisi = new Set<string>();
  let pasangan: Pasangan | null = null;
  let penampung: BarisUrut[] = [];
  let grup: { kiri: Grup | null; kanan: Grup | null } = { kiri: null, kanan: null };

  const tambah = (k: KunciDaftar | null, butir: readonly string[]): void => {
    if (k) id[k].push(...butir);
  };
  const tutupGrup = (sisi: "kiri" | "kanan"): void => {
    const g = grup[sisi];
    if (g && pasangan) tambah(sisi === "kiri" ? pasangan.kiri : pasangan.kanan, [`${g.label}: ${g.butir.join("; ")}`]);
    grup[sisi] = null;
  };
  const tutup = (): void => {
    if (!pasangan) return;
    const { kiri, kanan } = bagiUrut(penampung, pasangan.kanan !== null);
    tambah(pasangan.kiri, kiri);
    tambah(pasangan.kanan, kanan);
    tutupGrup("kiri");
    tutupGrup("kanan");
    penampung = [];
    grup = { kiri: null, kanan: null };
  };
  const sisi = (sisiNama: "kiri" | "kanan", sel: readonly string[]): string[] => {
    const isi = sel.filter((s) => s !== "");
    if (isi.length > 1 && /^\d{1,2}[.)]?$/.test(isi[0])) isi.shift();
    const teks = isi.join(" ");
    if (teks === "") return [];
    const g = /^([^:\d\n]{2,40}?)\s*:\s*([\s\S]*)$/.exec(teks);
    if (g && g[1].trim().split(/\s+/).length <= 4) {
      tutupGrup(sisiNama);
      grup[sisiNama] = { label: g[1].trim(), butir: pecahDaftar(g[2]) };
      return [];
    }
    const aktif = grup[sisiNama];
    if (aktif) {
      aktif.butir.push(...pecahDaftar(teks));
      return [];
    }
    return pecahDaftar(teks);
  };

  let i = mulai;
  for (; i < rows.length; i++) {
    if (i > mulai && berhenti(i)) break;
    const r = rows[i];
    const label = labelBaris(r);
    if (label.length > 0) {
      if (i > mulai && label.some((l) => terisi.has(l.kunci))) break;
      tutup();
      const pertama = label[0].sel;
      for (let j = 0; j < pertama; j++) id.instansi.push(...r.sel[j].split("\n").filter((s) => s !== ""));
      const daftar: LabelSel[] = [];
      for (const l of label) {
        terisi.add(l.kunci);
        if (kunciDaftar(l.kunci)) {
          daftar.push(l);
          continue;
        }
        const nilaiIdx = l.sisa !== "" ? l.sel : r.sel.findIndex((s, j) => j > l.sel && s !== "" && cariLabel(s) === null);
        const mentah = l.sisa !== "" ? l.sisa : nilaiIdx >= 0 ? r.mentah[nilaiIdx] : "";
        if (l.kunci === "disahkanOleh") id.disahkanOleh = parsePengesahan(mentah);
        else setTunggal(id, l.kunci, nilaiIdx >= 0 ? (l.sisa !== "" ? l.sisa : r.sel[nilaiIdx].replace(/^:\s*/, "").replace(/\n/g, " ")) : "");
      }
      if (daftar.length >= 2) {
        const [a, b] = daftar;
        pasangan = { kiri: a.kunci as KunciDaftar, kanan: b.kunci as KunciDaftar, idxKanan: b.dalamSel || b.sel === a.sel ? -1 : b.sel, adaIsi: false };
      } else if (daftar.length === 1) {
        const k = daftar[0].kunci as KunciDaftar;
        pasangan = labelTunggal(pasangan, k);
      }
      for (const l of daftar) if (l.sisa !== "") tambah(l.kunci as KunciDaftar, pecahDaftar(l.sisa));
      continue;
    }
    if (kosong(r)) {
      if (pasangan?.idxKanan === -1) penampung.push({ teks: "", no: r.no });
      continue;
    }
    if (!pasangan) {
      peringatan.push({ jenis: "baris-diabaikan", baris: r.no, detail: r.sel.join(" ").slice(0, 80) });
      continue;
    }
    pasangan.adaIsi = true;
    if (pasangan.idxKanan > 0) {
      tambah(pasangan.kiri, sisi("kiri", r.sel.slice(0, pasangan.idxKanan)));
      tambah(pasangan.kanan, sisi("kanan", r.sel.slice(pasangan.idxKanan)));
    } else {
      penampung.push({ teks: r.sel.filter((s) => s !== "").join("\n"), no: r.no });
    }
  }
  tutup();
  return { identitas: id, selesai: i };
}
