import { createExcelEmulator } from "../../src/emulator";
import { hostProblem, webviewFacts } from "../../src/taskpane/host-problem";
import { isDark, themeFor } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

const modern = { hasResizeObserver: true, hasIntlPluralRules: true, hasAllSettled: true };
const ready = (apiVersion?: string) => ({ kind: "ready" as const, host: createExcelEmulator({ apiVersion }) });

describe("host check", () => {
  it("runs on Excel with ExcelApi 1.9 or newer in a modern webview", () => {
    expect(hostProblem(ready("1.9"), modern)).toBeNull();
    expect(hostProblem(ready(), modern)).toBeNull();
  });

  it("names the reason Evapor cannot run", () => {
    expect(hostProblem({ kind: "no-host" }, modern)).toBe("no-host");
    expect(hostProblem({ kind: "other-host", host: "Word" }, modern)).toBe("other-host");
    expect(hostProblem(ready("1.8"), modern)).toBe("api-lama");
  });

  it.each(["hasResizeObserver", "hasIntlPluralRules", "hasAllSettled"] as const)("puts an old webview (without %s) first", (fact) => {
    expect(hostProblem(ready(), { ...modern, [fact]: false })).toBe("webview-lama");
    expect(hostProblem({ kind: "no-host" }, { ...modern, [fact]: false })).toBe("webview-lama");
  });

  it("reads the webview's facts from a global object", () => {
    expect(webviewFacts(globalThis)).toEqual({ hasResizeObserver: false, hasIntlPluralRules: true, hasAllSettled: true });
    expect(webviewFacts({})).toEqual({ hasResizeObserver: false, hasIntlPluralRules: false, hasAllSettled: false });
  });
});

describe("theme", () => {
  const theme = (bodyBackgroundColor: string) => ({ bodyBackgroundColor, bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" });

  it("follows a dark Office body background, light otherwise", () => {
    expect(isDark(theme("#1F1F1F"))).toBe(true);
    expect(isDark(theme("#000"))).toBe(true);
    expect(isDark(theme("#FFFFFF"))).toBe(false);
    expect(isDark(theme("#E6E6E6"))).toBe(false);
    expect(isDark(theme("not a colour"))).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });

  it("chooses the Fluent theme from it", () => {
    expect(themeFor(theme("#262626"))).toBe(webDarkTheme);
    expect(themeFor(theme("#F3F3F3"))).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
