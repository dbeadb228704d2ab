// Texts of the report's comparison block (scene/reportComparison.ts) in the reader's language:
// the Compare tab's own sentences and score labels.
import type { TFunction } from "i18next";
import type { ScoreDelta } from "../../domain/growth/compare";
import { renderComparePhrase } from "../../domain/growth/compareSentences";
import type { ReportComparisonText } from "../../scene/reportComparison";
import { SCORE_LABEL, showDelta, showScore } from "../growth/CompareDetails";
import { formatDate } from "../growth/useComparison";

export function reportComparisonText(
  lang: string,
  t: TFunction<"compare">,
): ReportComparisonText & { label: (iso: string) => string } {
  const list = new Intl.ListFormat(lang, { style: "long", type: "conjunction" });
  const sign = (d: ScoreDelta): string =>
    d.delta === null
      ? ""
      : ` (${d.delta > 0 ? "▲ +" : d.delta < 0 ? "▼ −" : "= "}${showDelta(d.key, Math.abs(d.delta), t)})`;
  return {
    label: (iso) => formatDate(lang, iso),
    heading: (since) => t("sinceHeading", { since }),
    phrase: (p) =>
      renderComparePhrase(
        p,
        (key, params) => t(key, params),
        (names) => list.format(names),
      ),
    delta: (d) =>
      `${t(SCORE_LABEL[d.key])} ${t("fromTo", { before: showScore(d.key, d.before), after: showScore(d.key, d.after) })}${sign(d)}`,
  };
}
