// The Compare tab (issue 14): two moments of the map side by side — sentences first, then the
// score deltas (number and sign, not colour alone), then the lists of changes, and the timeline.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { CompareSideId } from "../../store/dialogSlice";
import { useMap } from "../hooks/storeContext";
import { CompareDetails, ScoreDeltas } from "./CompareDetails";
import { TimelineChart } from "./TimelineChart";
import { formatDate, useComparison, useSayCompare } from "./useComparison";

export function CompareTab() {
  const { t, i18n } = useTranslation("compare");
  const id = useId();
  const snapshots = useMap((s) => s.doc.snapshots);
  const setPair = useMap((s) => s.setGrowthCompare);
  const { left, right, comparison, computing } = useComparison();
  const say = useSayCompare();
  if (snapshots.length === 0) return <p data-testid="compare-empty">{t("needSnapshot")}</p>;
  const options = (
    <>
      {snapshots.map((s) => (
        <option key={s.id} value={s.id}>
          {t("pickerOption", { name: s.name, date: formatDate(i18n.language, s.takenAt) })}
        </option>
      ))}
      <option value="now">{t("now")}</option>
    </>
  );
  const pick = (side: "left" | "right", value: string) => setPair({ left, right, [side]: value as CompareSideId });
  return (
    <div className="compare" data-testid="compare-tab">
      <p className="muted">{t("intro")}</p>
      <div className="compare-pickers">
        <label htmlFor={`${id}-left`}>{t("older")}</label>
        <select id={`${id}-left`} value={left} onChange={(e) => pick("left", e.target.value)}>
          {options}
        </select>
        <label htmlFor={`${id}-right`}>{t("newer")}</label>
        <select id={`${id}-right`} value={right} onChange={(e) => pick("right", e.target.value)}>
          {options}
        </select>
      </div>
      {left === right ? (
        <p role="status">{t("samePair")}</p>
      ) : computing || comparison === null ? (
        <p role="status">{t("computing")}</p>
      ) : (
        <>
          <section aria-labelledby={`${id}-sentences`}>
            <h3 id={`${id}-sentences`}>{t("sinceHeading", { since: comparison.older.label })}</h3>
            <ul className="compare-sentences" data-testid="compare-sentences">
              {comparison.sentences.map((p, i) => (
                <li key={i}>{say(p)}</li>
              ))}
            </ul>
          </section>
          <ScoreDeltas comparison={comparison} />
          <CompareDetails comparison={comparison} />
        </>
      )}
      <TimelineChart />
    </div>
  );
}
