import { pengaturanAwal, type Pengaturan } from "../../../src/domain/pengaturan";

/** A complete, valid settings form of a fictional kecamatan. */
export const isi = (): Pengaturan => ({
  ...pengaturanAwal(2026),
  instansi: { kabupaten: "Kabupaten Malang", kecamatan: "Kalipare", alamat: "Jl. Raya Kalipare No. 1" },
  camat: { nama: "Drs. Budi Santoso, M.Si", nip: "19700101 199003 1 001" },
  sekcam: { nama: "Siti Aminah, S.Sos", nip: "197512122000032002" },
});
