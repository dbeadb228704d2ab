// The words of the report's "Your plan" block, in the reader's language; "overdue" is measured
// against the reader's local day, as in the plan panel.
import type { TFunction } from "i18next";
import type { ReportPlanText } from "../../scene/reportPlan";
import { localDay, showDate } from "./planLabels";

export function reportPlanText(t: TFunction<"plan">, lang: string, now: Date): ReportPlanText {
  return {
    heading: t("onReport.heading"),
    none: t("onReport.none"),
    overdue: t("list.overdue"),
    removed: t("list.removed"),
    today: localDay(now),
    separator: t("onReport.separator"),
    due: (date) => (date ? t("onReport.due", { date: showDate(lang, date) }) : t("onReport.noDue")),
    done: (title) => t("onReport.doneItem", { title }),
    more: (count) => t("onReport.more", { count }),
    with: (names) => t("list.with", { names }),
    at: (name) => t("list.at", { name }),
  };
}
