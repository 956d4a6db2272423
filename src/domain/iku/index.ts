export * from "./tata-letak";
export * from "./rumus";
