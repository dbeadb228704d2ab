// i18next setup: English and Japanese ship together. Each feature owns one namespace file per
// language in locales/<lang>/<namespace>.json, picked up here without a central list to edit.
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = "tsunagari.language";

type Bundle = Record<string, unknown>;
const files = import.meta.glob<Bundle>("./locales/*/*.json", { eager: true, import: "default" });

export function buildResources(): Record<Language, Record<string, Bundle>> {
  const resources: Record<Language, Record<string, Bundle>> = { en: {}, ja: {} };
  for (const [path, bundle] of Object.entries(files)) {
    const m = /\.\/locales\/(en|ja)\/([\w-]+)\.json$/.exec(path);
    if (m) resources[m[1] as Language][m[2] as string] = bundle;
  }
  return resources;
}

export function isLanguage(x: unknown): x is Language {
  return typeof x === "string" && (LANGUAGES as readonly string[]).includes(x);
}

/** Saved choice first, then the browser's language, then English. */
export function initialLanguage(
  storage: Pick<Storage, "getItem"> | undefined,
  navigatorLanguage: string | undefined,
): Language {
  try {
    const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode, policies); fall back to the browser language.
  }
  return navigatorLanguage?.toLowerCase().startsWith("ja") ? "ja" : "en";
}

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: buildResources(),
    lng: language,
    fallbackLng: "en",
    defaultNS: "common",
    ns: Object.keys(buildResources().en),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export function persistLanguage(storage: Pick<Storage, "setItem"> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The switch still applies for this session.
  }
}
