/** Evapor's pure domain: no Excel, Office or React (enforced by lint). */
export * from "./kinerja";
export * from "./sop";
export * from "./evaluasi";
export * from "./pengaturan";
export * from "./baca";
export * from "./capaian";
export * from "./iku";
export * from "./lembar";
