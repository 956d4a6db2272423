import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../excel/host";

/** "#1F1F1F" or "#222" → [r, g, b]; null for anything else. */
function rgb(colour: string): [number, number, number] | null {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Office's dark and black themes have a dark body background (Office.context.officeTheme). */
export function isDark(theme: OfficeThemeColors | undefined): boolean {
  const c = theme ? rgb(theme.bodyBackgroundColor) : null;
  if (!c) return false;
  // Perceived brightness (ITU-R BT.601 weights), below the middle of the range = dark.
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2] < 128;
}

/** Fluent follows Office: dark body → webDarkTheme, anything else (or no theme) → webLightTheme. */
export function themeFor(theme: OfficeThemeColors | undefined): Theme {
  return isDark(theme) ? webDarkTheme : webLightTheme;
}
