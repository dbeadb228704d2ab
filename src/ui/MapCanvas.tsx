import {
  useCallback,
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { useTranslation } from "react-i18next";
import { entryCount, getOwn, personId } from "../domain/model";
import { drawnDoc, subscribeDrawnDoc } from "../render/drawnDoc";
import { useMapRenderer } from "../render/useMapRenderer";
import { useAppHandles, useMap, useMapStoreApi } from "./hooks/storeContext";
import { directionOf, isTypingTarget, zoomActionOf } from "./map/mapKeys";
import { MapSearch } from "./map/MapSearch";
import { ZoomControls } from "./map/ZoomControls";

export function MapCanvas() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation("map");
  const store = useMapStoreApi();
  const handle = useAppHandles().renderer;
  const { containerRef, error } = useMapRenderer(store, handle);
  const current = useMap((s) => s.doc);
  // The people and ties drawn: a large new map is drawn in slices after the store holds it.
  const drawn = useSyncExternalStore(
    useCallback((listener: () => void) => subscribeDrawnDoc(store, listener), [store]),
    () => drawnDoc(store),
  );
  const shown = drawn ?? current;
  const title = current.title;
  // Counted from the last revision's count and the edit's keys, not 30,000 keys per store update.
  const people = entryCount(shown.people);
  const ties = entryCount(shown.ties);
  const [announcement, setAnnouncement] = useState("");
  const hintId = useId();
  const navigation = useCallback(() => handle.renderer?.navigation ?? null, [handle]);

  // + − 0 anywhere on the page except while typing in a field or working in a dialog.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const action = zoomActionOf(e);
      const nav = handle.renderer?.navigation;
      if (!action || !nav) return;
      e.preventDefault();
      if (action === "in") nav.zoomIn();
      else if (action === "out") nav.zoomOut();
      else nav.fit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [handle]);

  const focusPerson = (id: string | null) => {
    const s = store.getState();
    s.setView({ keyboardFocus: id });
    if (id === null) return;
    handle.renderer?.navigation.reveal(id);
    const name = getOwn(s.doc.people, personId(id))?.name ?? "";
    setAnnouncement(id === s.doc.egoId ? tm("focusEgo", { name }) : tm("focusPerson", { name }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const nav = handle.renderer?.navigation;
    if (!nav) return;
    const dir = directionOf(e);
    const current = store.getState().view.keyboardFocus;
    if (dir) {
      e.preventDefault();
      const next = nav.neighbourInDirection(current, dir);
      if (next !== null) focusPerson(next);
    } else if ((e.key === "Enter" || e.key === " ") && current !== null) {
      e.preventDefault();
      store.getState().select(personId(current));
    } else if (e.key === "Escape" && current !== null) {
      e.preventDefault();
      focusPerson(null);
    }
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    // A keyboard user arriving on the map starts on the ego; a click does not draw the ring.
    if (e.target !== e.currentTarget || !e.currentTarget.matches(":focus-visible")) return;
    if (store.getState().view.keyboardFocus === null)
      focusPerson(handle.renderer?.navigation.neighbourInDirection(null, "right") ?? null);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && store.getState().view.keyboardFocus !== null)
      store.getState().setView({ keyboardFocus: null });
  };

  return (
    <div className="map-canvas-wrap">
      <div
        ref={containerRef}
        className="map-canvas"
        data-testid="map-canvas"
        role="application"
        aria-roledescription={tm("roledescription")}
        aria-label={t("map.label", { title, people, ties })}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      />
      <p id={hintId} className="visually-hidden">
        {tm("hint")}
      </p>
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="map-focus-announcement">
        {announcement}
      </span>
      <MapSearch navigation={navigation} />
      <ZoomControls navigation={navigation} />
      {error && (
        <p role="alert" className="map-error">
          {t("map.renderError", { message: error.message })}
        </p>
      )}
    </div>
  );
}
