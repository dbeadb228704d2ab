// How sure the scores are (docs/metrics-spec-additions.md, K1): the share of pairs of contacts
// whose tie is on record, shown with both scores; below the threshold a plain warning that the
// scores assume unrecorded contacts don't know each other, with a button that opens the census.
import { useState } from "react";
import { completenessPhrase, confidenceOf, lowDataWarning } from "../../domain/insights/confidence";
import type { EgoSummary } from "../../domain/metrics/egoSummary";
import { WhoKnowsWhomDialog } from "../editor/WhoKnowsWhomDialog";
import { usePhrases } from "./format";

export function DataConfidence({ summary }: { summary: EgoSummary }) {
  const { say, t } = usePhrases();
  const [censusOpen, setCensusOpen] = useState(false);
  const share = completenessPhrase(summary);
  if (share === null) return null;
  const warning = lowDataWarning(summary);
  const level = confidenceOf(summary);
  return (
    <div className={`data-confidence confidence-${level}`} data-testid="tie-data-confidence">
      <p>
        <strong>{t("confidence.label")}:</strong> <span data-testid="tie-data-completeness">{say(share)}</span>
      </p>
      {warning && (
        <p role="note" className="confidence-warning" data-testid="tie-data-warning">
          <span aria-hidden="true">⚠ </span>
          {say(warning)}
        </p>
      )}
      {level !== "complete" && (
        <button type="button" onClick={() => setCensusOpen(true)}>
          {t("confidence.openCensus")}
        </button>
      )}
      {censusOpen && <WhoKnowsWhomDialog open onClose={() => setCensusOpen(false)} />}
    </div>
  );
}
