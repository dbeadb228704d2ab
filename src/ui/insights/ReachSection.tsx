// Marginal reach from the diffusion simulation (metrics-spec §N5), shown as a second opinion:
// "without Ana you would hear 4.6 points less from your circles".
import { useMemo } from "react";
import { reachPoints } from "../../domain/insights/sentences";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { getOwn, personId } from "../../domain/model";
import { useMap } from "../hooks/storeContext";
import { BarChart } from "./BarChart";
import { fmt, usePhrases } from "./format";

const SHOWN = 5;

export function ReachSection({ ego }: { ego: EgoAnalysis }) {
  const { t } = usePhrases();
  const people = useMap((s) => s.doc.people);
  const d = ego.diffusion;
  // Sorting every alter's marginal reach: once per analysis, not per edit.
  const top = useMemo(
    () =>
      Object.entries(d?.marginal_reach ?? {})
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, SHOWN),
    [d],
  );
  if (!d || d.reach === null) return null;
  const nameOf = (id: string): string => getOwn(people, personId(id))?.name ?? id;
  return (
    <section aria-labelledby="reach-heading" className="insight-section">
      <h3 id="reach-heading">{t("reach.heading")}</h3>
      <p className="lens-tag">{t("lenses.bandwidth")}</p>
      <p data-testid="reach-overall">{t("reach.overall", { value: fmt(100 * d.reach) })}</p>
      <BarChart
        title={t("reach.chartLabel")}
        testId="chart-reach"
        bars={top.map(([id, v]) => ({
          key: id,
          label: nameOf(id),
          value: Math.max(0, v),
          valueText: fmt(reachPoints(v)),
          color: "#CC79A7",
        }))}
      />
      <ul className="reach-sentences" data-testid="reach-list">
        {top.slice(0, 3).map(([id, v]) => (
          <li key={id} data-person-id={id}>
            {t("reach.sentence", { name: nameOf(id), points: fmt(reachPoints(v)) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
