// The words of the report's "Your plan" block, in the reader's language.
import type { TFunction } from "i18next";
import type { ReportPlanText } from "../../scene/reportPlan";
import { showDate } from "./planLabels";

export function reportPlanText(t: TFunction<"plan">, lang: string): ReportPlanText {
  return {
    heading: t("report.heading"),
    none: t("report.none"),
    done: t("report.done"),
    due: (date) => (date ? t("report.due", { date: showDate(lang, date) }) : t("report.noDue")),
    more: (count) => t("report.more", { count }),
  };
}
