/** Black or white text, whichever reads better on a fill "#RRGGBB" (ITU-R BT.601 luma). */
export function warnaHurufDi(isi: string): string {
  const n = Number.parseInt(isi.replace("#", ""), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#000000" : "#FFFFFF";
}
