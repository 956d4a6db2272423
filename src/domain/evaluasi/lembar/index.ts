export * from "./tata-letak-evaluasi";
export * from "./rencana-evaluasi";
export * from "./berita-acara";
export * from "./teks-cetak";
