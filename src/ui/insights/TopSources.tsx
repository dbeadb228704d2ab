// "Where new information is likely to come from": contacts ranked by information potential
// (metrics-spec §N3), each with the sentence built from the three terms.
import { useMemo, useState } from "react";
import { topAlters } from "../../domain/insights/report";
import { alterPhrases } from "../../domain/insights/sentences";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { getOwn, personId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { fmt, usePhrases } from "./format";
import { Term } from "../help/Term";

export const TOP_SHOWN = 3;
const MORE_SHOWN = 5;

export function TopSources({ ego }: { ego: EgoAnalysis }) {
  const { say, t } = usePhrases();
  const people = useMap((s) => s.doc.people);
  const store = useMapStoreApi();
  const [expanded, setExpanded] = useState(false);
  // The best few of a 30,000-person map's alters: once per analysis, not per edit.
  const ranked = useMemo(() => topAlters(ego, TOP_SHOWN + MORE_SHOWN), [ego]);
  const shown = ranked.top.slice(0, expanded ? TOP_SHOWN + MORE_SHOWN : TOP_SHOWN);
  const nameOf = (id: string): string => getOwn(people, personId(id))?.name ?? id;
  return (
    <section aria-labelledby="sources-heading" className="insight-section">
      <h3 id="sources-heading">{t("sources.heading")}</h3>
      <p className="lens-tag">{t("lenses.novelty")}</p>
      <p className="muted">
        {t("sources.intro")} <Term id="informationPotential" />
      </p>
      <ol className="top-sources" data-testid="top-sources">
        {shown.map((id) => {
          const e = getOwn(ego.explanations, id);
          const info = getOwn(ego.per_alter, id);
          if (!e || !info) return null;
          return (
            <li key={id} data-person-id={id}>
              <button
                type="button"
                className="link-button person-name"
                onClick={() => store.getState().select(personId(id))}
              >
                {nameOf(id)}
              </button>
              <span className="ip-badge" title={t("sources.score", { value: fmt(info.information_potential) })}>
                {fmt(info.information_potential)}
              </span>
              <p className="why">
                {alterPhrases(e, nameOf)
                  .map(say)
                  .join(t("separator", { defaultValue: "; " }))}
              </p>
            </li>
          );
        })}
      </ol>
      {ranked.total > TOP_SHOWN && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded
            ? t("sources.showLess")
            : t("sources.showMore", { count: Math.min(MORE_SHOWN, ranked.total - TOP_SHOWN) })}
        </button>
      )}
    </section>
  );
}
