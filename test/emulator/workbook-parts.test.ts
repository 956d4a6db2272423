import { emptyWorkbook } from "../../src/emulator";
import { active, emulator, failure, once } from "./helpers";

describe("charts", () => {
  it("adds a chart whose series come from the source's header, titles it and places it over cells", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1:C3").values = [["Indikator", "Target", "Capaian"], ["A", 100, 104], ["B", 90, 88]];
      s.getRange("A:A").format.columnWidth = 100;
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:C3"), "Auto");
      chart.title.text = "Capaian per indikator";
      chart.setPosition("D2", "H10");
      chart.series.getItemAt(1).chartType = "Line";
      chart.axes.valueAxis.title.text = "%";
      chart.legend.position = "Bottom";
      await context.sync();
    }, emu);
    const [chart] = emu.snapshot().sheets[0].charts;
    expect(chart).toMatchObject({
      type: "ColumnClustered", title: "Capaian per indikator", sourceAddress: "A1:C3", seriesBy: "Columns",
      series: [{ name: "Target" }, { name: "Capaian", chartType: "Line" }], valueAxisTitle: "%", legend: { position: "Bottom", visible: true },
      left: 100 + 48 * 2, top: 15, width: 48 * 5, height: 15 * 9,
    });
  });

  it("refuses an unknown chart type", async () => {
    const e = await failure(emulator(), async (context) => {
      active(context).charts.add("Column" as Excel.ChartType, active(context).getRange("A1:B2"));
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });
});

describe("page layout", () => {
  it("records orientation, paper, margins, print area and titles, zoom, footer and page breaks", async () => {
    const emu = emulator();
    await once(async (context) => {
      const s = active(context);
      const p = s.pageLayout;
      p.orientation = "Landscape";
      p.paperSize = "Folio";
      p.leftMargin = 36;
      p.centerHorizontally = true;
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintArea("A1:K40");
      p.setPrintTitleRows("$1:$3");
      p.printGridlines = true;
      p.headersFooters.defaultForAllPages.centerFooter = "Halaman &P dari &N";
      s.horizontalPageBreaks.add("A20");
      s.horizontalPageBreaks.add(s.getRange("A40:K40"));
      await context.sync();
    }, emu);
    expect(emu.snapshot().sheets[0].pageLayout).toMatchObject({
      orientation: "Landscape", paperSize: "Folio", leftMargin: 36, centerHorizontally: true, printArea: "A1:K40", printTitleRows: "$1:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printGridlines: true, centerFooter: "Halaman &P dari &N", rowPageBreaks: [19, 39],
    });
  });

  it.each([
    ["a paper Excel does not know", (p: Excel.PageLayout) => (p.paperSize = "F4" as Excel.PaperType)],
    ["a zoom of both kinds", (p: Excel.PageLayout) => (p.zoom = { scale: 90, horizontalFitToPages: 1 })],
    ["a zoom scale under 10 %", (p: Excel.PageLayout) => (p.zoom = { scale: 5 })],
    ["a print area on another sheet", (p: Excel.PageLayout) => p.setPrintArea("Lain!A1:B2")],
  ])("refuses %s with InvalidArgument", async (_label, act) => {
    const e = await failure(emulator(), async (context) => {
      act(active(context).pageLayout);
      await context.sync();
    });
    expect(e.code).toBe("InvalidArgument");
  });
});

