// Renders editor components with the real i18n (English) and a store holding a small map.
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import {
  addAlter,
  addCommunity,
  communityId,
  createDocument,
  mapId,
  personId,
  type MapDocument,
} from "../../../../src/domain/model";
import { createI18n } from "../../../../src/i18n";
import { createMapStore, type MapStore } from "../../../../src/store/mapStore";
import { StoreProvider } from "../../../../src/ui/hooks/storeContext";

export const EGO = personId("ego");
export const AKI = personId("aki");
export const BEN = personId("ben");
export const CHIE = personId("chie");
export const FAMILY = communityId("fam");
export const OFFICE = communityId("office");

export function smallMap(): MapDocument {
  let doc = createDocument({
    id: mapId("m1"),
    title: "Test map",
    egoId: EGO,
    egoName: "Me",
    now: "2026-01-01T00:00:00Z",
  });
  doc = addCommunity(doc, { id: FAMILY, name: "Family", sphere: "family" });
  doc = addCommunity(doc, { id: OFFICE, name: "Office", sphere: "work" });
  doc = addAlter(doc, { id: AKI, name: "Aki", communityIds: [FAMILY] });
  doc = addAlter(doc, { id: BEN, name: "Ben", communityIds: [OFFICE] });
  doc = addAlter(doc, {
    id: CHIE,
    name: "Chie",
    communityIds: [OFFICE],
    answers: { frequencyCategory: "often", emotional: 5 },
  });
  return doc;
}

/** jsdom lacks modal dialogs: open/close them as plain attributes. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & {
    showModal: () => void;
    close: () => void;
  };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

export function renderWithStore(
  ui: ReactElement,
  doc: MapDocument = smallMap(),
): { store: MapStore } & ReturnType<typeof render> {
  polyfillDialog();
  const store = createMapStore(doc);
  const i18n = createI18n("en");
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </I18nextProvider>,
  );
  return { store, ...result };
}
