import { useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countNetwork, type TieBand } from "../domain/model";
import { SPHERE_COLORS } from "../render/colors";
import { useMap } from "./hooks/storeContext";
import { BAND_KEY, SPHERE_KEY } from "../i18n/keys";

const SPHERES = ["family", "work", "third", "none"] as const;
const BANDS: readonly TieBand[] = ["strong", "weak", "very_weak", "unknown"];

export function SummaryPanel() {
  const { t } = useTranslation();
  // Deferred: counting a 30,000-person map takes ~70 ms, rendered after the edit is drawn.
  const doc = useDeferredValue(useMap((s) => s.doc));
  const counts = useMemo(() => countNetwork(doc), [doc]);
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("summary.heading")}</h2>
      <p>
        {t("summary.people", { count: counts.alters })} · {t("summary.communities", { count: counts.communities })}
      </p>
      <h3>{t("summary.bySphere")}</h3>
      <ul className="count-list">
        {SPHERES.filter((s) => counts.bySphere[s] > 0).map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: SPHERE_COLORS[s] }} aria-hidden="true" />
            {t(SPHERE_KEY[s])} <strong>{counts.bySphere[s]}</strong>
          </li>
        ))}
      </ul>
      <h3>{t("summary.byBand")}</h3>
      <ul className="count-list">
        {BANDS.map((b) => (
          <li key={b}>
            {t(BAND_KEY[b])} <strong>{counts.byBand[b]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
