/**
 * Sample workbook: the TW III 2026 evaluation of the IKU sheet, with the Tim's notes on two
 * indicators typed in as a user would, and its Berita Acara of 15 October 2026 (the meeting after
 * the quarter, DESIGN.md "Evaluation and review"). Needs the "Lembar IKU" step before it.
 */
import { tataBarisEvaluasi } from "../../domain/evaluasi/lembar/rencana-evaluasi";
import { kolomEvaluasi, namaLembarEvaluasi } from "../../domain/evaluasi/lembar/tata-letak-evaluasi";
import { alamatKotak } from "../../domain/lembar/rencana";
import { sisipkanBeritaAcara } from "../../excel/evaluasi/sisipkan-berita-acara";
import { sisipkanEvaluasiTw } from "../../excel/evaluasi/sisipkan-evaluasi";
import { PENGATURAN_CONTOH } from "../sample-data";
import type { LangkahContoh } from "./index";

/** Faktor pendukung, penghambat and rekomendasi of the 2nd and 4th indicators of the worked example. */
const CATATAN: readonly (readonly [number, string, string, string])[] = [
  [1, "Layanan PATEN buka hari Sabtu", "Blangko KTP-el terbatas", "Ajukan tambahan blangko ke Dispendukcapil"],
  [3, "Survei daring melalui QR di loket", "Responden dari desa jauh sedikit", "Perluas survei IKM ke kantor desa"],
];

export const LANGKAH_EVALUASI: LangkahContoh = {
  nama: "Evaluasi TW III dan Berita Acara",
  hanyaLengkap: true,
  jalankan: async (host) => {
    const pengaturan = PENGATURAN_CONTOH;
    const tahun = pengaturan.tahun;
    const hasil = await host.run((context) => sisipkanEvaluasiTw(context, { tahun, tw: 3, pengaturan }));
    if (hasil.kind !== "ok") return;
    const { data } = tataBarisEvaluasi(pengaturan.skala.pita.length);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(namaLembarEvaluasi(tahun, 3));
      for (const [i, pendukung, penghambat, rekomendasi] of CATATAN) {
        const kotak = { baris: data + i, kolom: kolomEvaluasi("pendukung"), jumlahBaris: 1, jumlahKolom: 3 };
        sheet.getRange(alamatKotak(kotak)).values = [[pendukung, penghambat, rekomendasi]];
      }
      await context.sync();
    });
    await host.run((context) => sisipkanBeritaAcara(context, {
      tahun, tw: 3,
      tanggal: new Date(2026, 9, 15),
      tempat: "Aula Kantor Kecamatan Kalipare",
      nomor: "700/045/35.07.14/2026",
      tim: [
        { nama: pengaturan.sekcam.nama, jabatan: "Sekretaris Camat (Ketua)", nip: pengaturan.sekcam.nip },
        { nama: "Agus Setiawan, S.E.", jabatan: "Kasubbag Perencanaan dan Keuangan (Sekretaris)", nip: "19850304 201001 1 012" },
        { nama: "Rina Kartika, S.AP", jabatan: "Kasi Pelayanan Umum (Anggota)", nip: "19900717 201503 2 004" },
      ],
      ketuaTim: { nama: pengaturan.sekcam.nama, nip: pengaturan.sekcam.nip },
      tindakLanjut: CATATAN.map((c) => c[3]),
      pengaturan,
    }, { ganti: true }));
  },
};
