/** Editor operations on an SOP AP draft: edits as data, applied by `terapkanEdit`. */
export { terapkanEdit, sopBaru } from "./terapkan";
export { langkahDiKolom } from "./pelaksana";
export type { EditSop, ArahPindah, BidangIdentitasTeks, BidangIdentitasDaftar, BidangLangkahTeks } from "./model";
