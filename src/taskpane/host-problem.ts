import type { ExcelHost } from "../excel/host";

export type HostProblem = "no-host" | "api-lama" | "webview-lama";

/** Features Fluent UI v9 and React 19 rely on; IE11 and EdgeHTML webviews lack some of them. */
export interface WebviewFacts {
  hasResizeObserver: boolean;
  hasIntlPluralRules: boolean;
  hasAllSettled: boolean;
}

export function webviewFacts(w: Partial<typeof globalThis>): WebviewFacts {
  return {
    hasResizeObserver: typeof w.ResizeObserver === "function",
    hasIntlPluralRules: typeof w.Intl?.PluralRules === "function",
    hasAllSettled: typeof w.Promise?.allSettled === "function",
  };
}

/** Why Evapor cannot run, or null when it can: the webview first, then the API level. */
export function hostProblem(host: ExcelHost | null, facts: WebviewFacts): HostProblem | null {
  if (!facts.hasResizeObserver || !facts.hasIntlPluralRules || !facts.hasAllSettled) return "webview-lama";
  if (host === null) return "no-host";
  if (!host.isSetSupported("ExcelApi", "1.9")) return "api-lama";
  return null;
}
