import { connectOffice } from "../../src/excel/office-host";

/**
 * connectOffice reads only Office.onReady and Office.context; these tests stand in a minimal
 * Office object for those (no Excel: the batch function is never run here).
 */
type OfficeStub = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string }; context?: unknown };
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
});

const context = {
  displayLanguage: "en-US",
  officeTheme: { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" },
  requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 12 },
};

describe("connectOffice", () => {
  it("has no host when office.js did not load", async () => {
    expect(await connectOffice()).toEqual({ kind: "no-host" });
  });

  it("has no host when the page is open outside Office, or onReady fails", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null }), HostType: { Excel: "Excel" } };
    expect(await connectOffice()).toEqual({ kind: "no-host" });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    g.Office = { onReady: () => Promise.reject(new Error("blocked")), HostType: { Excel: "Excel" } };
    expect(await connectOffice()).toEqual({ kind: "no-host" });
  });

  it("names another Office application", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Word" }), HostType: { Excel: "Excel" } };
    expect(await connectOffice()).toEqual({ kind: "other-host", host: "Word" });
  });

  it("wraps Excel in the host port: language, a copy of the theme, requirement sets", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel" }), HostType: { Excel: "Excel" }, context };
    const c = await connectOffice();
    expect(c.kind).toBe("ready");
    if (c.kind !== "ready") return;
    expect(c.host.displayLanguage).toBe("en-US");
    expect(c.host.officeTheme).toEqual(context.officeTheme);
    expect(c.host.officeTheme).not.toBe(context.officeTheme);
    expect(c.host.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(c.host.isSetSupported("ExcelApi", "1.20")).toBe(false);
  });
});
