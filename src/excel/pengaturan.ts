import { NAMESPACE_PENGATURAN, pengaturanAwal, pengaturanDariXml, pengaturanKeXml, type HasilBacaPengaturan, type Pengaturan } from "../domain/pengaturan";

export type HasilPengaturanWorkbook = HasilBacaPengaturan | { kind: "belum-ada"; pengaturan: Pengaturan };

/** Reads Evapor's settings part: 2 syncs (find the part, then its XML). */
export async function readPengaturan(context: Excel.RequestContext, tahunBawaan: number): Promise<HasilPengaturanWorkbook> {
  const part = context.workbook.customXmlParts.getByNamespace(NAMESPACE_PENGATURAN).getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return { kind: "belum-ada", pengaturan: pengaturanAwal(tahunBawaan) };
  const xml = part.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- getXml() returns a ClientResult, filled by the sync above
  return pengaturanDariXml(xml.value, tahunBawaan);
}

/** Writes the settings part, replacing the old XML when there is one: 1 sync plus the final flush. */
export async function writePengaturan(context: Excel.RequestContext, p: Pengaturan): Promise<void> {
  const xml = pengaturanKeXml(p);
  const part = context.workbook.customXmlParts.getByNamespace(NAMESPACE_PENGATURAN).getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) context.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
  await context.sync();
}
