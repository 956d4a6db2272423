export { validateSop, adaError, type OpsiValidasi } from "./validasi";
export { pesanMasalah } from "./pesan";
export type { SopMasalah, JenisMasalah, TingkatMasalah, CabangKe, BidangTeks } from "./masalah";
