/** A parsed table + identity block → a `Sop`, with pelaksana and jenis inferred where missing. */
import { langkahBaru, type BidangLangkah, type IdentitasSop, type Langkah, type Sop } from "../model";
import { simpulkanJenis, type Simbol } from "./jenis";
import { simpulkanPelaksana } from "./pelaksana";
import { cariSebutan, kolomDari, kolomSebutan } from "./peran";
import type { LangkahMentah, TabelMentah } from "./tabel";

const URUTAN_BIDANG: readonly BidangLangkah[] = [
  "kegiatan", "pelaksana", "jenis", "cabang", "kelengkapan", "waktu", "output", "keterangan",
];

function urutkan(bidang: Iterable<BidangLangkah>): BidangLangkah[] {
  const ada = new Set(bidang);
  return URUTAN_BIDANG.filter((b) => ada.has(b));
}

function simbolLangkah(l: LangkahMentah): Simbol | null {
  const ada = (s: Simbol): boolean => l.tanda.some((t) => t.simbol === s);
  if (ada("keputusan")) return "keputusan";
  if (ada("terminator")) return "terminator";
  if (ada("proses")) return "proses";
  return null;
}

export function bangunSop(t: TabelMentah, identitas: IdentitasSop): Sop {
  const kolom = kolomDari(t.pelaksana);
  const simpulan = simpulkanPelaksana(t.langkah.map((l) => l.kegiatan), kolom);
  const dasar = t.langkah.map((l, k) => {
    const dariSimbol = l.tanda.length > 0;
    return {
      id: `L${k + 1}`,
      kegiatan: l.kegiatan,
      simbol: simbolLangkah(l),
      pelaksana: dariSimbol ? [...new Set(l.tanda.map((x) => x.kolom))].sort((a, b) => a - b) : simpulan[k].kolom,
      pasti: dariSimbol || simpulan[k].pasti,
    };
  });
  const tujuanPeran = (klausa: string): number[] =>
    [...new Set(cariSebutan(klausa).flatMap((s) => kolomSebutan(s, kolom).kolom))];
  const jenis = simpulkanJenis(dasar, tujuanPeran);
  const langkah: Langkah[] = t.langkah.map((l, k) => {
    const periksa = new Set<BidangLangkah>(jenis[k].periksa);
    if (!dasar[k].pasti || dasar[k].pelaksana.length === 0) periksa.add("pelaksana");
    if (t.ocr) {
      for (const b of ["kegiatan", "pelaksana", "kelengkapan", "output"] as const) periksa.add(b);
      if (l.waktu === "") periksa.add("waktu");
    }
    return langkahBaru(dasar[k].id, {
      kegiatan: l.kegiatan,
      pelaksana: dasar[k].pelaksana,
      jenis: jenis[k].jenis,
      ...(jenis[k].cabang ? { cabang: jenis[k].cabang } : {}),
      kelengkapan: l.kelengkapan,
      waktu: l.waktu,
      output: l.output,
      keterangan: l.keterangan,
      perluDiperiksa: urutkan(periksa),
    });
  });
  return {
    identitas: { ...identitas, nama: identitas.nama !== "" ? identitas.nama : t.judul },
    pelaksana: [...t.pelaksana],
    langkah,
  };
}
