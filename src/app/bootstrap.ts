// Composition root: builds the store, i18n and wires the subscriptions once.
import type { i18n as I18n } from "i18next";
import { createI18n, initialLanguage } from "../i18n";
import { createMapStore, type MapStore } from "../store/mapStore";
import { wireMetrics } from "./metricsWiring";
import { startPersistence } from "./persistence";
import { registerServiceWorker } from "./pwa";
import { loadSampleDocument } from "./sampleDocument";

export interface AppContext {
  store: MapStore;
  i18n: I18n;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function bootstrap(): AppContext {
  const language = initialLanguage(safeLocalStorage(), navigator.language);
  document.documentElement.lang = language;
  const i18n = createI18n(language);
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  const store = createMapStore(loadSampleDocument());
  wireMetrics(store);
  startPersistence(store, loadSampleDocument, (title) => i18n.t("maps.copyTitle", { ns: "editor-core", title }));
  registerServiceWorker();
  return { store, i18n };
}
