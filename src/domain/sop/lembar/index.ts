export { rencanaLembarSop, namaLembarSop, type OpsiLembarSop } from "./rencana";
export { sopDariLembar, type HasilBacaSop, type NilaiSel } from "./baca";
export { TANDA_LEMBAR } from "./penanda";
