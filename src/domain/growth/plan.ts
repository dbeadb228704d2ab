// The action plan (issue 14): pure updaters that add, edit, tick off and delete plan actions, the
// rules an action must meet, and the action each suggestion turns into. The kinds follow the
// second source article's three steps for weak ties (join a community chosen by interest, share a
// small output, answer a loose contact's invitation) plus reconnecting a dormant tie (Levin,
// Walter & Murnighan 2011) and introducing two people (Burt 2004), see model/growth.ts.
//
// A person or community deleted from the map keeps its actions: the plan is what the user meant
// to do, and a done action still counts in the next comparison. The reference stays as it was and
// `actionPeople` / `actionCommunity` report it as removed, so the UI says "(removed)"; editing such
// an action asks for someone on the map again (validateAction checks every reference).
import type { Suggestion } from "../insights/suggestions";
import {
  getOwn,
  ModelError,
  type ActionId,
  type ActionKind,
  type CommunityId,
  type MapDocument,
  type PersonId,
  type PlanAction,
} from "../model";

/** What the user fills in; id, creation time and done state are the plan's own. */
export interface ActionDraft {
  readonly kind: ActionKind;
  readonly title: string;
  readonly personIds: readonly PersonId[];
  readonly communityId?: CommunityId;
  readonly due?: string;
  readonly fromSuggestion?: string;
}

export type PlanProblem =
  | "emptyTitle"
  | "needsOnePerson"
  | "needsTwoPeople"
  | "samePerson"
  | "needsCommunity"
  | "unknownPerson"
  | "unknownCommunity"
  | "badDue";

/** How many people each kind takes: exactly one or two, or any number (0 = optional). */
const PEOPLE_RULE: Readonly<Record<ActionKind, "one" | "two" | "any">> = {
  joinCommunity: "any",
  shareOutput: "any",
  answerInvitation: "one",
  reconnect: "one",
  introduce: "two",
};

/** YYYY-MM-DD of a real calendar day. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Every rule the draft breaks, in form order; empty when it can be saved. */
export function validateAction(doc: MapDocument, draft: ActionDraft): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (draft.title.trim() === "") problems.push("emptyTitle");
  const rule = PEOPLE_RULE[draft.kind];
  if (rule === "one" && draft.personIds.length !== 1) problems.push("needsOnePerson");
  if (rule === "two" && draft.personIds.length !== 2) problems.push("needsTwoPeople");
  if (rule === "two" && draft.personIds.length === 2 && draft.personIds[0] === draft.personIds[1])
    problems.push("samePerson");
  if (draft.personIds.some((id) => getOwn(doc.people, id) === undefined)) problems.push("unknownPerson");
  if (draft.kind === "joinCommunity" && draft.communityId === undefined) problems.push("needsCommunity");
  if (draft.communityId !== undefined && getOwn(doc.communities, draft.communityId) === undefined)
    problems.push("unknownCommunity");
  if (draft.due !== undefined && !isIsoDay(draft.due)) problems.push("badDue");
  return problems;
}

function requireValid(doc: MapDocument, draft: ActionDraft): void {
  const problems = validateAction(doc, draft);
  if (problems.length > 0) throw new ModelError("invalidValue", `Plan action: ${problems.join(", ")}.`);
}

/** The draft's fields without the optional ones left empty (no `due: undefined` in the file). */
function fields(draft: ActionDraft): ActionDraft {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    personIds: [...draft.personIds],
    ...(draft.communityId !== undefined ? { communityId: draft.communityId } : {}),
    ...(draft.due !== undefined && draft.due !== "" ? { due: draft.due } : {}),
    ...(draft.fromSuggestion !== undefined ? { fromSuggestion: draft.fromSuggestion } : {}),
  };
}

