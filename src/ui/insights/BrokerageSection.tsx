// The ego's brokerage roles between circles in plain words (Gould & Fernandez 1989), with the
// open-pair counts behind them.
import { brokeragePhrases, brokerageRolesPhrase, type BrokeragePhrase } from "../../domain/insights/brokerage";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import { usePhrases } from "./format";

export function BrokerageSection({ ego }: { ego: EgoAnalysis }) {
  const { t } = usePhrases();
  const say = (p: BrokeragePhrase): string => t(p.key, p.params ?? {});
  const phrases = brokeragePhrases(ego);
  const roles = brokerageRolesPhrase(ego);
  return (
    <section aria-labelledby="brokerage-heading" className="insight-section" data-testid="brokerage">
      <h3 id="brokerage-heading">{t("brokerage.heading")}</h3>
      <p className="muted">{t("brokerage.intro")}</p>
      <ul className="brokerage-sentences" data-testid="brokerage-list">
        {phrases.map((p, i) => (
          <li key={i}>{say(p)}</li>
        ))}
      </ul>
      <p className="muted" data-testid="brokerage-roles">
        {say(roles)}
      </p>
    </section>
  );
}
