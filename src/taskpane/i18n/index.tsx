import { createContext, useContext, type ReactNode } from "react";
import { en } from "./en";
import { id, type MessageKey } from "./id";

export type { MessageKey } from "./id";
export type Bahasa = "id" | "en";

/** The `{name}` placeholders of an Indonesian message, read from its literal type. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type ParamsOf<K extends MessageKey> = Placeholders<(typeof id)[K]>;
/** Keys of messages without placeholders: what a table of labels may hold. */
export type PlainKey = { [K in MessageKey]: [ParamsOf<K>] extends [never] ? K : never }[MessageKey];

/** `t("masalah.nip-panjang", { digit: 5 })`: a missing or misspelt parameter fails to compile. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Record<ParamsOf<K>, string | number>]
) => string;

export const CATALOGS: Record<Bahasa, Record<MessageKey, string>> = { id, en };

/** Indonesian unless Office says the user works in English (Evapor's users are Indonesian offices). */
export function bahasaDari(displayLanguage: string | undefined): Bahasa {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "id";
}

export function interpolate(template: string, params: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m));
}

export function translator(bahasa: Bahasa): Translate {
  const catalog = CATALOGS[bahasa];
  // The key is checked at compile time; should an unchecked one slip through, show it rather than crash the pane.
  return (key, ...params) => interpolate(Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : key, params[0]);
}

// One translator per language, made once: the context value stays stable across renders.
const TRANSLATORS: Record<Bahasa, Translate> = { id: translator("id"), en: translator("en") };

const I18nContext = createContext<Translate>(TRANSLATORS.id);

export function I18nProvider(props: { bahasa: Bahasa; children: ReactNode }) {
  return <I18nContext.Provider value={TRANSLATORS[props.bahasa]}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}
