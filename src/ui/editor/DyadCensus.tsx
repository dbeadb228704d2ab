import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { answerPair, planCensus } from "../../domain/census";
import { getOwn, tieId, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { answerKey } from "../wizard/quickKeys";
import { PersonCensus } from "./PersonCensus";

type Answer = "yes" | "no" | "skip";
const KEYS: Readonly<Record<string, Answer>> = { y: "yes", n: "no", s: "skip" };

type Mode = "person" | "pair";

/**
 * The census, person by person (default: one answer settles all of a person's pairs; see
 * PersonCensus) or pair by pair. Either way it says how much is still unknown, and it can be
 * left at any time.
 */
export function DyadCensus({
  onDone,
  doneLabel,
  autoFocus = false,
}: {
  onDone: () => void;
  doneLabel?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("editor");
  const doc = useMap((s) => s.doc);
  const [mode, setMode] = useState<Mode>("person");
  const plan = useMemo(() => planCensus(doc, { limit: 1 }), [doc]);
  const unknown = plan.totalPairs - plan.knownPairs;
  return (
    <section className="census" aria-label={t("census.heading")}>
      <p className="census-known" data-testid="census-known">
        {t("whoKnows.known", { known: plan.knownPairs, total: plan.totalPairs })}
        {" — "}
        {unknown > 0 ? t("whoKnows.mayChange") : t("whoKnows.complete")}
      </p>
      {unknown > 0 && (
        <div className="inline-row census-mode" role="radiogroup" aria-label={t("whoKnows.mode")}>
          {(["person", "pair"] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="census-mode" checked={mode === m} onChange={() => setMode(m)} />
              {m === "person" ? t("whoKnows.byPerson") : t("whoKnows.byPair")}
            </label>
          ))}
        </div>
      )}
      {mode === "person" ? <PersonCensus autoFocus={autoFocus} /> : <PairCensus autoFocus={autoFocus} />}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {doneLabel ?? t("census.doneForNow")}
        </button>
      </div>
    </section>
  );
}

/**
 * "Do A and B know each other?" — the adaptive census: the pair whose answer would change the
 * scores most comes first (domain/census/plan), and how much is still unknown is said. Yes adds
 * a tie; no is recorded in the map (saved, exported, undoable); skip moves on for this session.
 * Y / N / S answer from the moment it opens (focus starts on the question), IME on or off.
 */
function PairCensus({ autoFocus }: { autoFocus: boolean }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const plan = useMemo(() => planCensus(doc, { skipped, limit: 1 }), [doc, skipped]);
  const [yes, setYes] = useState(0);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) card.current?.focus();
  }, [autoFocus]);
  const current = plan.queue[0];
  const unknown = plan.totalPairs - plan.knownPairs;
  // As before the adaptive order: the recorded no answers, this session's yes answers and skips.
  const done = plan.strangerPairs + yes + skipped.size;
  const name = (id: PersonId) => getOwn(doc.people, id)?.name ?? "";
  const answer = (kind: Answer) => {
    if (!current) return;
    const [a, b] = current;
    if (kind === "skip") setSkipped((s) => new Set(s).add(tieId(a, b)));
    else store.getState().apply((d) => answerPair(d, a, b, kind === "yes"));
    if (kind === "yes") setYes((n) => n + 1);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const kind = KEYS[answerKey(e.nativeEvent) ?? ""];
    if (!kind) return;
    e.preventDefault();
    answer(kind);
  };
  return (
    <div onKeyDown={onKeyDown}>
      {current ? (
        <div
          className="census-card"
          tabIndex={-1}
          ref={card}
          aria-describedby="census-keys"
          data-autofocus={autoFocus ? true : undefined}
        >
          <p className="census-progress">{t("census.progress", { done, total: done + unknown - skipped.size })}</p>
          <p className="census-question" aria-live="polite" data-testid="census-question">
            {t("census.question", { a: name(current[0]), b: name(current[1]) })}
          </p>
          <div className="inline-row" role="group" aria-label={t("census.answers")}>
            <button type="button" onClick={() => answer("yes")} aria-keyshortcuts="y">
              {t("census.yes")}
            </button>
            <button type="button" onClick={() => answer("no")} aria-keyshortcuts="n">
              {t("census.no")}
            </button>
            <button type="button" onClick={() => answer("skip")} aria-keyshortcuts="s">
              {t("census.skip")}
            </button>
          </div>
          <p className="muted" id="census-keys">
            {t("census.keys")} {t("whoKnows.why")}
          </p>
        </div>
      ) : (
        <p aria-live="polite">{t("census.allDone")}</p>
      )}
    </div>
  );
}
