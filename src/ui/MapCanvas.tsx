import { useTranslation } from "react-i18next";
import { useMapRenderer } from "../render/useMapRenderer";
import { useAppHandles, useMap, useMapStoreApi } from "./hooks/storeContext";

export function MapCanvas() {
  const { t } = useTranslation();
  const store = useMapStoreApi();
  const { containerRef, error } = useMapRenderer(store, useAppHandles().renderer);
  const title = useMap((s) => s.doc.title);
  const people = useMap((s) => Object.keys(s.doc.people).length);
  const ties = useMap((s) => Object.keys(s.doc.ties).length);
  return (
    <div className="map-canvas-wrap">
      <div
        ref={containerRef}
        className="map-canvas"
        data-testid="map-canvas"
        role="img"
        aria-label={t("map.label", { title, people, ties })}
      />
      {error && (
        <p role="alert" className="map-error">
          {t("map.renderError", { message: error.message })}
        </p>
      )}
    </div>
  );
}
