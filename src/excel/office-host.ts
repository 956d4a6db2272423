import type { ExcelHost } from "./host";

export type OfficeConnection = { kind: "ready"; host: ExcelHost } | { kind: "no-host" };

/**
 * Waits for Office and wraps it in the ExcelHost port. Outside Office (office.js missing, or
 * `Office.onReady` resolving with host null) there is no host: the pane says so.
 */
export async function connectOffice(): Promise<OfficeConnection> {
  if (typeof Office === "undefined") return { kind: "no-host" };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { kind: "no-host" };
  const theme = Office.context.officeTheme;
  return {
    kind: "ready",
    host: {
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      displayLanguage: Office.context.displayLanguage,
      officeTheme: theme
        ? {
            bodyBackgroundColor: theme.bodyBackgroundColor,
            bodyForegroundColor: theme.bodyForegroundColor,
            controlBackgroundColor: theme.controlBackgroundColor,
            controlForegroundColor: theme.controlForegroundColor,
          }
        : undefined,
    },
  };
}
