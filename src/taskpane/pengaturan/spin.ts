/**
 * The number a Fluent SpinButton reports: `value` when stepped with arrows, otherwise the
 * typed `displayValue` (committed on blur or Enter). Staff write decimals with a comma ("75,5").
 * Empty or not a number is null, never 0.
 */
export function nilaiSpin(data: { value?: number | null; displayValue?: string }): number | null {
  if (typeof data.value === "number") return Number.isFinite(data.value) ? data.value : null;
  const teks = (data.displayValue ?? "").trim().replace(",", ".");
  if (teks === "" || !/^-?\d+(\.\d+)?$/.test(teks)) return null;
  return Number(teks);
}
