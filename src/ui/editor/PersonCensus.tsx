import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { answerPair, planPersonRound } from "../../domain/census";
import { getOwn, type MapDocument, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { answerKey, isComposing } from "../wizard/quickKeys";

function communityText(doc: MapDocument, id: PersonId): string {
  return (getOwn(doc.people, id)?.communityIds ?? [])
    .map((c) => getOwn(doc.communities, c)?.name)
    .filter(Boolean)
    .join(", ");
}

/**
 * "Whom of these does X know?" — one answer per person settles all of X's unknown pairs (the
 * ticked ones know X, the others are recorded as not knowing X; one undo step). The person
 * asked about is the one whose pairs would move the scores most (planPersonRound). Space or Y
 * ticks, N unticks, Enter saves (not while an IME is composing), S skips the person.
 */
export function PersonCensus({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const round = useMemo(() => planPersonRound(doc, { skipped }), [doc, skipped]);
  const [ticked, setTicked] = useState<ReadonlySet<PersonId>>(() => new Set());
  const [asked, setAsked] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const person = round?.person ?? null;
  const focusRow = (i: number) => list.current?.querySelectorAll<HTMLInputElement>("input")[i]?.focus();
  const first = useRef(autoFocus);
  useEffect(() => {
    if (first.current || asked > 0) focusRow(0);
    first.current = false;
  }, [person, asked]);
  if (!round) return <p aria-live="polite">{t("census.allDone")}</p>;
  const name = (id: PersonId) => getOwn(doc.people, id)?.name ?? "";
  const set = (id: PersonId, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const save = () => {
    const { person: p, others } = round;
    store.getState().apply((d) => others.reduce((acc, o) => answerPair(acc, p, o, ticked.has(o)), d));
    setTicked(new Set());
    setAsked((n) => n + 1);
  };
  const skip = () => {
    setSkipped((s) => new Set(s).add(round.person));
    setTicked(new Set());
    setAsked((n) => n + 1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Enter") {
      e.preventDefault();
      if (!isComposing(e.nativeEvent)) save();
      return;
    }
    const rows = [...(list.current?.querySelectorAll<HTMLInputElement>("input") ?? [])];
    const at = rows.findIndex((el) => el === document.activeElement);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      focusRow(Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)));
      return;
    }
    const key = answerKey(e.nativeEvent);
    if (key === "s") {
      e.preventDefault();
      skip();
    } else if ((key === "y" || key === "n") && at >= 0) {
      e.preventDefault();
      set(round.others[at] as PersonId, key === "y");
      focusRow(at + 1);
    } else if (isComposing(e.nativeEvent)) e.preventDefault();
  };
  return (
    <div className="census-card person-census" onKeyDown={onKeyDown}>
      <p className="census-progress">{t("whoKnows.personProgress", { count: asked })}</p>
      <p className="census-question" aria-live="polite" data-testid="census-person">
        {t("whoKnows.personQuestion", { name: name(round.person) })}
      </p>
      <p className="muted small" id="person-census-hint">
        {t("whoKnows.personHint", { name: name(round.person) })}
      </p>
      <ul className="person-census-list" ref={list} aria-label={t("whoKnows.personList", { name: name(round.person) })}>
        {round.others.map((o, i) => (
          <li key={o}>
            <label>
              <input
                type="checkbox"
                data-autofocus={autoFocus && i === 0 ? true : undefined}
                checked={ticked.has(o)}
                onChange={(e) => set(o, e.currentTarget.checked)}
                aria-describedby="person-census-hint"
              />
              {name(o)} <span className="muted small">{communityText(doc, o)}</span>
            </label>
          </li>
        ))}
      </ul>
      {round.more > 0 && <p className="muted small">{t("whoKnows.more", { count: round.more })}</p>}
      <div className="inline-row">
        <button type="button" className="primary" onClick={save}>
          {t("whoKnows.save", { count: ticked.size, name: name(round.person) })}
        </button>
        <button type="button" onClick={skip} aria-keyshortcuts="s">
          {t("whoKnows.skipPerson", { name: name(round.person) })}
        </button>
      </div>
    </div>
  );
}
