import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { answerPair, planCensus } from "../../domain/census";
import { getOwn, tieId, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";
import { answerKey } from "../wizard/quickKeys";

type Answer = "yes" | "no" | "skip";
const KEYS: Readonly<Record<string, Answer>> = { y: "yes", n: "no", s: "skip" };

/**
 * "Do A and B know each other?" — the adaptive census: the pair whose answer would change the
 * scores most comes first (domain/census/plan), and how much is still unknown is said. Yes adds
 * a tie; no is recorded in the map (saved, exported, undoable); skip moves on for this session.
 * Y / N / S answer from the moment it opens (focus starts on the question), IME on or off.
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
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const plan = useMemo(() => planCensus(doc, { skipped, limit: 1 }), [doc, skipped]);
  const [knownAtStart] = useState(plan.knownPairs);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) card.current?.focus();
  }, [autoFocus]);
  const current = plan.queue[0];
  const unknown = plan.totalPairs - plan.knownPairs;
  const done = Math.max(0, plan.knownPairs - knownAtStart) + skipped.size;
  const name = (id: PersonId) => getOwn(doc.people, id)?.name ?? "";
  const answer = (kind: Answer) => {
    if (!current) return;
    const [a, b] = current;
    if (kind === "skip") setSkipped((s) => new Set(s).add(tieId(a, b)));
    else store.getState().apply((d) => answerPair(d, a, b, kind === "yes"));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const kind = KEYS[answerKey(e.nativeEvent) ?? ""];
    if (!kind) return;
    e.preventDefault();
    answer(kind);
  };
  return (
    <section className="census" aria-label={t("census.heading")} onKeyDown={onKeyDown}>
      <p className="census-known" data-testid="census-known">
        {t("whoKnows.known", { known: plan.knownPairs, total: plan.totalPairs })}
        {" — "}
        {unknown > 0 ? t("whoKnows.mayChange") : t("whoKnows.complete")}
      </p>
      {current ? (
        <div className="census-card" tabIndex={-1} ref={card} aria-describedby="census-keys">
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
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {doneLabel ?? t("census.doneForNow")}
        </button>
      </div>
    </section>
  );
}
