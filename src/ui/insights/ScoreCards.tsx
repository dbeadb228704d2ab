// Bridging and diversity scores (metrics-spec §S) with one sentence each, and their companions:
// effective size, efficiency, constraint (Burt 1992, ego network) and the E–I index (§D3).
import { bridgingNoDataPhrase, confidenceOf, isBridgingShown } from "../../domain/insights/confidence";
import { bridgingSentence, diversitySentence, eiPhrase } from "../../domain/insights/sentences";
import type { EgoSummary } from "../../domain/metrics/egoSummary";
import { Term } from "../help/Term";
import type { TermId } from "../help/glossary";
import { DataConfidence } from "./DataConfidence";
import { fmt, usePhrases } from "./format";
import { ScoreGauge } from "./ScoreGauge";

function ScoreCard({
  id,
  label,
  value,
  sentence,
  valueText,
  note,
}: {
  id: TermId;
  label: string;
  value: number | null;
  sentence: string;
  /** Shown instead of the number (e.g. "Not enough data"). */
  valueText?: string;
  /** A caveat after the scale (e.g. "at most"). */
  note?: string;
}) {
  const { t } = usePhrases();
  return (
    <div className="score-card" data-testid={`score-${id}`}>
      <div className="score-head">
        <h4 id={`score-${id}-label`}>{label}</h4>
        <Term id={id} bare />
        <p className="score-value" aria-describedby={`score-${id}-label`}>
          <strong data-testid={`score-${id}-value`}>{valueText ?? fmt(value)}</strong>{" "}
          {valueText === undefined && <span className="score-scale">{t("scores.outOf")}</span>}
        </p>
      </div>
      {note && (
        <p className="score-note" data-testid={`score-${id}-note`}>
          {note}
        </p>
      )}
      <ScoreGauge value={valueText === undefined ? value : null} label={label} />
      <p className="score-sentence">{sentence}</p>
    </div>
  );
}

export function ScoreCards({ summary }: { summary: EgoSummary }) {
  const { say, t } = usePhrases();
  const shown = isBridgingShown(summary) || summary.bridging_score === null;
  const level = confidenceOf(summary);
  return (
    <section aria-labelledby="scores-heading" className="insight-section">
      <h3 id="scores-heading">{t("scores.heading")}</h3>
      <DataConfidence summary={summary} />
      <ScoreCard
        id="bridging"
        label={t("scores.bridging.label")}
        value={summary.bridging_score}
        sentence={say(shown ? bridgingSentence(summary) : bridgingNoDataPhrase(summary))}
        {...(shown ? {} : { valueText: t("confidence.notEnough") })}
        {...(shown && level === "low" ? { note: t("confidence.upperBound") } : {})}
      />
      <ScoreCard
        id="diversity"
        label={t("scores.diversity.label")}
        value={summary.diversity_score}
        sentence={say(diversitySentence(summary))}
      />
      <h4>{t("companions.heading")}</h4>
      <dl className="companions">
        <dt>
          {t("companions.effectiveSize")}
          <Term id="effectiveSize" bare />
        </dt>
        <dd>
          <strong data-testid="companion-effective-size">{fmt(summary.effective_size)}</strong>{" "}
          <span>{t("companions.effectiveSizeHint", { value: fmt(summary.effective_size), n: summary.n_alters })}</span>
        </dd>
        <dt>
          {t("companions.efficiency")}
          <Term id="efficiency" bare />
        </dt>
        <dd>
          <strong data-testid="companion-efficiency">{fmt(summary.efficiency, 2)}</strong>{" "}
          <span>{t("companions.efficiencyHint")}</span>
        </dd>
        <dt>
          {t("companions.constraint")}
          <Term id="constraint" bare />
        </dt>
        <dd>
          <strong data-testid="companion-constraint">{fmt(summary.constraint, 3)}</strong>{" "}
          <span>{t("companions.constraintHint")}</span>
        </dd>
        <dt>
          {t("companions.ei.label")}
          <Term id="ei" bare />
        </dt>
        <dd data-testid="companion-ei">{say(eiPhrase(summary.alter_ei_index))}</dd>
      </dl>
    </section>
  );
}
