export { parseSopText, type HasilImpor } from "./parse";
export type { ImporPeringatan, JenisPeringatanImpor } from "./peringatan";