/** Adds an action at the end of the plan. Throws ModelError when the draft breaks a rule. */
export function addAction(doc: MapDocument, input: ActionDraft & { id: ActionId; now: string }): MapDocument {
  const draft = fields(input);
  requireValid(doc, draft);
  if (doc.actions.some((a) => a.id === input.id)) throw new ModelError("invalidValue", `Action "${input.id}" exists.`);
  const action: PlanAction = { id: input.id, ...draft, createdAt: input.now };
  return { ...doc, actions: [...doc.actions, action] };
}

/** Replaces what the user can edit (kind, title, people, community, due); done state and origin stay. */
export function updateAction(doc: MapDocument, id: ActionId, draft: ActionDraft): MapDocument {
  const old = doc.actions.find((a) => a.id === id);
  if (!old) throw new ModelError("invalidValue", `No action "${id}".`);
  const next = fields({
    ...draft,
    ...(old.fromSuggestion !== undefined ? { fromSuggestion: old.fromSuggestion } : {}),
  });
  requireValid(doc, next);
  const action: PlanAction = {
    id,
    ...next,
    ...(old.doneAt !== undefined ? { doneAt: old.doneAt } : {}),
    createdAt: old.createdAt,
  };
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? action : a)) };
}

/** Marks an action done at `doneAt` (ISO timestamp), or open again with null. */
export function setActionDone(doc: MapDocument, id: ActionId, doneAt: string | null): MapDocument {
  const old = doc.actions.find((a) => a.id === id);
  if (!old) throw new ModelError("invalidValue", `No action "${id}".`);
  if ((old.doneAt ?? null) === doneAt) return doc;
  const next: PlanAction = { ...old };
  if (doneAt === null) delete (next as { doneAt?: string }).doneAt;
  else (next as { doneAt?: string }).doneAt = doneAt;
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? next : a)) };
}

export function deleteAction(doc: MapDocument, id: ActionId): MapDocument {
  if (!doc.actions.some((a) => a.id === id)) return doc;
  return { ...doc, actions: doc.actions.filter((a) => a.id !== id) };
}

export const isOpen = (a: PlanAction): boolean => a.doneAt === undefined;

/** Open and past its due date; `today` is the user's local day, YYYY-MM-DD. */
export function isOverdue(a: PlanAction, today: string): boolean {
  return isOpen(a) && a.due !== undefined && a.due < today;
}

/** Open actions by due date (undated last, then in the order added), done ones newest first. */
export function sortedPlan(doc: MapDocument): { open: PlanAction[]; done: PlanAction[] } {
  const open = doc.actions.filter(isOpen);
  const order = new Map(doc.actions.map((a, i) => [a.id, i]));
  open.sort((x, y) => {
    if (x.due !== y.due) {
      if (x.due === undefined) return 1;
      if (y.due === undefined) return -1;
      return x.due < y.due ? -1 : 1;
    }
    return (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0);
  });
  const done = doc.actions.filter((a) => !isOpen(a));
  done.sort((x, y) => ((x.doneAt ?? "") < (y.doneAt ?? "") ? 1 : (x.doneAt ?? "") > (y.doneAt ?? "") ? -1 : 0));
  return { open, done };
}

/** An action's people: their names, or null for one no longer on the map. */
export function actionPeople(doc: MapDocument, a: PlanAction): { id: PersonId; name: string | null }[] {
  return a.personIds.map((id) => ({ id, name: getOwn(doc.people, id)?.name ?? null }));
}

/** The action's community: its name (null once removed), or null when it has none. */
export function actionCommunity(doc: MapDocument, a: PlanAction): { id: CommunityId; name: string | null } | null {
  if (a.communityId === undefined) return null;
  return { id: a.communityId, name: getOwn(doc.communities, a.communityId)?.name ?? null };
}

/** Open actions that name this person or community (the person panel, the map's markers). */
export function openActionsFor(doc: MapDocument, target: { person?: PersonId; community?: CommunityId }): PlanAction[] {
  return doc.actions.filter(
    (a) =>
      isOpen(a) &&
      ((target.person !== undefined && a.personIds.includes(target.person)) ||
        (target.community !== undefined && a.communityId === target.community)),
  );
}

