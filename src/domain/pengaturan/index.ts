export * from "./model";
export * from "./nip";
export * from "./skala-edit";
export * from "./xml";
export { bacaXml, type AlasanXmlRusak, type ElemenXml, type HasilXml } from "./xml-pohon";
export * from "./instansi";
