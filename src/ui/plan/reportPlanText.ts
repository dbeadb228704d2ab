// The words of the report's "Your plan" block, in the reader's language.
import type { TFunction } from "i18next";
import type { ReportPlanText } from "../../scene/reportPlan";
import { showDate } from "./planLabels";

export function reportPlanText(t: TFunction<"plan">, lang: string): ReportPlanText {
  return {
    heading: t("onReport.heading"),
    none: t("onReport.none"),
    done: t("onReport.done"),
    due: (date) => (date ? t("onReport.due", { date: showDate(lang, date) }) : t("onReport.noDue")),
    more: (count) => t("onReport.more", { count }),
  };
}
