import { parseTanggal } from "../../domain/evaluasi/tanggal";
import type { TanggalKalender } from "../../domain/evaluasi/kalender";

export interface AnggotaDraf { nama: string; jabatan: string; nip: string }

export interface DrafBeritaAcara {
  tanggal: string;
  tempat: string;
  nomor: string;
  tim: AnggotaDraf[];
  ketuaNama: string;
  ketuaNip: string;
  /** One follow-up per line. */
  tindakLanjut: string;
}

export type BidangBa = "tanggal" | "tempat" | "nomor" | "tim" | "ketuaNama";

export type EditBa =
  | { kind: "isi"; field: "tanggal" | "tempat" | "nomor" | "ketuaNama" | "ketuaNip" | "tindakLanjut"; nilai: string }
  | { kind: "anggota"; index: number; field: keyof AnggotaDraf; nilai: string }
  | { kind: "tambah-anggota" }
  | { kind: "hapus-anggota"; index: number };

export const anggotaKosong = (): AnggotaDraf => ({ nama: "", jabatan: "", nip: "" });

export function drafAwal(tanggal: string): DrafBeritaAcara {
  return { tanggal, tempat: "", nomor: "", tim: [anggotaKosong()], ketuaNama: "", ketuaNip: "", tindakLanjut: "" };
}

export function ubahBa(d: DrafBeritaAcara, e: EditBa): DrafBeritaAcara {
  switch (e.kind) {
    case "isi": return { ...d, [e.field]: e.nilai };
    case "anggota": return { ...d, tim: d.tim.map((a, i) => (i === e.index ? { ...a, [e.field]: e.nilai } : a)) };
    case "tambah-anggota": return { ...d, tim: [...d.tim, anggotaKosong()] };
    case "hapus-anggota": return { ...d, tim: d.tim.filter((_, i) => i !== e.index) };
    default: return e satisfies never;
  }
}

export type HasilDrafBa =
  | { kind: "ok"; tanggal: TanggalKalender; tim: { nama: string; jabatan: string; nip?: string }[]; ketuaTim: { nama: string; nip?: string }; tindakLanjut: string[]; tempat: string; nomor: string }
  | { kind: "tidak-valid"; bidang: BidangBa[] };

/** The Berita Acara fields checked: date readable, place, number, at least one named member, the chair. */
export function bacaDrafBa(d: DrafBeritaAcara): HasilDrafBa {
  const bidang: BidangBa[] = [];
  const tanggal = parseTanggal(d.tanggal);
  if (tanggal.kind !== "ok") bidang.push("tanggal");
  if (d.tempat.trim() === "") bidang.push("tempat");
  if (d.nomor.trim() === "") bidang.push("nomor");
  const tim = d.tim.filter((a) => a.nama.trim() !== "").map((a) => ({ nama: a.nama.trim(), jabatan: a.jabatan.trim(), ...(a.nip.trim() ? { nip: a.nip.trim() } : {}) }));
  if (tim.length === 0) bidang.push("tim");
  if (d.ketuaNama.trim() === "") bidang.push("ketuaNama");
  if (bidang.length > 0 || tanggal.kind !== "ok") return { kind: "tidak-valid", bidang };
  return {
    kind: "ok",
    tanggal: tanggal.tanggal,
    tempat: d.tempat.trim(),
    nomor: d.nomor.trim(),
    tim,
    ketuaTim: { nama: d.ketuaNama.trim(), ...(d.ketuaNip.trim() ? { nip: d.ketuaNip.trim() } : {}) },
    tindakLanjut: d.tindakLanjut.split("\n").map((s) => s.trim()).filter((s) => s !== ""),
  };
}
