// Suggestions, each with the reason behind it (rules in domain/insights/suggestions.ts).
import type { SuggestionKind } from "../../domain/insights/suggestions";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { usePhrases } from "./format";
import { useMapInsights } from "./useInsightReports";
import type { Key } from "../../i18n/keys";
import { AddToPlanButton } from "../plan/AddToPlanButton";

export const SUGGESTION_KEYS = {
  reconnect: { title: "suggestions.reconnect.title", reason: "suggestions.reconnect.reason" },
  exploreThird: { title: "suggestions.exploreThird.title", reason: "suggestions.exploreThird.reason" },
  introduce: { title: "suggestions.introduce.title", reason: "suggestions.introduce.reason" },
  redundant: { title: "suggestions.redundant.title", reason: "suggestions.redundant.reason" },
} as const satisfies Record<SuggestionKind, Record<"title" | "reason", Key<"insights">>>;

export function SuggestionsList({ ego }: { ego: EgoAnalysis }) {
  const { t } = usePhrases();
  // Computed by the metrics worker with the analysis (~0.1 s on a 30,000-person map).
  const list = useMapInsights(ego).suggestions;
  return (
    <section aria-labelledby="suggestions-heading" className="insight-section">
      <h3 id="suggestions-heading">{t("suggestions.heading")}</h3>
      {list.length === 0 && <p className="muted">{t("suggestions.none")}</p>}
      <ul className="suggestions" data-testid="suggestions">
        {list.map((s) => (
          <li key={s.id} data-kind={s.kind}>
            <h4>{t(SUGGESTION_KEYS[s.kind].title, s.params)}</h4>
            <p>
              <span className="why-label">{t("suggestions.why")}: </span>
              {t(SUGGESTION_KEYS[s.kind].reason, s.params)}
            </p>
            {s.kind === "exploreThird" && <p className="muted">{t("suggestions.exploreThird.criteria")}</p>}
            <AddToPlanButton suggestion={s} title={t(SUGGESTION_KEYS[s.kind].title, s.params)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
