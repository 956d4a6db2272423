/**
 * Independent geometry for the invariants: is a point inside a symbol's true shape (capsule,
 * rectangle, diamond, pentagon), grown or shrunk by d points.
 */
import type { Kotak, Titik } from "../../../../src/domain/sop";

export type Bentuk = "terminator" | "proses" | "keputusan" | "pentagon";
export interface Elemen extends Kotak { id: string; bentuk: Bentuk }

export function didalam(e: Elemen, p: Titik, d: number): boolean {
  const cx = e.x + e.lebar / 2, cy = e.y + e.tinggi / 2;
  const dx = Math.abs(p.x - cx), dy = Math.abs(p.y - cy);
  const kotak = dx <= e.lebar / 2 + d && dy <= e.tinggi / 2 + d;
  switch (e.bentuk) {
    case "proses": return kotak;
    case "keputusan": return dx / (e.lebar / 2 + d) + dy / (e.tinggi / 2 + d) <= 1;
    case "terminator": {
      const r = Math.min(e.lebar, e.tinggi) / 2;
      const a = e.lebar / 2 - r;
      const ex = Math.max(0, dx - a);
      return Math.hypot(ex, dy) <= r + d;
    }
    case "pentagon": {
      if (!kotak) return false;
      const bahu = e.y + e.tinggi * 0.6;
      if (p.y <= bahu) return true;
      const t = (p.y - bahu) / (e.tinggi * 0.4);
      return dx <= (e.lebar / 2) * (1 - t) + d * 1.5;
    }
  }
}

/** On the boundary: inside when grown by tol, outside when shrunk by tol. */
export const padaTepi = (e: Elemen, p: Titik, tol = 0.05): boolean => didalam(e, p, tol) && !didalam(e, p, -tol);

/** Does the segment a–b pass through the open box (shrunk by tol)? */
export function memotongKotak(a: Titik, b: Titik, k: Kotak, tol = 0.05): boolean {
  const x1 = k.x + tol, x2 = k.x + k.lebar - tol, y1 = k.y + tol, y2 = k.y + k.tinggi - tol;
  // axis-aligned segments only (the layout draws nothing else; checked separately)
  if (Math.abs(a.y - b.y) < 1e-9) {
    return a.y > y1 && a.y < y2 && Math.max(a.x, b.x) > x1 && Math.min(a.x, b.x) < x2;
  }
  return a.x > x1 && a.x < x2 && Math.max(a.y, b.y) > y1 && Math.min(a.y, b.y) < y2;
}

export const tumpang = (a: Kotak, b: Kotak, tol = 0.01): boolean =>
  a.x + tol < b.x + b.lebar && b.x + tol < a.x + a.lebar && a.y + tol < b.y + b.tinggi && b.y + tol < a.y + a.tinggi;
