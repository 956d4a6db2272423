import type { OfficeConnection } from "../excel/office-host";

export type HostProblem = "no-host" | "other-host" | "api-lama" | "webview-lama";

/**
 * Features Fluent UI v9 and React 19 rely on, each cheap to test: ResizeObserver (Fluent's
 * overflow and MessageBar), Intl.PluralRules (Intl present and current), Promise.allSettled
 * (an ES2020 engine). IE11 and EdgeHTML webviews (Office 2016/2019) lack them.
 */
export interface WebviewFacts {
  hasResizeObserver: boolean;
  hasIntlPluralRules: boolean;
  hasAllSettled: boolean;
}

export function webviewFacts(w: Partial<Pick<typeof globalThis, "ResizeObserver" | "Intl" | "Promise">>): WebviewFacts {
  return {
    hasResizeObserver: typeof w.ResizeObserver === "function",
    hasIntlPluralRules: typeof w.Intl?.PluralRules === "function",
    hasAllSettled: typeof w.Promise?.allSettled === "function",
  };
}

/** ExcelApi 1.9 brings shapes and page layout, which SOP and Berita Acara sheets need (DESIGN.md). */
export const EXCEL_API_MINIMUM = "1.9";

/**
 * Why Evapor cannot run, or null when it can. The webview comes first: in an old webview the
 * pane itself would not work, whatever the host. Pure over its facts.
 */
export function hostProblem(connection: OfficeConnection, webview: WebviewFacts): HostProblem | null {
  if (!webview.hasResizeObserver || !webview.hasIntlPluralRules || !webview.hasAllSettled) return "webview-lama";
  switch (connection.kind) {
    case "no-host": return "no-host";
    case "other-host": return "other-host";
    case "ready": return connection.host.isSetSupported("ExcelApi", EXCEL_API_MINIMUM) ? null : "api-lama";
    default: return connection satisfies never;
  }
}
