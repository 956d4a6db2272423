/** SOP AP (Permenpan RB 35/2012): model, text import, library. */
export * from "./model";
export * from "./impor";
export * from "./pustaka";
export * from "./waktu";
export * from "./validasi";
export * from "./layout";
export * from "./lembar";
export * from "./edit";
