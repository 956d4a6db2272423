/**
 * Tracks in the routing lane. Each lane route occupies a vertical interval of its page; routes
 * whose intervals overlap get different tracks (interval colouring, greedy by start), so two
 * branches never run on top of each other. The tracks share the lane evenly.
 */
export interface IntervalJalur { id: string; y1: number; y2: number }

/** Tracks closer than this at their ends count as overlapping, so arrows do not touch. */
const JARAK = 2;

export function aturJalur(interval: readonly IntervalJalur[], jalur: { x: number; lebar: number }): Map<string, number> {
  const urut = [...interval]
    .map((v) => ({ id: v.id, y1: Math.min(v.y1, v.y2), y2: Math.max(v.y1, v.y2) }))
    .sort((a, b) => a.y1 - b.y1 || a.y2 - b.y2);
  const ujung: number[] = []; // lowest y of each track so far
  const trek = new Map<string, number>();
  for (const v of urut) {
    let k = ujung.findIndex((u) => u + JARAK < v.y1);
    if (k < 0) { k = ujung.length; ujung.push(v.y2); } else ujung[k] = v.y2;
    trek.set(v.id, k);
  }
  const jumlah = ujung.length;
  const x = new Map<string, number>();
  for (const [id, k] of trek) x.set(id, jalur.x + (jalur.lebar * (k + 1)) / (jumlah + 1));
  return x;
}
