import { useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { answerCensusNo, getOwn, crossCommunityPairs, setTie, tieId, type PersonId } from "../../domain/model";
import { useMap, useMapStoreApi } from "../hooks/storeContext";

/**
 * "Do A and B know each other?" for pairs across communities only (within a community the
 * "everyone knows each other" answer covers it). Yes adds a tie; no is recorded in the map (an
 * edit like any other: saved, exported, undoable); skip moves on for this session.
 */
export function DyadCensus({ onDone, doneLabel }: { onDone: () => void; doneLabel?: string }) {
  const { t } = useTranslation("editor");
  const store = useMapStoreApi();
  const doc = useMap((s) => s.doc);
  const answeredNo = useMemo(() => new Set<string>(doc.censusNo), [doc.censusNo]);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [yes, setYes] = useState(0);
  const pairs = useMemo(
    () => crossCommunityPairs(doc, new Set([...answeredNo, ...skipped])),
    [doc, answeredNo, skipped],
  );
  const total = pairs.length + answeredNo.size + skipped.size + yes;
  const current = pairs[0];
  const name = (id: PersonId) => getOwn(doc.people, id)?.name ?? "";
  const answer = (kind: "yes" | "no" | "skip") => {
    if (!current) return;
    const [a, b] = current;
    const id = tieId(a, b);
    if (kind === "yes") {
      store.getState().apply((d) => setTie(d, { a, b }));
      setYes((n) => n + 1);
    } else if (kind === "no") {
      store.getState().apply((d) => answerCensusNo(d, a, b));
    } else {
      setSkipped((s) => new Set(s).add(id));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const map: Record<string, "yes" | "no" | "skip"> = { y: "yes", n: "no", s: "skip" };
    const kind = map[e.key.toLowerCase()];
    if (kind && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      answer(kind);
    }
  };
  return (
    <section className="census" aria-label={t("census.heading")} onKeyDown={onKeyDown}>
      {current ? (
        <>
          <p className="census-progress">{t("census.progress", { done: total - pairs.length, total })}</p>
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
          <p className="muted">{t("census.keys")}</p>
        </>
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
