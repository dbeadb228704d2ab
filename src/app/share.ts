// Read-only share links (issue 14, part 5). Making one: the open map prepared for sharing (the
// export's anonymisation, io/share/shareDocument) and packed into the link's #fragment. Opening
// one: main.tsx branches here before the app's bootstrap, so a shared map never opens, replaces
// or writes the recipient's own saved maps — no persistence is started, nothing is written to
// IndexedDB, no service worker is registered. The analysis runs in the metrics worker exactly as
// in the app (metricsWiring), on a store of its own that no editor writes. Only "Save a copy to
// my maps" writes: one new map record, then the app starts on it.
import type { i18n as I18n } from "i18next";
import { mapId, newId, type MapDocument } from "../domain/model";
import { createI18n } from "../i18n";
import type { AnonymiseOptions } from "../io/export";
import {
  buildShareLink,
  decodeShareFragment,
  isShareFragment,
  shareDocument,
  type ShareLink,
  type ShareLinkError,
  type ShareLinkTooLarge,
} from "../io/share";
import type { Result } from "../domain/result";
import { createRendererHandle } from "../render/rendererHandle";
import { createMapStore, type MapStore } from "../store/mapStore";
import { metricsClients, wireMetrics } from "./metricsWiring";
import { loadLanguagePreference } from "./persistence";
import { openMapRepository } from "./persistence/repository";
import { pictureScene, type PictureState } from "./picture";
import { paintScene } from "../scene/canvas";
import type { LegendEntry } from "../scene/legend";

export type { ShareLink, ShareLinkError, ShareLinkTooLarge } from "../io/share";
export { SHARE_LINK_MAX_CHARS } from "../io/share";

/** True when the page was opened with a share link: main.tsx then starts the read-only view. */
export function isShareLinkPage(): boolean {
  return isShareFragment(window.location.hash);
}

/**
 * The page follows its address: pasting a share link into a tab that shows the app (only the
 * fragment changes, so nothing reloads) opens the read-only view, and leaving the link opens the app.
 */
export function reloadWhenShareLinkChanges(): void {
  const shared = isShareLinkPage();
  window.addEventListener("hashchange", () => {
    if (isShareLinkPage() !== shared || shared) window.location.reload();
  });
}

export function shareI18n(): I18n {
  const language = loadLanguagePreference(navigator.language);
  document.documentElement.lang = language;
  const i18n = createI18n(language);
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
  });
  return i18n;
}

/** The map the page's link carries (asks for the passphrase when it is encrypted). */
export function openShareLink(passphrase?: string): Promise<Result<MapDocument, ShareLinkError>> {
  return decodeShareFragment(window.location.hash, passphrase);
}

export interface SharedView {
  readonly store: MapStore;
  readonly handles: { readonly renderer: ReturnType<typeof createRendererHandle>; readonly persistence: null };
  dispose(): void;
}

/** A store of the shared map with its analysis coming from the metrics worker; no persistence. */
export function startSharedView(doc: MapDocument): SharedView {
  const store = createMapStore(doc);
  const stop = wireMetrics(store, metricsClients(store));
  return { store, handles: { renderer: createRendererHandle(), persistence: null }, dispose: stop };
}

/** Draws the shared map (the one drawing, as the PNG export) on `canvas` at the screen's density. */
export async function drawSharedMap(
  canvas: HTMLCanvasElement,
  state: PictureState,
  legend: (entry: LegendEntry) => string,
): Promise<void> {
  const { scene } = await pictureScene(state, createRendererHandle(), {
    format: "png",
    scale: 1,
    background: "white",
    area: "whole",
    title: "",
    legend,
    includeEditableData: false,
    baseName: "",
  });
  const scale = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the map.");
  paintScene(ctx, scene, scale);
}

/**
 * "Save a copy to my maps": the shared map as a new saved map (a fresh id, never over one of
 * the recipient's), made the map the app opens next; then the app starts on it, without the link.
 */
export async function saveSharedCopy(doc: MapDocument, title: string): Promise<void> {
  const now = new Date().toISOString();
  const copy: MapDocument = { ...doc, id: mapId(newId("map")), title, createdAt: now, updatedAt: now };
  const repo = await openMapRepository();
  try {
    const outcome = await repo.save(copy, { expected: null, savedBy: newId("share"), now });
    if (outcome.kind !== "saved") throw new Error("A map with this id already exists.");
    await repo.setLastOpenId(copy.id);
  } finally {
    repo.close();
  }
  window.location.replace(window.location.pathname + window.location.search);
}

/** The link for the open map: anonymised when asked, encrypted when a passphrase is given. */
export function makeShareLink(
  doc: MapDocument,
  anonymise: AnonymiseOptions | undefined,
  passphrase: string,
): Promise<Result<ShareLink, ShareLinkTooLarge>> {
  const base = window.location.href.replace(/#.*$/su, "");
  return buildShareLink(base, shareDocument(doc, anonymise), passphrase || undefined);
}

/** The link on the clipboard; false when the browser refuses (the dialog then selects the text). */
export async function copyShareLink(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}
