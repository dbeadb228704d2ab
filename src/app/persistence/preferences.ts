// Preferences of this browser that are not part of any map: only the interface language, kept in
// localStorage (everything that belongs to a map is in the map document, in IndexedDB).
import { initialLanguage, persistLanguage, type Language } from "../../i18n";

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Reading the property itself throws when site data is blocked.
    return undefined;
  }
}

/** The saved language, else the browser's (`navigator.language`), else English. */
export function loadLanguagePreference(navigatorLanguage: string | undefined): Language {
  return initialLanguage(safeLocalStorage(), navigatorLanguage);
}

/** Remembers the language for the next visit; without storage it applies to this session only. */
export function saveLanguagePreference(language: Language): void {
  persistLanguage(safeLocalStorage(), language);
}
