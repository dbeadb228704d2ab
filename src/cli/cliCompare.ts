// The `comparison` section of `npm run analyze -- NEW --compare OLD` (issue 14): both files read
// by the same import pipeline and analysed with the same options (analyze.ts), their headline
// scores read from the two reports as the app reads them from the panel's analysis
// (snapshotScores), compared by domain/growth/compare, with the sentences in English from the
// app's own "compare" strings (i18next, so plurals read as in the app).
import { basename } from "node:path";
import i18next from "i18next";
import { compareMaps, liveSide, type CompareSide, type MapComparison } from "../domain/growth/compare";
import { renderComparePhrase } from "../domain/growth/compareSentences";
import { snapshotScores } from "../domain/growth/snapshot";
import type { AnalysisReport } from "../domain/metrics/computeAll";
import { personId, type MapDocument } from "../domain/model";
import en from "../i18n/locales/en/compare.json";
import type { CliInputFormat } from "./analyzeJob";

export interface CompareInput {
  readonly file: string;
  readonly format: CliInputFormat;
  readonly doc: MapDocument;
  /** The ego the report analysed (--ego or the file's), null without one. */
  readonly ego: string | null;
  readonly report: AnalysisReport;
}

export interface CliComparison extends Omit<MapComparison, "sentences"> {
  readonly files: { readonly older: string; readonly newer: string };
  /** The sentences as data (keys of the app's "compare" strings and their parameters). */
  readonly phrases: MapComparison["sentences"];
  /** The same sentences in English. */
  readonly sentences: readonly string[];
}

const english = i18next.createInstance();
void english.init({
  resources: { en: { compare: en } },
  lng: "en",
  ns: ["compare"],
  defaultNS: "compare",
  interpolation: { escapeValue: false },
  initAsync: false,
});
const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** A native map is named by the day it was last saved; another file by its name. */
function sideOf(input: CompareInput): CompareSide {
  const doc =
    input.ego !== null && input.ego !== input.doc.egoId ? { ...input.doc, egoId: personId(input.ego) } : input.doc;
  const label = input.format === "native" ? input.doc.updatedAt.slice(0, 10) : basename(input.file);
  return liveSide(doc, snapshotScores(doc, input.report), label, input.doc.updatedAt);
}

export function cliComparison(older: CompareInput, newer: CompareInput): CliComparison {
  const plan = [
    ...newer.doc.actions,
    ...older.doc.actions.filter((a) => !newer.doc.actions.some((b) => b.id === a.id)),
  ];
  const { sentences, ...rest } = compareMaps(sideOf(older), sideOf(newer), plan);
  return {
    files: { older: basename(older.file), newer: basename(newer.file) },
    ...rest,
    phrases: sentences,
    sentences: sentences.map((p) =>
      renderComparePhrase(
        p,
        (key, params) => english.t(key, { ...params, ns: "compare" }),
        (names) => list.format(names),
      ),
    ),
  };
}
