import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { GROWTH_TABS, type GrowthTab } from "../../store/dialogSlice";
import { Dialog } from "../editor/Dialog";
import { useMap } from "../hooks/storeContext";
import { CompareTab } from "./CompareTab";
import { PlanTab } from "./PlanTab";
import { SnapshotsTab } from "./SnapshotsTab";
import "./growth.css";

const TAB_KEY = { snapshots: "tabs.snapshots", compare: "tabs.compare", plan: "tabs.plan" } as const;

/** The Progress dialog: snapshots over time, a comparison of two of them, and the action plan (issue 14). */
export function GrowthDialog() {
  const { t } = useTranslation("growth");
  const tab = useMap((s) => s.dialogs.growthTab);
  const setTab = useMap((s) => s.setGrowthTab);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  // WAI-ARIA tabs: arrow keys move between tabs (and select), Home/End jump.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (tab === null) return;
    const i = GROWTH_TABS.indexOf(tab);
    const next =
      e.key === "ArrowRight"
        ? GROWTH_TABS[(i + 1) % GROWTH_TABS.length]
        : e.key === "ArrowLeft"
          ? GROWTH_TABS[(i + GROWTH_TABS.length - 1) % GROWTH_TABS.length]
          : e.key === "Home"
            ? GROWTH_TABS[0]
            : e.key === "End"
              ? GROWTH_TABS[GROWTH_TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };
  const panel = (current: GrowthTab) =>
    current === "snapshots" ? <SnapshotsTab /> : current === "compare" ? <CompareTab /> : <PlanTab />;
  return (
    <Dialog open={tab !== null} title={t("title")} onClose={() => setTab(null)} className="growth-dialog">
      <div className="growth-tabs" role="tablist" aria-label={t("tabs.label")} onKeyDown={onKeyDown}>
        {GROWTH_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`growth-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`growth-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(TAB_KEY[id])}
          </button>
        ))}
      </div>
      {tab !== null && (
        <div className="growth-panel" role="tabpanel" id={`growth-panel-${tab}`} aria-labelledby={`growth-tab-${tab}`}>
          {panel(tab)}
        </div>
      )}
    </Dialog>
  );
}
