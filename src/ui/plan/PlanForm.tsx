// The form that adds an action from scratch or edits one: the kind (radio group), what to do, the
// person or the two people (the map's type-ahead picker), the community (candidates marked; for a
// join, the article's five criteria and the what-if line under it) and the due date. The rules
// are the domain's (validateAction); an Enter that confirms an IME conversion never submits.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { validateAction, type ActionDraft, type PlanProblem } from "../../domain/growth/plan";
import {
  ACTION_KINDS,
  communityId,
  getOwn,
  type ActionKind,
  type CommunityId,
  type PersonId,
} from "../../domain/model";
import { CommunityProfileEditor } from "../editor/CommunityProfileEditor";
import { useMap } from "../hooks/storeContext";
import { blockComposingEnter } from "../imeEnter";
import { PersonCombobox } from "../PersonCombobox";
import { JoinWhatIfLine } from "./JoinWhatIfLine";
import { KIND_KEY, PROBLEM_KEY } from "./planLabels";

const PEOPLE: Readonly<Record<ActionKind, 0 | 1 | 2>> = {
  joinCommunity: 0,
  shareOutput: 0,
  answerInvitation: 1,
  reconnect: 1,
  introduce: 2,
};
const WITH_COMMUNITY: ReadonlySet<ActionKind> = new Set(["joinCommunity", "shareOutput"]);

export interface PlanFormProps {
  readonly initial?: ActionDraft;
  readonly submitLabel: string;
  readonly heading: string;
  readonly onSubmit: (draft: ActionDraft) => void;
  readonly onCancel?: () => void;
}

export function PlanForm({ initial, submitLabel, heading, onSubmit, onCancel }: PlanFormProps) {
  const { t } = useTranslation("plan");
  const doc = useMap((s) => s.doc);
  const id = useId();
  const [kind, setKind] = useState<ActionKind>(initial?.kind ?? "joinCommunity");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [people, setPeople] = useState<readonly (PersonId | null)[]>([
    initial?.personIds[0] ?? null,
    initial?.personIds[1] ?? null,
  ]);
  const [community, setCommunity] = useState<CommunityId | null>(initial?.communityId ?? null);
  const [due, setDue] = useState(initial?.due ?? "");
  const [problems, setProblems] = useState<readonly PlanProblem[]>([]);
  const count = PEOPLE[kind];
  const draft = (): ActionDraft => ({
    kind,
    title,
    personIds: people.slice(0, count).filter((p): p is PersonId => p !== null),
    ...(WITH_COMMUNITY.has(kind) && community !== null ? { communityId: community } : {}),
    ...(due !== "" ? { due } : {}),
    ...(initial?.fromSuggestion !== undefined ? { fromSuggestion: initial.fromSuggestion } : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const d = draft();
    const found = validateAction(doc, d);
    setProblems(found);
    if (found.length > 0) return;
    onSubmit(d);
    if (!initial) {
      setTitle("");
      setPeople([null, null]);
      setDue("");
      setProblems([]);
    }
  };
  const communities = Object.values(doc.communities).sort(
    (x, y) => Number(y.planned === true) - Number(x.planned === true) || (x.name < y.name ? -1 : 1),
  );
  const nameOf = (p: PersonId | null): string =>
    p === null ? t("form.noneChosen") : (getOwn(doc.people, p)?.name ?? t("list.removed"));
  const pickerLabels = count === 2 ? [t("form.personA"), t("form.personB")] : count === 1 ? [t("form.person")] : [];
  return (
    <form className="plan-form" onSubmit={submit} onKeyDown={blockComposingEnter} aria-label={heading} noValidate>
      <h4>{heading}</h4>
      <fieldset className="plan-kinds">
        <legend>{t("form.kindLegend")}</legend>
        {ACTION_KINDS.map((k) => (
          <label key={k} className="inline-row">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {t(KIND_KEY[k])}
          </label>
        ))}
      </fieldset>
      <label className="plan-title">
        {t("form.title")}
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {pickerLabels.map((label, i) => (
        <div key={label} className="plan-person">
          <PersonCombobox
            label={label}
            optionsLabel={label}
            includePlanned
            onChoose={(p) => setPeople((old) => old.map((x, j) => (j === i ? p : x)))}
          />
          <span className="muted" data-testid={`plan-chosen-${i}`}>
            {t("form.chosen", { name: nameOf(people[i] ?? null) })}
          </span>
        </div>
      ))}
      {WITH_COMMUNITY.has(kind) && (
        <label>
          {t("form.community")}
          <select
            value={community ?? ""}
            onChange={(e) => setCommunity(e.target.value === "" ? null : communityId(e.target.value))}
          >
            <option value="">{t("form.communityNone")}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.planned ? t("form.candidate", { name: c.name }) : c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "joinCommunity" && community !== null && getOwn(doc.communities, community) && (
        <div className="plan-candidate">
          <h5>{t("form.profileHeading", { name: getOwn(doc.communities, community)?.name ?? "" })}</h5>
          <CommunityProfileEditor communityId={community} />
          <JoinWhatIfLine communityId={community} />
        </div>
      )}
      <label>
        {t("form.due")}
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      {problems.length > 0 && (
        <ul className="plan-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{t(PROBLEM_KEY[p])}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
