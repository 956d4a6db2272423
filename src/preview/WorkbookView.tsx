import { useState } from "react";
import type { SheetSnapshot, WorkbookSnapshot } from "../emulator/model";
import { SheetGrid } from "./SheetGrid";
import { TEKS } from "./teks";

type Unduhan = { kind: "siap" } | { kind: "berjalan" } | { kind: "gagal"; pesan: string };

function DownloadButton(props: { onDownload: () => Promise<void> | void }) {
  const [state, setState] = useState<Unduhan>({ kind: "siap" });
  const click = async () => {
    setState({ kind: "berjalan" });
    try {
      await props.onDownload();
      setState({ kind: "siap" });
    } catch (error) {
      setState({ kind: "gagal", pesan: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      {state.kind === "gagal" && <span role="alert" style={{ color: "#A4262C", fontSize: 12 }}>{`${TEKS.gagalUnduh}: ${state.pesan}`}</span>}
      <button type="button" onClick={() => void click()} disabled={state.kind === "berjalan"} title={TEKS.catatanUnduh}
        style={{ padding: "4px 12px", border: "1px solid #8A8886", borderRadius: 4, background: "#fff", cursor: "pointer", font: "inherit", fontSize: 13 }}>
        {state.kind === "berjalan" ? TEKS.mengunduh : TEKS.unduh}
      </button>
    </>
  );
}

function SheetTab(props: { sheet: SheetSnapshot; selected: boolean; onSelect: () => void }) {
  const { sheet, selected } = props;
  const hidden = sheet.visibility !== "Visible";
  return (
    <button type="button" role="tab" aria-selected={selected} onClick={props.onSelect}
      style={{
        border: "1px solid #C8C8C8", borderTop: "none", borderRadius: "0 0 4px 4px", padding: "3px 14px", font: "inherit", fontSize: 13, cursor: "pointer",
        background: selected ? "#fff" : "transparent", color: hidden ? "#888" : "#222", fontWeight: selected ? 600 : 400, fontStyle: hidden ? "italic" : undefined,
        boxShadow: sheet.tabColor ? `inset 0 -3px 0 ${sheet.tabColor}` : undefined, whiteSpace: "nowrap",
      }}>
      {sheet.name}
      {hidden && <span style={{ fontSize: 11 }}>{` (${TEKS.tersembunyi})`}</span>}
    </button>
  );
}

/**
 * The workbook's sheets as Excel shows them: the grid of one sheet and the tabs under it. It
 * follows the workbook's active sheet (Evapor activates the sheets it inserts) until a tab is
 * chosen, and again whenever the workbook activates another sheet.
 */
export function WorkbookView(props: { snapshot: WorkbookSnapshot; onDownload: () => Promise<void> | void }) {
  const { sheets, activeSheetName } = props.snapshot;
  const [chosen, setChosen] = useState<{ name: string; whileActive: string } | null>(null);
  const wanted = chosen && chosen.whileActive === activeSheetName ? chosen.name : activeSheetName;
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name === activeSheetName) ?? sheets[0];
  return (
    <section aria-label={TEKS.bukuKerja} style={{ display: "flex", flexDirection: "column", height: "100%", minWidth: 0, background: "#FAFAFA" }}>
      <header style={{ display: "flex", alignItems: "center", gap: 12, padding: "8px 12px", borderBottom: "1px solid #E0E0E0" }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <strong style={{ fontSize: 14 }}>{TEKS.judul}</strong>
          <div style={{ fontSize: 12, color: "#666", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{TEKS.keterangan}</div>
        </div>
        <DownloadButton onDownload={props.onDownload} />
      </header>
      <div style={{ flex: 1, overflow: "auto", background: "#fff" }}>{sheet && <SheetGrid sheet={sheet} />}</div>
      <div role="tablist" aria-label={TEKS.lembar} style={{ display: "flex", gap: 2, padding: "0 8px 6px", borderTop: "1px solid #C8C8C8", background: "#F3F3F3", overflowX: "auto" }}>
        {sheets.map((s) => (
          <SheetTab key={s.id} sheet={s} selected={s === sheet} onSelect={() => setChosen({ name: s.name, whileActive: activeSheetName })} />
        ))}
      </div>
    </section>
  );
}
