export * from "./model";
export * from "./xml";
