import { createContext, useContext, type ReactNode } from "react";
import { en } from "./en";
import { id, type MessageKey } from "./id";

export type { MessageKey } from "./id";
export type Bahasa = "id" | "en";
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Indonesian unless Office says the user works in English. */
export function bahasaDari(displayLanguage: string): Bahasa {
  return displayLanguage.toLowerCase().startsWith("en") ? "en" : "id";
}

export function translator(bahasa: Bahasa): Translate {
  const catalog: Record<MessageKey, string> = bahasa === "en" ? en : id;
  return (key, params) => catalog[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}

const I18nContext = createContext<Translate>(translator("id"));

export function I18nProvider(props: { bahasa: Bahasa; children: ReactNode }) {
  return <I18nContext.Provider value={translator(props.bahasa)}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}
