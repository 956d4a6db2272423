export * from "./tata-letak";
