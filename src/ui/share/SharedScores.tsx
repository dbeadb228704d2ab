// The scores of the shared map, as the one-page report says them (scene/report.ts with the
// report's texts): both scores with their sentence and gauge, the top sources of new
// information, closed circles and suggestions — text only, no control that would edit.
import { useTranslation } from "react-i18next";
import type { EgoAnalysis } from "../../domain/metrics/egoAnalysis";
import type { MapDocument } from "../../domain/model";
import { buildReport } from "../../scene/report";
import { ScoreGauge } from "../insights/ScoreGauge";
import { reportText, type ReportTranslators } from "../report/reportText";

export function SharedScores({ doc, ego }: { doc: MapDocument; ego: EgoAnalysis }) {
  const { t, i18n } = useTranslation("report");
  const { t: ti } = useTranslation("insights");
  const { t: tc } = useTranslation("common");
  const tr: ReportTranslators = { lang: i18n.language, report: t, insights: ti, common: tc };
  const report = buildReport({
    doc,
    ego,
    text: reportText(tr, doc, false, new Date(doc.updatedAt)),
    mapSvg: () => "",
    legend: [],
  });
  return (
    <>
      <section aria-labelledby="shared-scores" className="insight-section" data-testid="shared-scores">
        <h3 id="shared-scores">{report.scoresHeading}</h3>
        {report.scores.map((s) => (
          <div key={s.id} className="score-card" data-testid={`shared-score-${s.id}`}>
            <div className="score-head">
              <h4 id={`shared-score-${s.id}-label`}>{s.label}</h4>
              <p className="score-value" aria-describedby={`shared-score-${s.id}-label`}>
                <strong data-testid={`shared-score-${s.id}-value`}>{s.shown}</strong>{" "}
                {s.outOf && <span className="score-scale">{s.outOf}</span>}
              </p>
            </div>
            <ScoreGauge value={s.value} label={s.label} />
            <p className="score-sentence">{s.sentence}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="shared-sources" className="insight-section">
        <h3 id="shared-sources">{report.sourcesHeading}</h3>
        <p className="muted">{report.sourcesIntro}</p>
        <ol className="top-sources" data-testid="shared-sources">
          {report.sources.map((s) => (
            <li key={s.id}>
              <strong className="person-name">{s.name}</strong> <span className="ip-badge">{s.score}</span>
              <p className="why">{s.why}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="shared-circles" className="insight-section">
        <h3 id="shared-circles">{report.circlesHeading}</h3>
        <ul>
          {report.circles.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="shared-suggestions" className="insight-section">
        <h3 id="shared-suggestions">{report.suggestionsHeading}</h3>
        <ul>
          {report.suggestions.map((s) => (
            <li key={s.title}>
              <strong>{s.title}</strong>
              {s.reason && <p className="why">{s.reason}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
