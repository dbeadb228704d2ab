// The insights side panel: scores with sentences, where new information is likely to come from,
// contacts by sphere and band, who keeps news flowing, closed circles, suggestions and what-if.
import { useDeferredValue } from "react";
import { BrokerageSection } from "./BrokerageSection";
import { ContactCharts } from "./ContactCharts";
import { usePhrases } from "./format";
import { LensesNote } from "./LensesNote";
import { PersonInsights } from "./PersonInsights";
import { ReachSection } from "./ReachSection";
import { RedundantCircles } from "./RedundantCircles";
import { ScoreCards } from "./ScoreCards";
import { SuggestionsList } from "./SuggestionsList";
import { TopSources } from "./TopSources";
import { useEgoAnalysis } from "./useInsightReports";
import { WhatIfPanel } from "./WhatIfPanel";
import { useMap } from "../hooks/storeContext";

export function InsightsPanel({ showPerson = true }: { showPerson?: boolean }) {
  const { t } = usePhrases();
  // Deferred: a 30,000-person map's analysis is ranked and phrased in a render that yields
  // between the sections, after the map has been restyled with it.
  const ego = useDeferredValue(useEgoAnalysis());
  const selected = useMap((s) => s.selectedId);
  return (
    <section
      className="panel insights"
      aria-labelledby="insights-heading"
      data-testid="insights-panel"
      aria-busy={ego === null}
    >
      <h2 id="insights-heading">{t("panel.heading")}</h2>
      {showPerson && selected && <PersonInsights personId={selected} />}
      {ego === null ? (
        <p role="status">{t("panel.computing")}</p>
      ) : ego.alters.length === 0 ? (
        <p>{t("panel.noContacts")}</p>
      ) : (
        <>
          <TopSources ego={ego} />
          {ego.diffusion?.reach !== undefined && ego.diffusion.reach !== null && <LensesNote />}
          <ReachSection ego={ego} />
          <ScoreCards summary={ego.summary} />
          <ContactCharts summary={ego.summary} />
          <BrokerageSection ego={ego} />
          <RedundantCircles ego={ego} />
          <SuggestionsList ego={ego} />
          <WhatIfPanel ego={ego} />
        </>
      )}
    </section>
  );
}
