export { validateSop, adaError, type OpsiValidasi } from "./validasi";
export type { SopMasalah, JenisMasalah, TingkatMasalah, CabangKe, BidangTeks } from "./masalah";
