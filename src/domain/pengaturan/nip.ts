/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, Peraturan Kepala BKN 22/2007:
 * birth date YYYYMMDD · TMT CPNS YYYYMM · sex (1 man, 2 woman) · serial number NNN.
 * People type it grouped, "19700101 199003 1 001", sometimes with dots or dashes.
 */
export type MasalahNip =
  | { kind: "nip-bukan-angka" }
  | { kind: "nip-panjang"; digit: number }
  | { kind: "nip-tanggal-lahir" }
  | { kind: "nip-tmt" }
  | { kind: "nip-jenis-kelamin" };

/** The NIP without the spaces, dots and dashes people group it with. */
export function normalisasiNip(nip: string): string {
  return nip.replace(/[\s.-]/g, "");
}

/** "197001011990031001" → "19700101 199003 1 001", the grouping of the BKN card; other text as is. */
export function formatNip(nip: string): string {
  const d = normalisasiNip(nip);
  return /^\d{18}$/.test(d) ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : nip;
}

const bulanSah = (mm: string) => Number(mm) >= 1 && Number(mm) <= 12;

function tanggalSah(yyyymmdd: string): boolean {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  if (m < 1 || m > 12) return false;
  // Day 0 of the next month is the last day of this one (leap years included).
  const hariTerakhir = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= hariTerakhir;
}

/** The first problem of a typed NIP, or null when it is empty (not filled in yet) or valid. */
export function periksaNip(nip: string): MasalahNip | null {
  const d = normalisasiNip(nip);
  if (d === "") return null;
  if (!/^\d+$/.test(d)) return { kind: "nip-bukan-angka" };
  if (d.length !== 18) return { kind: "nip-panjang", digit: d.length };
  if (!tanggalSah(d.slice(0, 8))) return { kind: "nip-tanggal-lahir" };
  if (!bulanSah(d.slice(12, 14))) return { kind: "nip-tmt" };
  if (d[14] !== "1" && d[14] !== "2") return { kind: "nip-jenis-kelamin" };
  return null;
}
