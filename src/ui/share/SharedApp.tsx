// What a page opened with a share link shows: the passphrase prompt for an encrypted link, a
// plain message for a link that cannot be opened, else the read-only view of the map.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { openShareLink, type ShareLinkError } from "../../app/share";
import type { MapDocument } from "../../domain/model";
import { LanguageSwitch } from "../LanguageSwitch";
import { PassphrasePrompt } from "./PassphrasePrompt";
import { SharedMapView } from "./SharedMapView";
import "@fontsource/noto-sans-jp/400.css";
import "@fontsource/noto-sans-jp/700.css";
import "./share.css";

type Stage =
  | { kind: "opening" }
  | { kind: "passphrase" }
  | { kind: "failed"; error: Exclude<ShareLinkError["kind"], "needsPassphrase" | "wrongPassphrase"> }
  | { kind: "open"; doc: MapDocument };

export function SharedApp() {
  const { t } = useTranslation("share");
  const { t: tc } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: "opening" });
  useEffect(() => {
    void openShareLink().then((r) => {
      if (r.ok) setStage({ kind: "open", doc: r.value });
      else if (r.error.kind === "needsPassphrase" || r.error.kind === "wrongPassphrase")
        setStage({ kind: "passphrase" });
      else setStage({ kind: "failed", error: r.error.kind });
    });
  }, []);
  const unlock = useCallback(async (passphrase: string) => {
    const r = await openShareLink(passphrase);
    if (r.ok) setStage({ kind: "open", doc: r.value });
    else if (r.error.kind === "damaged" || r.error.kind === "versionTooNew")
      setStage({ kind: "failed", error: r.error.kind });
    return r.ok;
  }, []);
  if (stage.kind === "open") return <SharedMapView doc={stage.doc} />;
  return (
    <div className="share-app">
      <header className="app-header">
        <div className="brand">
          <p className="share-brand">{tc("appName")}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="share-gate">
        {stage.kind === "opening" && <p role="status">{t("prompt.opening")}</p>}
        {stage.kind === "passphrase" && <PassphrasePrompt onSubmit={unlock} />}
        {stage.kind === "failed" && (
          <section className="panel" role="alert" aria-labelledby="share-failed-h">
            <h1 id="share-failed-h">{t("error.heading")}</h1>
            <p>{stage.error === "damaged" ? t("error.damaged") : t("error.versionTooNew")}</p>
            <a href="./">{t("view.openApp")}</a>
          </section>
        )}
      </main>
    </div>
  );
}
