// The report's "Your plan" block (issue 14): open actions with their due dates, "overdue" in words
// when past due (the page is often printed in black and white), the people or community of an
// action that left the map marked as removed (as the plan panel does), and the actions done since
// the last snapshot (reportBaseline), marked done in words. At most REPORT_PLAN_OPEN open ones fit
// beside the rest of the page; the others are counted.
import { reportBaseline } from "../domain/growth/baseline";
import { actionCommunity, actionPeople, isOverdue, sortedPlan } from "../domain/growth/plan";
import type { MapDocument, PlanAction } from "../domain/model";

export const REPORT_PLAN_OPEN = 4;
export const REPORT_PLAN_DONE = 3;

export interface ReportPlanText {
  readonly heading: string;
  readonly none: string;
  /** "Overdue": added to an open action past its due date. */
  readonly overdue: string;
  /** "(removed)": stands for a person or community no longer on the map. */
  readonly removed: string;
  /** The reader's local day, YYYY-MM-DD (what "overdue" is measured against). */
  readonly today: string;
  /** Joins the parts of an action's line ("; "). */
  readonly separator: string;
  due(date: string | undefined): string;
  /** "Done: <title>". */
  done(title: string): string;
  more(count: number): string;
  /** "With Aki, (removed)". */
  with(names: string): string;
  /** "At (removed)". */
  at(name: string): string;
}

export interface ReportPlan {
  readonly heading: string;
  readonly items: readonly { readonly title: string; readonly text: string }[];
}

/** Who or where, only when part of it left the map: the title already names the rest. */
function removedNote(doc: MapDocument, a: PlanAction, text: ReportPlanText): string[] {
  const people = actionPeople(doc, a);
  const community = actionCommunity(doc, a);
  const notes: string[] = [];
  if (people.some((p) => p.name === null)) notes.push(text.with(people.map((p) => p.name ?? text.removed).join(", ")));
  if (community && community.name === null) notes.push(text.at(text.removed));
  return notes;
}

export function buildReportPlan(doc: MapDocument, text: ReportPlanText): ReportPlan {
  const { open, done } = sortedPlan(doc);
  const before = new Set<string>(reportBaseline(doc)?.doneActionIds ?? []);
  const recent = done.filter((a) => !before.has(a.id)).slice(0, REPORT_PLAN_DONE);
  const openLine = (a: PlanAction): string =>
    [text.due(a.due), ...(isOverdue(a, text.today) ? [text.overdue] : []), ...removedNote(doc, a, text)].join(
      text.separator,
    );
  const items = [
    ...open.slice(0, REPORT_PLAN_OPEN).map((a) => ({ title: a.title, text: openLine(a) })),
    ...(open.length > REPORT_PLAN_OPEN ? [{ title: text.more(open.length - REPORT_PLAN_OPEN), text: "" }] : []),
    ...recent.map((a) => ({ title: text.done(a.title), text: removedNote(doc, a, text).join(text.separator) })),
  ];
  return { heading: text.heading, items: items.length > 0 ? items : [{ title: text.none, text: "" }] };
}
