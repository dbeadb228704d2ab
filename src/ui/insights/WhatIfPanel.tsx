// What-if: planned items are scored alongside the real map; the table shows how the scores
// would change, and the planned items can be made real or cleared all at once.
import { useDeferredValue, useMemo } from "react";
import {
  clearPlanned,
  makePlannedReal,
  plannedCounts,
  scoreChanges,
  type ScoreKey,
} from "../../domain/insights/whatIf";
import { whatIfReadings } from "../../domain/insights/whatIfReading";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { fmt, signed, usePhrases } from "./format";
import { usePlannedAnalysis } from "./useInsightReports";
import { WhatIfForm } from "./WhatIfForm";
import type { Key } from "../../i18n/keys";

const SCORE_KEY = {
  bridging_score: "whatIf.key.bridging_score",
  diversity_score: "whatIf.key.diversity_score",
  effective_size: "whatIf.key.effective_size",
  n_alters: "whatIf.key.n_alters",
  reach: "whatIf.key.reach",
} as const satisfies Record<ScoreKey, Key<"insights">>;

export function WhatIfPanel({ ego }: { ego: EgoAnalysis }) {
  const { t } = usePhrases();
  const store = useMapStoreApi();
  // Deferred: counting the plans of a 30,000-person map is rendered after the map opens.
  const doc = useDeferredValue(useMap((s) => s.doc));
  const counts = useMemo(() => plannedCounts(doc), [doc]);
  const any = counts.people + counts.communities + counts.ties > 0;
  const planned = usePlannedAnalysis();
  const changes = any && planned.ego ? scoreChanges(ego, planned.ego) : [];
  const readings = any && planned.ego && planned.current ? whatIfReadings(ego, planned.ego, changes) : [];
  return (
    <section aria-labelledby="whatif-heading" className="insight-section whatif">
      <h3 id="whatif-heading">{t("whatIf.heading")}</h3>
      <p className="muted">{t("whatIf.intro")}</p>
      <WhatIfForm />
      <p data-testid="whatif-planned">{any ? t("whatIf.planned", { ...counts }) : t("whatIf.none")}</p>
      {any && (
        <>
          <table className="whatif-changes" data-testid="whatif-changes" aria-busy={!planned.current}>
            <caption>
              {t("whatIf.changes")} {!planned.current && <span className="muted">({t("whatIf.updating")})</span>}
            </caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t("whatIf.before")}</th>
                <th scope="col">{t("whatIf.after")}</th>
                <th scope="col">Δ</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.key} data-key={c.key}>
                  <th scope="row">{t(SCORE_KEY[c.key])}</th>
                  <td>{fmt(c.before, c.key === "n_alters" ? 0 : 1)}</td>
                  <td data-testid={`whatif-after-${c.key}`}>{fmt(c.after, c.key === "n_alters" ? 0 : 1)}</td>
                  {/* Neutral: a minus can be the good side of a trade-off; the sentences below say which. */}
                  <td data-testid={`whatif-delta-${c.key}`}>{signed(c.delta, c.key === "n_alters" ? 0 : 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {readings.length > 0 && (
            <div className="whatif-readings">
              <h4>{t("whatIf.reading.heading")}</h4>
              <ul data-testid="whatif-readings">
                {readings.map((r) => (
                  <li key={r.key}>{t(r.key, r.params ?? {})}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="button-row">
            <button type="button" onClick={() => store.getState().apply(makePlannedReal)}>
              {t("whatIf.makeReal")}
            </button>
            <button type="button" onClick={() => store.getState().apply(clearPlanned)}>
              {t("whatIf.clear")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
