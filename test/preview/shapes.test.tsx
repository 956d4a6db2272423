/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { createExcelEmulator } from "../../src/emulator";
import { SheetGrid } from "../../src/preview/SheetGrid";
import { connectorPath, outline, sitePoint } from "../../src/preview/shape-geometry";

/** A small SOP AP flow, drawn with the Excel API calls Evapor's flowchart code makes. */
async function flowchart() {
  const emu = createExcelEmulator();
  await emu.run(async (context) => {
    const shapes = context.workbook.worksheets.getActiveWorksheet().shapes;
    const mulai = shapes.addGeometricShape("FlowChartTerminator");
    mulai.name = "Mulai"; mulai.left = 60; mulai.top = 30; mulai.width = 90; mulai.height = 30;
    mulai.textFrame.textRange.text = "Mulai";
    const cek = shapes.addGeometricShape("FlowChartDecision");
    cek.name = "Lengkap?"; cek.left = 60; cek.top = 90; cek.width = 90; cek.height = 60;
    const ke = shapes.addGeometricShape("FlowChartOffpageConnector");
    ke.name = "A"; ke.left = 90; ke.top = 180; ke.width = 30; ke.height = 30;
    const panah = shapes.addLine(0, 0, 10, 10, "Straight");
    panah.name = "Panah 1";
    panah.line.connectBeginShape(mulai, 2);
    panah.line.connectEndShape(cek, 0);
    panah.line.endArrowheadStyle = "Triangle";
    panah.lineFormat.color = "#1F4E79";
    const tidak = shapes.addLine(150, 120, 200, 195, "Elbow");
    tidak.name = "Tidak";
    const chart = context.workbook.worksheets.getActiveWorksheet().charts.add("ColumnClustered", context.workbook.worksheets.getActiveWorksheet().getRange("A1:B3"), "Columns");
    chart.title.text = "Capaian per TW";
    await context.sync();
  });
  return emu.snapshot().sheets[0];
}

describe("shapes over the grid", () => {
  it("draws each SOP symbol with its own outline and text, positioned in points", async () => {
    const sheet = await flowchart();
    render(<SheetGrid sheet={sheet} />);
    const layer = screen.getByRole("img", { name: "Bentuk dan grafik di lembar" });
    const mulai = layer.querySelector('[data-shape="Mulai"]')!;
    expect(mulai.getAttribute("data-kind")).toBe("FlowChartTerminator");
    expect(mulai.getAttribute("transform")).toBe("translate(80,40)");
    expect(mulai.querySelector("path")?.getAttribute("d")).toContain("A20,20"); // rounded ends: radius = half of 40 px
    expect(mulai).toHaveTextContent("Mulai");
    expect(layer.querySelector('[data-shape="Lengkap?"] path')?.getAttribute("d")).toBe("M60,0 L120,40 L60,80 L0,40 Z");
    expect(layer.querySelector('[data-shape="A"] path')?.getAttribute("d")).toBe("M0,0 L40,0 L40,32 L20,40 L0,32 Z");
  });

  it("snaps a connected arrow to the shapes' sites and gives it an arrowhead in its colour", async () => {
    const sheet = await flowchart();
    render(<SheetGrid sheet={sheet} />);
    const layer = screen.getByRole("img", { name: "Bentuk dan grafik di lembar" });
    const arrow = layer.querySelector('[data-shape="Panah 1"]')!;
    // Bottom centre of Mulai (105, 60 pt) to top centre of the decision (105, 90 pt), in px.
    expect(arrow.getAttribute("d")).toBe("M140,80 L140,120");
    const marker = layer.querySelector(`marker${arrow.getAttribute("marker-end")!.slice(4, -1)}`);
    expect(marker?.querySelector("path")?.getAttribute("fill")).toBe("#1F4E79");
    expect(layer.querySelector('[data-shape="Tidak"]')?.getAttribute("d")).toMatch(/^M200,160 V210 H266\.\d+ V260$/);
  });

  it("marks where a chart sits, with its title", async () => {
    const sheet = await flowchart();
    render(<SheetGrid sheet={sheet} />);
    expect(screen.getByRole("img", { name: "Bentuk dan grafik di lembar" })).toHaveTextContent("Capaian per TW");
  });

  it("draws a chart from its cells: a column per value, the line series as a line, the categories under it", async () => {
    const emu = createExcelEmulator();
    await emu.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:C4").values = [["Indikator", "Capaian", "Target"], ["PBB", 80, 100], ["IKM", 120, 100], ["SIAK", "", 100]];
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
      chart.title.text = "Capaian";
      chart.series.getItemAt(1).chartType = "Line";
      await context.sync();
    });
    render(<SheetGrid sheet={emu.snapshot().sheets[0]} />);
    const chart = screen.getByRole("img", { name: "Bentuk dan grafik di lembar" }).querySelector('[data-chart]')!;
    const kolom = [...chart.querySelectorAll("rect")].filter((r) => r.getAttribute("fill") === "#4472C4" && Number(r.getAttribute("height")) > 8);
    // Two numbers, the empty SIAK cell draws nothing; 120 stands taller than 80.
    expect(kolom).toHaveLength(2);
    expect(Number(kolom[1].getAttribute("height"))).toBeCloseTo((Number(kolom[0].getAttribute("height")) * 120) / 80, 5);
    const garis = chart.querySelector("polyline")!;
    const titik = garis.getAttribute("points")!.split(" ").map((p) => Number(p.split(",")[1]));
    expect(new Set(titik).size).toBe(1); // the 100% target is flat
    expect(chart).toHaveTextContent(/PBB.*IKM.*SIAK/);
  });
});

describe("shape geometry", () => {
  const box = { id: "k", name: "k", kind: "geometric" as const, geometricShapeType: "FlowChartProcess", left: 10, top: 20, width: 100, height: 40 };
  it("numbers a box's sites counter-clockwise from the top", () => {
    expect([0, 1, 2, 3].map((i) => sitePoint(box, i))).toEqual([{ x: 60, y: 20 }, { x: 10, y: 40 }, { x: 60, y: 60 }, { x: 110, y: 40 }]);
  });
  it("routes an elbow connector out of and into each site in that site's direction", () => {
    const ends = (leavesVertically: boolean, entersVertically: boolean) => ({ from: { x: 0, y: 0 }, to: { x: 50, y: 100 }, leavesVertically, entersVertically });
    expect(connectorPath(ends(true, true), "Elbow")).toBe("M0,0 V50 H50 V100");
    expect(connectorPath(ends(false, false), "Elbow")).toBe("M0,0 H25 V100 H50");
    expect(connectorPath(ends(false, true), "Elbow")).toBe("M0,0 H50 V100");
    expect(connectorPath(ends(true, false), "Elbow")).toBe("M0,0 V100 H50");
    expect(connectorPath(ends(true, true), "Straight")).toBe("M0,0 L50,100");
  });
  it("draws a plain rectangle for shapes it does not know", () => {
    expect(outline("Hexagon", 10, 5)).toBe("M0,0 H10 V5 H0 Z");
  });
});
