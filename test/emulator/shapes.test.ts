import { active, emulator, failure, once } from "./helpers";

/** A two-step SOP flow drawn with the calls Evapor's flowchart code makes. */
async function flow() {
  const emu = emulator();
  await once(async (context) => {
    const shapes = active(context).shapes;
    const mulai = shapes.addGeometricShape("FlowChartTerminator");
    mulai.name = "Mulai";
    mulai.left = 10; mulai.top = 20; mulai.width = 80; mulai.height = 30;
    mulai.fill.setSolidColor("#FFFFFF");
    mulai.lineFormat.color = "#000000";
    mulai.textFrame.textRange.text = "Mulai";
    mulai.textFrame.textRange.font.color = "#000000";
    mulai.textFrame.horizontalAlignment = "Center";
    const cek = shapes.addGeometricShape("FlowChartDecision");
    cek.name = "Lengkap?";
    cek.left = 10; cek.top = 100; cek.width = 80; cek.height = 50;
    const panah = shapes.addLine(0, 0, 10, 10, "Straight");
    panah.line.connectBeginShape(mulai, 2);
    panah.line.connectEndShape(cek, 0);
    panah.line.endArrowheadStyle = "Triangle";
    panah.lineFormat.dashStyle = "Dash";
    await context.sync();
  }, emu);
  return emu;
}

describe("shapes", () => {
  it("records geometric shapes, text and connected lines in the snapshot", async () => {
    const shapes = (await flow()).snapshot().sheets[0].shapes;
    expect(shapes.map((s) => s.geometricShapeType ?? s.kind)).toEqual(["FlowChartTerminator", "FlowChartDecision", "line"]);
    expect(shapes[0]).toMatchObject({ name: "Mulai", left: 10, top: 20, width: 80, height: 30, text: "Mulai", fill: "#FFFFFF", textHorizontalAlignment: "Center" });
    expect(shapes[2]).toMatchObject({
      beginConnectedShapeId: shapes[0].id, beginConnectedSite: 2, endConnectedShapeId: shapes[1].id, endConnectedSite: 0,
      endArrowheadStyle: "Triangle", lineDashStyle: "Dash",
      // Snapped to the bottom centre of Mulai and the top centre of the decision, as Excel routes it.
      beginX: 50, beginY: 50, endX: 50, endY: 100,
    });
  });

  it("moves connected line ends when a shape moves, and detaches them when it is deleted", async () => {
    const emu = await flow();
    await once(async (context) => {
      const cek = active(context).shapes.getItem("Lengkap?");
      cek.top = 150;
      await context.sync();
      expect(emu.snapshot().sheets[0].shapes[2]).toMatchObject({ endY: 150, height: 100 });
      active(context).shapes.getItem("Mulai").delete();
      await context.sync();
    }, emu);
    const line = emu.snapshot().sheets[0].shapes[1];
    expect(line.beginConnectedShapeId).toBeUndefined();
    expect(line.endConnectedShapeId).toBeDefined();
  });

  it("loads shape properties like Excel: a text box is a rectangle, and items need a load", async () => {
    const got = await once(async (context) => {
      const shapes = active(context).shapes;
      shapes.addTextBox("Catatan");
      shapes.addGeometricShape("Diamond");
      shapes.load("items/name,items/type,items/geometricShapeType,items/connectionSiteCount");
      await context.sync();
      const [box] = shapes.items;
      box.textFrame.textRange.load("text");
      box.fill.load("foregroundColor");
      await context.sync();
      return [shapes.items.map((s) => [s.type, s.geometricShapeType, s.connectionSiteCount]), box.textFrame.textRange.text, box.fill.foregroundColor];
    });
    expect(got).toEqual([[["GeometricShape", "Rectangle", 4], ["GeometricShape", "Diamond", 4]], "Catatan", "#FFFFFF"]);
  });

  it("keeps text-frame margins: Excel's 7.2 / 3.6 pt until set, then what was set, and refuses a negative one", async () => {
    const emu = emulator();
    const got = await once(async (context) => {
      const box = active(context).shapes.addTextBox("Ya");
      box.textFrame.load("leftMargin,topMargin");
      await context.sync();
      const awal = [box.textFrame.leftMargin, box.textFrame.topMargin];
      box.textFrame.leftMargin = 0;
      box.textFrame.topMargin = 1.5;
      box.textFrame.load("leftMargin,topMargin,rightMargin,bottomMargin");
      await context.sync();
      return [awal, box.textFrame.leftMargin, box.textFrame.topMargin, box.textFrame.rightMargin, box.textFrame.bottomMargin];
    }, emu);
    expect(got).toEqual([[7.2, 3.6], 0, 1.5, 7.2, 3.6]);
    expect(emu.snapshot().sheets[0].shapes[0].textMargins).toEqual({ left: 0, top: 1.5, right: 7.2, bottom: 3.6 });
    const gagal = await failure(emu, async (context) => {
      active(context).shapes.getItemAt(0).textFrame.bottomMargin = -1;
      await context.sync();
    });
    expect(gagal.code).toBe("InvalidArgument");
  });

  it.each([
    ["an unknown geometric type", (s: Excel.ShapeCollection) => s.addGeometricShape("Capsule" as Excel.GeometricShapeType), "InvalidArgument"],
    ["a connection site the shape lacks", (s: Excel.ShapeCollection) => s.addLine(0, 0, 1, 1).line.connectBeginShape(s.addGeometricShape("Rectangle"), 5), "InvalidArgument"],
    ["text on a line", (s: Excel.ShapeCollection) => (s.addLine(0, 0, 1, 1).textFrame.textRange.text = "x"), "InvalidOperation"],
    ["a missing shape", (s: Excel.ShapeCollection) => s.getItem("Tidak Ada"), "ItemNotFound"],
  ])("fails the sync for %s", async (_label, act, code) => {
    const e = await failure(emulator(), async (context) => {
      act(active(context).shapes);
      await context.sync();
    });
    expect(e.code).toBe(code);
  });
});
