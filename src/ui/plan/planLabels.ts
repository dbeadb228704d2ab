// Words and dates of the action plan: the typed i18n keys of each kind and problem, the user's
// local day (for "overdue") and dates shown in the user's language.
import type { ActionTitle, ActionTitleKey, PlanProblem } from "../../domain/growth/plan";
import type { ActionKind } from "../../domain/model";
import type { Key } from "../../i18n/keys";
import type { TFunction } from "i18next";

export const KIND_KEY = {
  joinCommunity: "kind.joinCommunity",
  shareOutput: "kind.shareOutput",
  answerInvitation: "kind.answerInvitation",
  reconnect: "kind.reconnect",
  introduce: "kind.introduce",
} as const satisfies Record<ActionKind, Key<"plan">>;

export const PROBLEM_KEY = {
  emptyTitle: "problem.emptyTitle",
  needsOnePerson: "problem.needsOnePerson",
  needsTwoPeople: "problem.needsTwoPeople",
  samePerson: "problem.samePerson",
  needsCommunity: "problem.needsCommunity",
  unknownPerson: "problem.unknownPerson",
  unknownCommunity: "problem.unknownCommunity",
  badDue: "problem.badDue",
} as const satisfies Record<PlanProblem, Key<"plan">>;

/** The domain's title keys are the plan namespace's own. */
const TITLE_KEY = {
  "title.reconnect": "title.reconnect",
  "title.introduce": "title.introduce",
  "title.joinCommunity": "title.joinCommunity",
  "title.shareOutput": "title.shareOutput",
  "title.answerInvitation": "title.answerInvitation",
} as const satisfies Record<ActionTitleKey, Key<"plan">>;

export function planTitles(t: TFunction<"plan">): ActionTitle {
  // The keys are checked above; i18next's overloads do not take a union of keys with params.
  const translate = t as unknown as (key: Key<"plan">, params: Readonly<Record<string, string>>) => string;
  return (key, params) => translate(TITLE_KEY[key], params);
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The user's local calendar day, YYYY-MM-DD. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD day or an ISO timestamp as the language writes dates ("15 Mar 2026", "2026/03/15"). */
export function showDate(lang: string, value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/u.test(value);
  const date = day ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium" }).format(date);
}
