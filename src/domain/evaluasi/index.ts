/** Quarterly evaluation: dates and numbers in words, quarters, summaries, follow-ups. */
export * from "./terbilang";
export * from "./kalender";
export * from "./tanggal";
export * from "./tanggal-terbilang";
export * from "./serial-excel";
export * from "./triwulan";
export * from "./ringkasan";
export * from "./tindak-lanjut";
export * from "./tindak-lanjut-masukan";
export * from "./tindak-lanjut-lembar";
export * from "./lembar";
