/**
 * Arrows and the Ya / Tidak labels. The main flow runs straight down from a symbol's bottom to
 * the next one's top; when the next step is in another column it turns on the boundary between
 * the two rows (no symbol reaches that line). At a page break it ends on the foot connector and
 * starts again from the top connector of the next page. Decision branches through the lane come
 * from rute.ts; each gets its track from jalur.ts.
 */
import type { Tepi } from "./alur";
import type { RencanaHalaman, SusunanBaris } from "./halaman";
import { aturJalur } from "./jalur";
import type { PasanganKonektor } from "./konektor";
import type { LabelTata, PanahTata, SimbolTata, Titik } from "./model";
import { idPanah, ruteJalur } from "./rute";
import { titikAtas, titikBawah } from "./simbol";
import { HURUF } from "./ukuran";

const SAMA = 1e-6;

/** Drops repeated points and the middle of three points on one horizontal or vertical line. */
export function rapikanGaris(titik: readonly Titik[]): Titik[] {
  const unik = titik.filter((t, i) => i === 0 || Math.abs(t.x - titik[i - 1].x) > SAMA || Math.abs(t.y - titik[i - 1].y) > SAMA);
  return unik.filter((t, i) => {
    if (i === 0 || i === unik.length - 1) return true;
    const a = unik[i - 1], b = unik[i + 1];
    return !((Math.abs(a.x - t.x) < SAMA && Math.abs(b.x - t.x) < SAMA) || (Math.abs(a.y - t.y) < SAMA && Math.abs(b.y - t.y) < SAMA));
  });
}

/** How far below the row border a down-then-sideways arrow turns, in points. */
const BELOK_DI_BAWAH_BATAS = 5;

export interface PanahHalaman extends PanahTata { halaman: number }
export interface LabelHalaman extends LabelTata { halaman: number }

function label(p: PanahHalaman, keluar: "bawah" | "samping" | "belok"): LabelHalaman | null {
  if (!p.cabang) return null;
  const teks = p.cabang === "ya" ? "Ya" : "Tidak";
  const lebar = teks.length * HURUF.label.lebarRata + 2, tinggi = HURUF.label.tinggi;
  const o = p.titik[0];
  // under the bottom vertex, beside the line; or above the line leaving the right vertex
  const pos = keluar === "samping" ? { x: o.x + 2, y: o.y - tinggi - 1 } : { x: o.x + 2, y: o.y + 0.5 };
  return { id: `label:${p.id}`, teks, panahId: p.id, ...pos, lebar, tinggi, halaman: p.halaman };
}

export function susunPanah(
  tepi: readonly Tepi[], r: RencanaHalaman, s: SusunanBaris, simbol: readonly SimbolTata[],
  kon: PasanganKonektor, jalur: { x: number; lebar: number },
): { panah: PanahHalaman[]; label: LabelHalaman[] } {
  const panah: PanahHalaman[] = [], labels: LabelHalaman[] = [];
  const simpan = (p: PanahHalaman, keluar: "bawah" | "samping" | "belok") => {
    panah.push(p);
    const l = label(p, keluar);
    if (l) labels.push(l);
  };
  for (const t of tepi) {
    if (t.keluar !== "bawah") continue;
    const S = simbol[t.dari], T = simbol[t.ke];
    const hd = r.halamanLangkah[t.dari];
    if (hd === r.halamanLangkah[t.ke]) {
      const baris = s.barisLangkah[t.dari], yBatas = baris.y + baris.tinggi;
      const a = titikBawah(S), b = titikAtas(T);
      // A sideways step turns just below the row border, not on it: on paper a segment along the
      // table's grid line would vanish into it. The target's 12 pt headroom leaves room for the arrowhead.
      const yBelok = yBatas + Math.max(0, Math.min(BELOK_DI_BAWAH_BATAS, (b.y - yBatas) / 2));
      simpan({ id: idPanah(S.id, T.id, t.cabang), dari: S.id, ke: T.id, cabang: t.cabang, halaman: hd,
        titik: rapikanGaris([a, { x: a.x, y: yBelok }, { x: b.x, y: yBelok }, b]) }, "bawah");
      continue;
    }
    const K = kon.alurKeluar[hd], K2 = kon.alurMasuk[hd + 1];
    if (!K || !K2) continue; // cannot happen: the pair exists for every flow across a break
    const a = titikBawah(S);
    simpan({ id: idPanah(S.id, K.id, t.cabang), dari: S.id, ke: K.id, cabang: t.cabang, halaman: hd,
      titik: [a, { x: a.x, y: K.y }] }, "bawah");
    const b = titikAtas(T), x2 = K2.x + K2.lebar / 2;
    simpan({ id: idPanah(K2.id, T.id), dari: K2.id, ke: T.id, halaman: hd + 1,
      titik: rapikanGaris([{ x: x2, y: K2.y + K2.tinggi }, b]) }, "bawah");
  }
  const rute = ruteJalur(tepi, r, s, simbol, kon);
  for (let p = 0; p < r.jumlahHalaman; p++) {
    const diHalaman = rute.filter((u) => u.halaman === p);
    const trek = aturJalur(diHalaman.map((u) => ({ id: u.id, y1: u.yAwal, y2: u.yAkhir })), jalur);
    for (const u of diHalaman) {
      const x = trek.get(u.id) ?? jalur.x + jalur.lebar / 2;
      simpan({ id: u.id, dari: u.dari, ke: u.ke, cabang: u.cabang, halaman: p,
        titik: rapikanGaris([...u.awal, { x, y: u.yAwal }, { x, y: u.yAkhir }, ...u.akhir]) }, u.keluar ?? "samping");
    }
  }
  return { panah, label: labels };
}
