export * from "./angka";
export * from "./angka-teks";
export * from "./capaian";
export * from "./agregasi";
export * from "./rumus-teks";
export * from "./rumus-excel";
