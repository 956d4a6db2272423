export * from "./model";
export { petakanLembar, barisNomorKolom } from "./peta";
export { peranDari, twDari } from "./peran";
export { hurufKolom } from "./alamat";
