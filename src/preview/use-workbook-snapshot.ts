import { useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../emulator/model";

/** What the preview needs of the emulator: its picture of the workbook and word when it changes. */
export interface SnapshotSource {
  snapshot(): WorkbookSnapshot;
  onChange(listener: () => void): () => void;
}

/** The emulator's workbook, taken again after every sync that changed it. */
export function useWorkbookSnapshot(source: SnapshotSource): WorkbookSnapshot {
  const [snapshot, setSnapshot] = useState(() => source.snapshot());
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    setSnapshot(source.snapshot());
    return source.onChange(() => setSnapshot(source.snapshot()));
  }, [source]);
  return snapshot;
}
