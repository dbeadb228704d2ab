// Composition root: builds the one store, i18n and the handles (metrics worker clients, the
// persistence controller, the renderer handle), and wires the subscriptions once. The handles
// are passed down to the UI (AppHandles), never reached through globals.
import type { i18n as I18n } from "i18next";
import { createI18n } from "../i18n";
import { createRendererHandle, type RendererHandle } from "../render/rendererHandle";
import { createMapStore, type MapStore } from "../store/mapStore";
import { metricsClients, wireMetrics } from "./metricsWiring";
import { loadLanguagePreference, startPersistence, type PersistenceController } from "./persistence";
import { registerServiceWorker } from "./pwa";
import { loadSampleDocument } from "./sampleDocument";

export interface AppContext {
  readonly store: MapStore;
  readonly i18n: I18n;
  readonly renderer: RendererHandle;
  readonly persistence: PersistenceController;
}

export function bootstrap(): AppContext {
  const language = loadLanguagePreference(navigator.language);
  document.documentElement.lang = language;
  const i18n = createI18n(language);
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  const store = createMapStore(loadSampleDocument());
  wireMetrics(store, metricsClients(store));
  const persistence = startPersistence(store, loadSampleDocument, (title) =>
    i18n.t("maps.copyTitle", { ns: "editor-core", title }),
  );
  registerServiceWorker();
  return { store, i18n, renderer: createRendererHandle(), persistence };
}
