import type { Sop } from "../model";
import type { EditSop } from "./model";

type EditIdentitas = Extract<EditSop, { kind: "identitas-teks" | "identitas-daftar" | "pengesahan" }>;

export function ubahIdentitas(sop: Sop, edit: EditIdentitas): Sop {
  const id = sop.identitas;
  switch (edit.kind) {
    case "identitas-teks":
      return { ...sop, identitas: { ...id, [edit.field]: edit.value } };
    case "identitas-daftar":
      // Lines typed empty are spacing, not items (the sheet numbers every item).
      return { ...sop, identitas: { ...id, [edit.field]: edit.value.map((v) => v.trim()).filter((v) => v !== "") } };
    case "pengesahan":
      return { ...sop, identitas: { ...id, disahkanOleh: { ...id.disahkanOleh, [edit.field]: edit.value } } };
    default:
      return edit satisfies never;
  }
}
