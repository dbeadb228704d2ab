// The read-only view of a shared map: says plainly that it is a read-only map shared with you,
// draws the map (the one drawing, painted on a canvas with a text alternative) and shows the
// scores the metrics worker computed. Its only action that writes is "Save a copy to my maps".
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { drawSharedMap, saveSharedCopy, startSharedView } from "../../app/share";
import type { MapDocument } from "../../domain/model";
import { StoreProvider, useMap } from "../hooks/storeContext";
import { useEgoAnalysis } from "../insights/useInsightReports";
import { LanguageSwitch } from "../LanguageSwitch";
import { legendText } from "../legendText";
import { SharedScores } from "./SharedScores";
import "./share.css";

function SharedMapCanvas() {
  const { t } = useTranslation("share");
  const { t: ti } = useTranslation("insights");
  const doc = useMap((s) => s.doc);
  const metrics = useMap((s) => s.metrics);
  const view = useMap((s) => s.view);
  const ref = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let live = true;
    drawSharedMap(canvas, { doc, metrics, view, whatIf: null }, (entry) => legendText(entry, ti))
      .then(() => live && setDrawn(true))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [doc, metrics, view, ti]);
  const people = Object.keys(doc.people).length;
  const ties = Object.keys(doc.ties).length;
  const title = doc.title.trim() || t("view.untitled");
  return (
    <figure className="shared-map">
      <canvas
        ref={ref}
        role="img"
        aria-label={t("view.mapLabel", { title, people, ties })}
        data-testid="shared-map"
        data-drawn={drawn}
      />
      {!drawn && !error && <p role="status">{t("view.drawing")}</p>}
      {error && (
        <p className="io-error" role="alert">
          {error}
        </p>
      )}
    </figure>
  );
}

function SharedPanel() {
  const { t } = useTranslation("share");
  const doc = useMap((s) => s.doc);
  const ego = useEgoAnalysis();
  return (
    // Focusable: the panel scrolls on its own, and a keyboard must be able to scroll it.
    <aside className="panel shared-panel" aria-labelledby="shared-panel-h" aria-busy={ego === null} tabIndex={0}>
      <h2 id="shared-panel-h">{t("view.scoresHeading")}</h2>
      {ego === null ? <p role="status">{t("view.computing")}</p> : <SharedScores doc={doc} ego={ego} />}
    </aside>
  );
}

export function SharedMapView({ doc }: { doc: MapDocument }) {
  const { t } = useTranslation("share");
  const { t: tc } = useTranslation();
  const [shared] = useState(() => startSharedView(doc));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bannerId = useId();
  useEffect(() => () => shared.dispose(), [shared]);
  const title = doc.title.trim() || t("view.untitled");
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await saveSharedCopy(doc, t("view.copyTitle", { title }));
    } catch (e) {
      setSaving(false);
      setError(t("view.saveFailed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <StoreProvider store={shared.store} handles={shared.handles}>
      <div className="share-app" data-testid="shared-view">
        <header className="app-header">
          <div className="brand">
            <p className="share-brand">{tc("appName")}</p>
          </div>
          <LanguageSwitch />
        </header>
        <section className="share-banner" role="region" aria-labelledby={bannerId}>
          <h1 id={bannerId}>{t("view.banner")}</h1>
          <p>{t("view.bannerHint")}</p>
          <p className="share-title">{title}</p>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            {saving ? t("view.saving") : t("view.save")}
          </button>
          {error && (
            <p className="io-error" role="alert">
              {error}
            </p>
          )}
        </section>
        <main className="share-main">
          <section aria-label={t("view.mapHeading")} className="share-map-section">
            <SharedMapCanvas />
          </section>
          <SharedPanel />
        </main>
      </div>
    </StoreProvider>
  );
}
