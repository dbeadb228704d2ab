// Circles where (nearly) everyone knows everyone: the same news arrives several times (Burt 1992).
import { useDeferredValue, useMemo } from "react";
import { redundantCircles } from "../../domain/insights/circles";
import { useMap } from "../hooks/storeContext";
import { usePhrases } from "./format";

export function RedundantCircles() {
  const { t } = usePhrases();
  // Deferred: on a 30,000-person map the circles take ~0.1 s, rendered after the edit is drawn.
  const doc = useDeferredValue(useMap((s) => s.doc));
  const circles = useMemo(() => redundantCircles(doc), [doc]);
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
