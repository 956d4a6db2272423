/** Excel's column letters for a 0-based column index (0 → A, 26 → AA): shown to users in cell addresses. */
export function hurufKolom(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
