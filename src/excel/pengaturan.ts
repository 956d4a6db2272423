import { NAMESPACE_PENGATURAN, pengaturanAwal, pengaturanDariXml, pengaturanKeXml, type HasilBacaPengaturan, type Pengaturan } from "../domain/pengaturan";

/**
 * What the workbook holds. `ganda`: more than one part carries Evapor's namespace (two writers
 * racing in co-authoring, or a hand-edited file); Excel's `getOnlyItemOrNullObject` then gives
 * a null object, so Evapor can tell neither which part is right nor safely add another.
 */
export type HasilPengaturanWorkbook =
  | HasilBacaPengaturan
  | { kind: "belum-ada"; pengaturan: Pengaturan }
  | { kind: "ganda"; jumlah: number };

export type HasilSimpanPengaturan = { kind: "tersimpan" } | { kind: "ganda"; jumlah: number };

function cariBagian(context: Excel.RequestContext) {
  const parts = context.workbook.customXmlParts.getByNamespace(NAMESPACE_PENGATURAN);
  return { part: parts.getOnlyItemOrNullObject(), jumlah: parts.getCount() };
}

/** Reads Evapor's settings part: 1 sync to find it, 1 more for its XML when it exists. */
export async function readPengaturan(context: Excel.RequestContext, tahunBawaan: number): Promise<HasilPengaturanWorkbook> {
  const { part, jumlah } = cariBagian(context);
  await context.sync();
  if (part.isNullObject) {
    const n = jumlah.value; // a ClientResult, filled by the sync above
    return n > 1 ? { kind: "ganda", jumlah: n } : { kind: "belum-ada", pengaturan: pengaturanAwal(tahunBawaan) };
  }
  const xml = part.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- getXml() returns a ClientResult, filled by the sync above
  return pengaturanDariXml(xml.value, tahunBawaan);
}

/** Writes the settings part, replacing the XML of the one that exists: 2 syncs. */
export async function writePengaturan(context: Excel.RequestContext, p: Pengaturan): Promise<HasilSimpanPengaturan> {
  const xml = pengaturanKeXml(p);
  const { part, jumlah } = cariBagian(context);
  await context.sync();
  if (part.isNullObject) {
    const n = jumlah.value;
    if (n > 1) return { kind: "ganda", jumlah: n };
    context.workbook.customXmlParts.add(xml);
  } else {
    part.setXml(xml);
  }
  await context.sync();
  return { kind: "tersimpan" };
}
