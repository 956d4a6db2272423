/**
 * Shows a value as Excel would under the common number formats Evapor writes: General, 0, 0.0,
 * 0.00, #,##0, #,##0.00, 0%, 0.0%, 0.00%, @ and quoted suffixes (e.g. 0.00" %"). Grouping uses
 * en-US separators, as Excel does for en-US formats; the preview is a picture, not a locale.
 */
export function displayText(value: string | number | boolean, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = format.split(";")[0] ?? "General";
  if (fmt === "General" || fmt === "") return general(value);
  if (fmt === "@") return String(value);
  if (/^d|^m|^y|yyyy|dd/.test(fmt)) return excelDate(value, fmt);
  const suffixMatch = /"([^"]*)"\s*$/.exec(fmt);
  const suffix = suffixMatch ? suffixMatch[1] : "";
  const core = suffixMatch ? fmt.slice(0, suffixMatch.index) : fmt;
  const percent = core.includes("%");
  const n = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(core)?.[1].length ?? 0;
  const grouped = core.includes(",");
  let text = Math.abs(n).toFixed(decimals);
  if (grouped) {
    const [int, frac] = text.split(".");
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  return `${n < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : ""}${text}${percent ? "%" : ""}${suffix}`;
}

/** Excel's General shows at most 11 characters, rounding decimals before switching to E notation. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  for (let p = 10; p >= 1; p--) {
    const s = Number(v.toPrecision(p)).toString();
    if (s.length <= 11 && !s.includes("e")) return s;
  }
  return v.toExponential(5).replace("e", "E");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Serial date (1900 system) shown as d/m/yyyy-like text; enough for a preview. */
function excelDate(serial: number, fmt: string): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const yyyy = String(d.getUTCFullYear());
  if (fmt.includes("mmm")) return `${dd}-${MONTHS[d.getUTCMonth()]}-${yyyy}`;
  return fmt.startsWith("yyyy") ? `${yyyy}-${mm}-${dd}` : `${dd}/${mm}/${yyyy}`;
}
