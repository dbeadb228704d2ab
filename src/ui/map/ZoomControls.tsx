// Zoom in / zoom out / whole map, over the map's corner. The same actions answer + − 0 on the
// keyboard (mapKeys.ts); the buttons name their shortcuts (aria-keyshortcuts).
import { useTranslation } from "react-i18next";
import type { MapNavigation } from "../../render/navigation";

export function ZoomControls({ navigation }: { navigation: () => MapNavigation | null }) {
  const { t } = useTranslation("map");
  return (
    <div className="map-zoom" role="group" aria-label={t("controls")} data-map-control="">
      <button
        type="button"
        aria-label={t("zoomIn")}
        title={`${t("zoomIn")} (+)`}
        aria-keyshortcuts="+"
        onClick={() => navigation()?.zoomIn()}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        aria-label={t("zoomOut")}
        title={`${t("zoomOut")} (−)`}
        aria-keyshortcuts="-"
        onClick={() => navigation()?.zoomOut()}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        aria-label={t("fit")}
        title={`${t("fit")} (0)`}
        aria-keyshortcuts="0"
        onClick={() => navigation()?.fit()}
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
        </svg>
      </button>
    </div>
  );
}
