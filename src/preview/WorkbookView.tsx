import { useState } from "react";
import type { WorkbookSnapshot } from "../emulator/model";
import { SheetGrid } from "./SheetGrid";
import { TEKS } from "./teks";

/** Sheet tabs under the grid, as in Excel, and the grid of the chosen sheet. */
export function WorkbookView(props: { snapshot: WorkbookSnapshot; onDownload: () => void }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const names = props.snapshot.sheets.map((s) => s.name);
  const current = chosen !== null && names.includes(chosen) ? chosen : props.snapshot.activeSheetName;
  const sheet = props.snapshot.sheets.find((s) => s.name === current) ?? props.snapshot.sheets[0];
  return (
    <section aria-label={TEKS.bukuKerja} style={{ display: "flex", flexDirection: "column", height: "100%", minWidth: 0 }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8, padding: "6px 10px", borderBottom: "1px solid #ddd", background: "#fafafa" }}>
        <strong style={{ flex: 1 }}>{TEKS.bukuKerja}</strong>
        <button type="button" onClick={props.onDownload}>{TEKS.unduh}</button>
      </div>
      <div style={{ flex: 1, overflow: "auto", background: "#fff" }}>{sheet && <SheetGrid sheet={sheet} />}</div>
      <div role="tablist" aria-label={TEKS.lembar} style={{ display: "flex", gap: 2, padding: "4px 8px", borderTop: "1px solid #ccc", background: "#f3f3f3", overflowX: "auto" }}>
        {names.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={name === sheet?.name} onClick={() => setChosen(name)}
            style={{ border: "1px solid #ccc", borderTop: "none", padding: "3px 12px", background: name === sheet?.name ? "#fff" : "transparent", fontWeight: name === sheet?.name ? 600 : 400, cursor: "pointer" }}>
            {name}
          </button>
        ))}
      </div>
    </section>
  );
}