describe("custom XML parts, comments and settings", () => {
  const ns = "urn:evapor:uji";

  it("stores parts by their root's namespace (prefixed roots too) and finds the only one", async () => {
    const emu = emulator();
    await once(async (context) => {
      context.workbook.customXmlParts.add(`<?xml version="1.0"?><e:uji xmlns:e="${ns}"><e:a>1</e:a></e:uji>`);
      await context.sync();
    }, emu);
    const xml = await once(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      part.load("id, namespaceUri");
      await context.sync();
      if (part.isNullObject) return null;
      const text = part.getXml();
      await context.sync();
      return [part.namespaceUri, text.value];
    }, emu);
    expect(xml).toEqual([ns, expect.stringContaining("<e:a>1</e:a>")]);
    expect(emu.lastRun()?.syncs).toBe(2);
  });

  it("gives a null object when two parts share the namespace, and refuses malformed XML", async () => {
    const emu = emulator();
    const isNull = await once(async (context) => {
      context.workbook.customXmlParts.add(`<a xmlns="${ns}"/>`);
      context.workbook.customXmlParts.add(`<b xmlns="${ns}"/>`);
      const only = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      await context.sync();
      return only.isNullObject;
    }, emu);
    expect(isNull).toBe(true);
    for (const xml of [`<a xmlns="${ns}"><b></a>`, "<a/><b/>", "bukan xml", `<a xmlns="${ns}">`]) {
      expect(await failure(emu, async (context) => {
        context.workbook.customXmlParts.add(xml);
        await context.sync();
      })).toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("replaces, and deletes, a part's XML", async () => {
    const emu = emulator();
    await once(async (context) => {
      const part = context.workbook.customXmlParts.add(`<a xmlns="${ns}">1</a>`);
      part.setXml(`<a xmlns="${ns}">2</a>`);
      await context.sync();
    }, emu);
    expect(emu.snapshot().customXmlParts.map((p) => p.xml)).toEqual([`<a xmlns="${ns}">2</a>`]);
    await once(async (context) => {
      context.workbook.customXmlParts.getByNamespace(ns).getOnlyItem().delete();
      await context.sync();
    }, emu);
    expect(emu.snapshot().customXmlParts).toEqual([]);
  });

  it("keeps one comment thread per cell, with replies and resolution", async () => {
    const emu = emulator();
    await once(async (context) => {
      const c = context.workbook.comments.add("Sheet1!B3", "Target TW II belum diisi");
      c.replies.add("Sudah, terima kasih");
      c.resolved = true;
      await context.sync();
    }, emu);
    expect(emu.snapshot().sheets[0].comments).toEqual([expect.objectContaining({ row: 2, col: 1, content: "Target TW II belum diisi", resolved: true, replies: [expect.objectContaining({ content: "Sudah, terima kasih" })] })]);
    expect(await failure(emu, async (context) => {
      active(context).comments.add("B3", "lagi");
      await context.sync();
    })).toMatchObject({ code: "InvalidOperation" });
  });

  it("keeps document settings in memory until saveAsync writes them to the file", async () => {
    const emu = emulator();
    emu.settings.set("versi", { skema: 2 });
    expect(emu.settings.get("versi")).toEqual({ skema: 2 });
    expect(emu.snapshot().settings).toEqual({});
    await new Promise<void>((resolve) => emu.settings.saveAsync(() => resolve()));
    expect(emu.snapshot().settings).toEqual({ versi: { skema: 2 } });
    emu.settings.remove("versi");
    expect(emu.settings.get("versi")).toBeNull();
  });
});

describe("snapshots", () => {
  it("starts a new emulator with one empty active Sheet1", () => {
    const snap = emulator().snapshot();
    expect(snap).toEqual(emptyWorkbook());
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(snap.activeSheetName).toBe("Sheet1");
  });

  it("restores values, formulas, styles, merges, widths, shapes and names from a snapshot", async () => {
    const first = emulator();
    await once(async (context) => {
      const s = active(context);
      s.getRange("A1:A2").formulas = [[2], ["=A1*10"]];
      s.getRange("A1").format.font.bold = true;
      s.getRange("B1:C1").merge();
      s.getRange("B:B").format.columnWidth = 90;
      s.shapes.addGeometricShape("Rectangle").name = "Kotak";
      context.workbook.names.add("Dua", s.getRange("A1"));
      await context.sync();
    }, first);
    const snap = first.snapshot();
    const second = emulator({ workbook: snap });
    expect(second.snapshot()).toEqual(snap);
    const v = await once(async (context) => {
      active(context).getRange("A3").formulas = [["=Dua+A2"]];
      const r = active(context).getRange("A2:A3").load("values");
      await context.sync();
      return r.values;
    }, second);
    expect(v).toEqual([[20], [22]]);
  });

  it("returns a deep copy that later syncs do not change", async () => {
    const emu = emulator();
    const before = emu.snapshot();
    before.sheets[0].name = "diubah";
    await once(async (context) => {
      active(context).getRange("A1").values = [["baru"]];
      await context.sync();
    }, emu);
    expect(before.sheets[0].cells).toEqual([]);
    expect(emu.snapshot().sheets[0].name).toBe("Sheet1");
  });
});
