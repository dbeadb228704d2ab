// The Compare tab's data: the two sides picked (a snapshot, or "now" = the open map with the
// panel's current analysis from the metrics slice, never computed here), the comparison, and the
// sentences in the reader's language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { compareMaps, liveSide, snapshotSide, type CompareSide, type MapComparison } from "../../domain/growth/compare";
import { renderComparePhrase, type ComparePhrase } from "../../domain/growth/compareSentences";
import { snapshotScores } from "../../domain/growth/snapshot";
import type { MapDocument, SnapshotScores } from "../../domain/model";
import type { CompareSideId } from "../../store/dialogSlice";
import { useMap } from "../hooks/storeContext";
import { useRealReport } from "../insights/useInsightReports";

/** "1 March 2026" / "2026年3月1日". */
export function formatDate(lang: string, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(d);
}

/** Renders comparison phrases in the current language. */
export function useSayCompare(): (p: ComparePhrase) => string {
  const { t, i18n } = useTranslation("compare");
  const list = useMemo(
    () => new Intl.ListFormat(i18n.language, { style: "long", type: "conjunction" }),
    [i18n.language],
  );
  return (p) =>
    renderComparePhrase(
      p,
      (key, params) => t(key, params),
      (names) => list.format(names),
    );
}

/** Scores of the open map now, read from the analysis the panel shows; null while it is computing. */
export function useNowScores(): SnapshotScores | null {
  const doc = useMap((s) => s.doc);
  const report = useRealReport();
  const current = useMap((s) => s.metrics.revision === s.revision);
  return useMemo(() => (report && current ? snapshotScores(doc, report) : null), [doc, report, current]);
}

export function sideFor(doc: MapDocument, id: CompareSideId, now: SnapshotScores, lang: string): CompareSide | null {
  if (id === "now") return liveSide(doc, now, formatDate(lang, new Date().toISOString()), new Date().toISOString());
  const snapshot = doc.snapshots.find((s) => s.id === id);
  return snapshot ? snapshotSide(doc, snapshot, formatDate(lang, snapshot.takenAt)) : null;
}

export interface ComparisonState {
  readonly left: CompareSideId;
  readonly right: CompareSideId;
  readonly comparison: MapComparison | null;
  readonly computing: boolean;
}

export function useComparison(): ComparisonState {
  const { i18n } = useTranslation("compare");
  const doc = useMap((s) => s.doc);
  const pair = useMap((s) => s.dialogs.growthCompare);
  const now = useNowScores();
  const newest = doc.snapshots.at(-1);
  const left: CompareSideId = pair?.left ?? newest?.id ?? "now";
  const right: CompareSideId = pair?.right ?? "now";
  const comparison = useMemo(() => {
    if (now === null || left === right) return null;
    const a = sideFor(doc, left, now, i18n.language);
    const b = sideFor(doc, right, now, i18n.language);
    if (!a || !b) return null;
    // Older first, whichever way round the sides were picked.
    const [older, newer] = a.date <= b.date ? [a, b] : [b, a];
    return compareMaps(older, newer, doc.actions);
  }, [doc, left, right, now, i18n.language]);
  return { left, right, comparison, computing: now === null };
}
