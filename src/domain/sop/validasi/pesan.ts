/**
 * pesanMasalah: the Indonesian message of a problem, naming the step by its printed number
 * (kolom NO) — "Langkah 3: kegiatan kosong." — so staff find it in the table.
 */
import { nomorLangkah, type BidangLangkah, type Sop } from "../model";
import type { SopMasalah } from "./masalah";

const NAMA_BIDANG: Readonly<Record<BidangLangkah, string>> = {
  kegiatan: "kegiatan",
  pelaksana: "pelaksana",
  jenis: "jenis simbol",
  cabang: "cabang keputusan",
  kelengkapan: "kelengkapan",
  waktu: "waktu",
  output: "output",
  keterangan: "keterangan",
};

const CABANG = { ya: "Ya", tidak: "Tidak" } as const;

function namaLangkah(sop: Sop, id: string): string {
  const n = nomorLangkah(sop, id);
  return n === null ? `Langkah "${id}"` : `Langkah ${n}`;
}

const namaKolom = (sop: Sop, i: number) => sop.pelaksana[i]?.trim() || `kolom ke-${i + 1}`;

function isiPesan(m: SopMasalah, sop: Sop): string {
  switch (m.kind) {
    case "langkah-kurang":
      return `SOP harus memiliki paling sedikit 2 langkah (mulai dan selesai); sekarang ${m.jumlah}.`;
    case "id-langkah-ganda":
      return `id "${m.langkahId}" dipakai oleh lebih dari satu langkah.`;
    case "tanpa-kolom-pelaksana":
      return "Belum ada kolom pelaksana; tambahkan paling sedikit satu pelaksana.";
    case "kolom-pelaksana-terlalu-banyak":
      return `Terlalu banyak kolom pelaksana untuk kertas ${m.kertas} mendatar: ${m.jumlah} kolom, muat paling banyak ${m.batas}. `
        + (m.kertas === "A4" ? "Gabungkan pelaksana atau pilih kertas F4." : "Gabungkan pelaksana.");
    case "identitas-kosong":
      return m.field === "nama" ? "Nama SOP belum diisi." : "Nomor SOP belum diisi.";
    case "nama-pelaksana-kosong":
      return `Kolom pelaksana ke-${m.kolomPelaksana + 1} belum bernama.`;
    case "nama-pelaksana-ganda":
      return `Kolom pelaksana ke-${m.kolomPelaksana + 1} ("${m.nama}") sama dengan kolom pelaksana lain.`;
    case "nama-pelaksana-terlalu-panjang":
      return `Nama pelaksana "${m.nama}" terlalu panjang untuk kepala kolom (± ${m.baris} baris, muat ${m.barisMaks}); singkat namanya.`;
    case "kolom-pelaksana-tak-terpakai":
      return `Pelaksana "${m.nama}" tidak melaksanakan langkah apa pun; hapus kolomnya atau tetapkan langkahnya.`;
    case "awal-bukan-mulai":
      return "langkah pertama harus bersimbol mulai (terminator).";
    case "akhir-bukan-selesai":
      return "langkah terakhir harus bersimbol selesai (terminator).";
    case "terminator-di-tengah":
      return m.jenis === "mulai"
        ? "simbol mulai hanya boleh pada langkah pertama."
        : "simbol selesai hanya boleh pada langkah terakhir.";
    case "cabang-kosong":
      return "keputusan belum menentukan ke mana cabang Ya dan Tidak mengarah.";
    case "cabang-tidak-ada":
      return m.target === null
        ? `cabang ${CABANG[m.cabang]} mengarah ke langkah berikutnya, padahal tidak ada langkah sesudahnya.`
        : `cabang ${CABANG[m.cabang]} mengarah ke langkah yang tidak ada ("${m.target}").`;
    case "cabang-ke-diri-sendiri":
      return `cabang ${CABANG[m.cabang]} mengarah ke langkah itu sendiri.`;
    case "cabang-sama":
      return "cabang Ya dan Tidak mengarah ke langkah yang sama.";
    case "pelaksana-kosong":
      return "pelaksana belum ditentukan.";
    case "pelaksana-tidak-dikenal":
      return `pelaksana kolom ke-${m.kolomPelaksana + 1} tidak ada (ada ${sop.pelaksana.length} kolom pelaksana).`;
    case "pelaksana-tidak-berdampingan": {
      const l = sop.langkah.find((x) => x.id === m.langkahId);
      const nama = (l?.pelaksana ?? []).map((i) => namaKolom(sop, i)).join(", ");
      return `pelaksana kegiatan bersama harus berdampingan kolomnya (${nama}).`;
    }
    case "kegiatan-kosong":
      return "kegiatan kosong.";
    case "teks-terlalu-panjang":
      return `teks ${NAMA_BIDANG[m.field]} terlalu panjang untuk sel cetak (${m.panjang} karakter, ± ${m.baris} baris; `
        + `muat ± ${m.batas} karakter dalam ${m.barisMaks} baris).`;
    case "waktu-kosong":
      return "waktu belum diisi.";
    case "waktu-tidak-terbaca":
      return `waktu "${m.teks}" tidak terbaca; tulis misalnya "15 menit", "2 jam" atau "1 hari".`;
    case "perlu-diperiksa":
      return `${NAMA_BIDANG[m.field]} perlu diperiksa (hasil impor).`;
    default:
      return m satisfies never;
  }
}

export function pesanMasalah(m: SopMasalah, sop: Sop): string {
  const isi = isiPesan(m, sop);
  return "langkahId" in m ? `${namaLangkah(sop, m.langkahId)}: ${isi}` : isi;
}
