/**
 * Routes of decision branches through the routing lane (right of every symbol, so a vertical run
 * there crosses no symbol). A branch leaves its diamond (right vertex, or bottom vertex then a turn
 * inside its own row), runs along its track, and
 * - on the same page enters its target from the right, a quarter above the middle;
 * - to another page runs down into the foot connector row, above the pentagons, to its connector;
 *   on the target page it starts at the masuk connector, below the pentagons, and enters the target
 *   the same way.
 * Horizontal runs stay inside a step row (one symbol per row) or a connector row's free band.
 */
import type { Tepi } from "./alur";
import { idKeluar, type RencanaHalaman, type SusunanBaris } from "./halaman";
import type { PasanganKonektor } from "./konektor";
import type { BarisTata, KonektorTata, SimbolTata, Titik } from "./model";
import { tengahX, tepiKanan, titikBawah, titikKanan, yMasukSamping } from "./simbol";
import { SIMBOL } from "./ukuran";

export interface RuteJalur {
  id: string;
  halaman: number;
  dari: string;
  ke: string;
  cabang?: "ya" | "tidak";
  keluar?: "samping" | "belok";
  /** Points before the lane; the last is at height yAwal. */
  awal: Titik[];
  yAwal: number;
  yAkhir: number;
  /** Points after the lane; the first is at height yAkhir. */
  akhir: Titik[];
}

/** The k-th of n levels in a connector row's free band (above the pentagons at the foot, below them at the top). */
function tingkat(baris: BarisTata, k: number, n: number): number {
  const atas = baris.jenis === "konektor-atas";
  const mulai = atas ? baris.y + 2 + SIMBOL.konektorTinggi + 2 : baris.y + 2;
  const akhir = atas ? baris.y + baris.tinggi - 2 : baris.y + baris.tinggi - 2 - SIMBOL.konektorTinggi - 2;
  return mulai + ((akhir - mulai) * (k + 1)) / (n + 1);
}

const masukSamping = (t: SimbolTata): Titik => {
  const y = yMasukSamping(t);
  return { x: tepiKanan(t, y), y };
};

export const idPanah = (dari: string, ke: string, cabang?: "ya" | "tidak"): string =>
  `panah:${dari}>${ke}${cabang ? `:${cabang}` : ""}`;

export function ruteJalur(
  tepi: readonly Tepi[], r: RencanaHalaman, s: SusunanBaris, simbol: readonly SimbolTata[], kon: PasanganKonektor,
): RuteJalur[] {
  const rute: RuteJalur[] = [];
  const lewat = tepi.filter((t) => t.keluar !== "bawah");
  const keluarPerHalaman = (p: number) => lewat.filter((t) => r.halamanLangkah[t.dari] === p && r.halamanLangkah[t.ke] !== p);
  for (const t of lewat) {
    const keluar: "samping" | "belok" = t.keluar === "belok" ? "belok" : "samping";
    const S = simbol[t.dari];
    const hd = r.halamanLangkah[t.dari], hk = r.halamanLangkah[t.ke];
    let awal: Titik[];
    if (keluar === "samping") awal = [titikKanan(S)];
    else {
      const b = titikBawah(S), baris = s.barisLangkah[t.dari];
      awal = [b, { x: b.x, y: (b.y + baris.y + baris.tinggi) / 2 }];
    }
    const yAwal = awal[awal.length - 1].y;
    const dasar = { halaman: hd, dari: S.id, cabang: t.cabang, keluar, awal, yAwal };
    if (hd === hk) {
      const T = simbol[t.ke], masuk = masukSamping(T);
      rute.push({ ...dasar, id: idPanah(S.id, T.id, t.cabang), ke: T.id, yAkhir: masuk.y, akhir: [masuk] });
      continue;
    }
    const K = kon.cabangKeluar.get(idKeluar(hd, t.ke)) as KonektorTata;
    const bawah = s.bawah[hd] as BarisTata;
    const sekaum = keluarPerHalaman(hd);
    const y = tingkat(bawah, sekaum.indexOf(t), sekaum.length);
    rute.push({
      ...dasar, id: idPanah(S.id, K.id, t.cabang), ke: K.id, yAkhir: y,
      akhir: [{ x: tengahX(K), y }, { x: tengahX(K), y: K.y }],
    });
  }
  for (let p = 0; p < r.jumlahHalaman; p++) {
    const masuk = r.masuk.filter((g) => g.halaman === p);
    masuk.forEach((g, k) => {
      const K = kon.cabangMasuk.get(g.id) as KonektorTata;
      const T = simbol[g.ke], titik = masukSamping(T);
      const y = tingkat(s.atas[p] as BarisTata, k, masuk.length);
      rute.push({
        id: idPanah(K.id, T.id), halaman: p, dari: K.id, ke: T.id,
        awal: [{ x: tengahX(K), y: K.y + K.tinggi }, { x: tengahX(K), y }], yAwal: y, yAkhir: titik.y, akhir: [titik],
      });
    });
  }
  return rute;
}
