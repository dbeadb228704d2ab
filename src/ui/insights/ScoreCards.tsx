// Bridging and diversity scores (metrics-spec §S) with one sentence each, and their companions:
// effective size, efficiency, constraint (Burt 1992, ego network) and the E–I index (§D3).
import { bridgingSentence, diversitySentence, eiPhrase } from "../../domain/insights/sentences";
import type { EgoSummary } from "../../domain/metrics/egoSummary";
import { fmt, usePhrases } from "./format";
import { ScoreGauge } from "./ScoreGauge";

function ScoreCard({
  id,
  label,
  value,
  sentence,
}: {
  id: string;
  label: string;
  value: number | null;
  sentence: string;
}) {
  const { t } = usePhrases();
  return (
    <div className="score-card" data-testid={`score-${id}`}>
      <div className="score-head">
        <h4 id={`score-${id}-label`}>{label}</h4>
        <p className="score-value" aria-describedby={`score-${id}-label`}>
          <strong data-testid={`score-${id}-value`}>{fmt(value)}</strong>{" "}
          <span className="score-scale">{t("scores.outOf")}</span>
        </p>
      </div>
      <ScoreGauge value={value} label={label} />
      <p className="score-sentence">{sentence}</p>
    </div>
  );
}

export function ScoreCards({ summary }: { summary: EgoSummary }) {
  const { say, t } = usePhrases();
  return (
    <section aria-labelledby="scores-heading" className="insight-section">
      <h3 id="scores-heading">{t("scores.heading")}</h3>
      <ScoreCard
        id="bridging"
        label={t("scores.bridging.label")}
        value={summary.bridging_score}
        sentence={say(bridgingSentence(summary))}
      />
      <ScoreCard
        id="diversity"
        label={t("scores.diversity.label")}
        value={summary.diversity_score}
        sentence={say(diversitySentence(summary))}
      />
      <h4>{t("companions.heading")}</h4>
      <dl className="companions">
        <dt>{t("companions.effectiveSize")}</dt>
        <dd>
          <strong data-testid="companion-effective-size">{fmt(summary.effective_size)}</strong>{" "}
          <span>{t("companions.effectiveSizeHint", { value: fmt(summary.effective_size), n: summary.n_alters })}</span>
        </dd>
        <dt>{t("companions.efficiency")}</dt>
        <dd>
          <strong data-testid="companion-efficiency">{fmt(summary.efficiency, 2)}</strong>{" "}
          <span>{t("companions.efficiencyHint")}</span>
        </dd>
        <dt>{t("companions.constraint")}</dt>
        <dd>
          <strong data-testid="companion-constraint">{fmt(summary.constraint, 3)}</strong>{" "}
          <span>{t("companions.constraintHint")}</span>
        </dd>
        <dt>{t("companions.ei.label")}</dt>
        <dd data-testid="companion-ei">{say(eiPhrase(summary.alter_ei_index))}</dd>
      </dl>
    </section>
  );
}
