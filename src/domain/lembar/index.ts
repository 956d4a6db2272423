export * from "./rencana";