/** True when an action was made from this suggestion (the list then says "In your plan"). */
export function isInPlan(doc: MapDocument, suggestionId: string): boolean {
  return doc.actions.some((a) => a.fromSuggestion === suggestionId);
}

/** Candidate communities: planned (what-if) ones the user has not joined yet. */
export function candidateCommunities(doc: MapDocument): CommunityId[] {
  return Object.values(doc.communities)
    .filter((c) => c.planned === true)
    .map((c) => c.id);
}

/** The titles a suggestion's action starts with; the UI words them in the user's language. */
export type ActionTitleKey =
  "title.reconnect" | "title.introduce" | "title.joinCommunity" | "title.shareOutput" | "title.answerInvitation";

export type ActionTitle = (key: ActionTitleKey, params: Readonly<Record<string, string>>) => string;

const ENGLISH_TITLES: Readonly<Record<ActionTitleKey, string>> = {
  "title.reconnect": "Get back in touch with {{name}}",
  "title.introduce": "Introduce {{personA}} to {{personB}}",
  "title.joinCommunity": "Go to {{community}}",
  "title.shareOutput": "Share a small output beyond {{group}}",
  "title.answerInvitation": "Answer {{name}}'s invitation",
};

/** English titles (the CLI and tests); the app passes i18n's. */
export const englishTitle: ActionTitle = (key, params) =>
  ENGLISH_TITLES[key].replace(/\{\{(\w+)\}\}/gu, (_, k: string) => params[k] ?? "");

/**
 * The action a suggestion turns into, or null when it needs a choice first (a third place to
 * explore with no candidate community on the map: the user picks or adds one in the form).
 * - reconnect → reconnect with that person;
 * - introduce → introduce the two people named (the best-known contact in each circle);
 * - exploreThird → join the first candidate (planned) third community;
 * - redundant (a closed circle) → share a small output where people beyond that circle see it
 *   (article step 2: make your "tags" visible to loose contacts).
 */
export function actionFromSuggestion(
  suggestion: Suggestion,
  doc: MapDocument,
  now: string,
  options: { readonly id: ActionId; readonly title?: ActionTitle; readonly due?: string },
): PlanAction | null {
  const title = options.title ?? englishTitle;
  const nameOf = (id: PersonId | undefined): string => (id ? (getOwn(doc.people, id)?.name ?? "") : "");
  const base = {
    id: options.id,
    createdAt: now,
    fromSuggestion: suggestion.id,
    ...(options.due ? { due: options.due } : {}),
  };
  switch (suggestion.kind) {
    case "reconnect": {
      const person = suggestion.people[0];
      if (!person) return null;
      return {
        ...base,
        kind: "reconnect",
        title: title("title.reconnect", { name: nameOf(person) }),
        personIds: [person],
      };
    }
    case "introduce": {
      const [a, b] = suggestion.people;
      if (!a || !b) return null;
      return {
        ...base,
        kind: "introduce",
        title: title("title.introduce", { personA: nameOf(a), personB: nameOf(b) }),
        personIds: [a, b],
      };
    }
    case "exploreThird": {
      const candidate = candidateCommunities(doc)
        .map((id) => getOwn(doc.communities, id))
        .find((c) => c?.sphere === "third");
      if (!candidate) return null;
      return {
        ...base,
        kind: "joinCommunity",
        title: title("title.joinCommunity", { community: candidate.name }),
        personIds: [],
        communityId: candidate.id,
      };
    }
    case "redundant": {
      const group = suggestion.communities[0];
      const name = group ? (getOwn(doc.communities, group)?.name ?? "") : "";
      return { ...base, kind: "shareOutput", title: title("title.shareOutput", { group: name }), personIds: [] };
    }
  }
}
