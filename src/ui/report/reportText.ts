// The report's texts in the reader's language: the insights panel's own keys for every heading
// and sentence (so the page says what the panel says), the "report" namespace for the rest.
import type { TFunction } from "i18next";
import type { ReportText } from "../../app/reportExport";
import type { MapDocument } from "../../domain/model";
import { fmt } from "../insights/format";
import { SUGGESTION_KEYS } from "../insights/SuggestionsList";
import { reportPlanText } from "../plan/reportPlanText";

export interface ReportTranslators {
  readonly lang: string;
  readonly report: TFunction<"report">;
  readonly insights: TFunction<"insights">;
  readonly common: TFunction<"common">;
  readonly plan?: TFunction<"plan">;
}

/** "1 December 2026" / "2026年12月1日". */
export function reportDate(lang: string, now: Date): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(now);
}

export function reportText(tr: ReportTranslators, doc: MapDocument, anonymised: boolean, now: Date): ReportText {
  const { report: t, insights: ti } = tr;
  return {
    lang: tr.lang,
    // A client's map is a consultant's session report; a name-hidden one does not name the client.
    kicker: doc.client
      ? anonymised
        ? t("page.sessionKicker")
        : t("page.sessionKickerClient", { client: doc.client })
      : t("page.kicker"),
    title: anonymised ? t("page.anonymousTitle") : doc.title.trim() || t("page.kicker"),
    date: reportDate(tr.lang, now),
    scoresHeading: ti("scores.heading"),
    bridgingLabel: ti("scores.bridging.label"),
    diversityLabel: ti("scores.diversity.label"),
    outOf: ti("scores.outOf"),
    notEnoughData: ti("confidence.notEnough"),
    atMost: ti("confidence.upperBound"),
    sourcesHeading: ti("sources.heading"),
    sourcesIntro: ti("sources.intro"),
    circlesHeading: ti("redundant.heading"),
    circlesNone: ti("redundant.none"),
    suggestionsHeading: ti("suggestions.heading"),
    suggestionsNone: ti("suggestions.none"),
    howToHeading: t("howTo.heading"),
    howTo: [t("howTo.map"), t("howTo.weakTies"), t("howTo.holes"), t("howTo.third")],
    legendHeading: t("page.legend"),
    footer: t("page.footer"),
    separator: ti("separator", { defaultValue: "; " }),
    phrase: (p) => ti(p.key, p.params ?? {}),
    circle: (c) =>
      ti("redundant.item", { group: c.name, count: c.members.length, density: Math.round((c.density ?? 0) * 100) }),
    suggestion: (s) => ({
      title: ti(SUGGESTION_KEYS[s.kind].title, s.params),
      reason: ti(SUGGESTION_KEYS[s.kind].reason, s.params),
    }),
    number: (v) => fmt(v),
    ...(tr.plan ? { plan: reportPlanText(tr.plan, tr.lang, now) } : {}),
  };
}
