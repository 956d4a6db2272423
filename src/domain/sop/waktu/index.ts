export { parseWaktu, type Waktu, type BatasWaktu, type AlasanTidakTerbaca, type OpsiWaktu } from "./parse";
export { totalWaktu, formatTotalWaktu, formatAngka, jumlahNol, type TotalWaktu, type JumlahPerSatuan } from "./total";
export { LABEL_SATUAN, URUTAN_SATUAN, type SatuanWaktu } from "./satuan";
