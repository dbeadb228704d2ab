// The report's "Your plan" block (issue 14): open actions with their due dates, and the actions
// done since the last snapshot (reportBaseline), marked done in words. At most REPORT_PLAN_OPEN
// open ones fit beside the rest of the page; the others are counted.
import { reportBaseline } from "../domain/growth/baseline";
import { sortedPlan } from "../domain/growth/plan";
import type { MapDocument } from "../domain/model";

export const REPORT_PLAN_OPEN = 4;
export const REPORT_PLAN_DONE = 3;

export interface ReportPlanText {
  readonly heading: string;
  readonly none: string;
  readonly done: string;
  due(date: string | undefined): string;
  more(count: number): string;
}

export interface ReportPlan {
  readonly heading: string;
  readonly items: readonly { readonly title: string; readonly text: string }[];
}

export function buildReportPlan(doc: MapDocument, text: ReportPlanText): ReportPlan {
  const { open, done } = sortedPlan(doc);
  const before = new Set<string>(reportBaseline(doc)?.doneActionIds ?? []);
  const recent = done.filter((a) => !before.has(a.id)).slice(0, REPORT_PLAN_DONE);
  const items = [
    ...open.slice(0, REPORT_PLAN_OPEN).map((a) => ({ title: a.title, text: text.due(a.due) })),
    ...(open.length > REPORT_PLAN_OPEN ? [{ title: text.more(open.length - REPORT_PLAN_OPEN), text: "" }] : []),
    ...recent.map((a) => ({ title: `${text.done}: ${a.title}`, text: "" })),
  ];
  return { heading: text.heading, items: items.length > 0 ? items : [{ title: text.none, text: "" }] };
}
