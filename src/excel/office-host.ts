import type { ExcelHost, OfficeThemeColors } from "./host";

/**
 * How the pane met Office. `no-host`: office.js did not load (offline, or a plain browser tab)
 * or `Office.onReady` resolved with host null (the page is open outside Office). `other-host`:
 * the add-in was opened in another Office application.
 */
export type OfficeConnection = { kind: "ready"; host: ExcelHost } | { kind: "no-host" } | { kind: "other-host"; host: string };

/** Waits for Office and wraps it in the ExcelHost port; never throws. */
export async function connectOffice(): Promise<OfficeConnection> {
  if (typeof Office === "undefined") return { kind: "no-host" };
  let info: { host: Office.HostType | null };
  try {
    info = await Office.onReady();
  } catch (error) {
    console.error("[Evapor] Office.onReady failed", error);
    return { kind: "no-host" };
  }
  if (!info.host) return { kind: "no-host" };
  if (info.host !== Office.HostType.Excel) return { kind: "other-host", host: String(info.host) };
  return { kind: "ready", host: officeHost() };
}

function officeHost(): ExcelHost {
  const context = Office.context;
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => {
      try {
        return context.requirements.isSetSupported(name, version);
      } catch {
        // Very old hosts lack the requirements API: they cannot run Evapor anyway.
        return false;
      }
    },
    displayLanguage: context.displayLanguage ?? "id-ID",
    officeTheme: themeColors(context.officeTheme),
  };
}

/** A plain copy: Office's theme object is live and not meant to be passed around. */
function themeColors(theme: Office.OfficeTheme | undefined): OfficeThemeColors | undefined {
  if (!theme) return undefined;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor,
    controlBackgroundColor: theme.controlBackgroundColor,
    controlForegroundColor: theme.controlForegroundColor,
  };
}
