import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { AddPersonDialog } from "./AddPersonDialog";
import { CommunityManager } from "./CommunityManager";
import { WhoKnowsWhomDialog } from "./WhoKnowsWhomDialog";
import "./editor.css";
import { getOwn } from "../../domain/model";
import type { Key } from "../../i18n/keys";

const VIEW_KEY = { map: "toolbar.map", table: "toolbar.table" } as const satisfies Record<MainView, Key<"editor">>;

const Wizard = lazy(() => import("../wizard/Wizard").then((m) => ({ default: m.Wizard })));

export type MainView = "map" | "table";

type Open = "add" | "communities" | "census" | "wizard" | null;

/** Header actions: Map | Table switch, add person, communities, who knows whom, guided interview. */
export function EditorToolbar({ view, onViewChange }: { view: MainView; onViewChange: (v: MainView) => void }) {
  const { t } = useTranslation("editor");
  const [open, setOpen] = useState<Open>(null);
  const connect = useMap((s) => s.connectMode);
  const setConnectMode = useMap((s) => s.setConnectMode);
  const close = () => setOpen(null);
  const store = useMapStoreApi();
  useEffect(
    () =>
      store.subscribe(({ canvasConnection: drawn, doc }, prev) => {
        if (!drawn || drawn === prev.canvasConnection) return;
        const { a, b } = drawn;
        store
          .getState()
          .announce(t("announce.knows", { a: getOwn(doc.people, a)?.name, b: getOwn(doc.people, b)?.name }));
      }),
    [store, t],
  );
  return (
    <div className="editor-toolbar">
      <div className="view-switch" role="group" aria-label={t("toolbar.view")}>
        {(["map", "table"] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onViewChange(v)}>
            {t(VIEW_KEY[v])}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => setOpen("add")}>
        {t("toolbar.addPerson")}
      </button>
      <button type="button" onClick={() => setOpen("communities")}>
        {t("toolbar.communities")}
      </button>
      <button type="button" onClick={() => setOpen("census")}>
        {t("toolbar.whoKnowsWhom")}
      </button>
      {view === "map" && (
        <button
          type="button"
          aria-pressed={connect}
          onClick={() => setConnectMode(!connect)}
          title={t("toolbar.connectHint")}
        >
          {t("toolbar.connect")}
        </button>
      )}
      <button type="button" className="primary" onClick={() => setOpen("wizard")}>
        {t("toolbar.interview")}
      </button>
      <AddPersonDialog open={open === "add"} onClose={close} />
      <CommunityManager open={open === "communities"} onClose={close} />
      <WhoKnowsWhomDialog open={open === "census"} onClose={close} />
      {open === "wizard" && (
        <Suspense fallback={null}>
          <Wizard onClose={close} onFinish={() => onViewChange("map")} />
        </Suspense>
      )}
    </div>
  );
}
