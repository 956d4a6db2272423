export * from "./persen";
export * from "./predikat";
