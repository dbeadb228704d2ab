// Rows of the people table (pure): one per real contact (planned what-if people left out, as in
// the scores) with communities, Granovetter answers, strength and band, and — when the metrics
// report is there — information potential. Names sort by reading where one exists (Japanese
// collation, compareByReading), so 佐藤 with reading さとう sorts among the さ.
import {
  getOwn,
  compareByReading,
  nameCollator,
  realCommunityIds,
  bandOfTie,
  egoTie,
  strengthOfTie,
  type MapDocument,
  type PersonId,
  type Sphere,
  type TieAnswers,
  type TieBand,
} from "../../domain/model";

export interface PersonRow {
  readonly id: PersonId;
  readonly name: string;
  readonly reading?: string;
  readonly communities: string;
  readonly sphere: Sphere | "none";
  readonly answers: TieAnswers;
  readonly strength: number | null;
  readonly band: TieBand;
  readonly informationPotential: number | null;
}

export type SortKey = "name" | "communities" | "strength" | "band" | "informationPotential";
export type SortDir = "ascending" | "descending";

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null;
}

/** report.ego_analysis[egoId].per_alter[personId].information_potential, or null if absent. */
export function informationPotential(report: unknown, egoId: PersonId, id: PersonId): number | null {
  if (!isRecord(report)) return null;
  const ego = isRecord(report.ego_analysis) ? getOwn(report.ego_analysis, egoId) : undefined;
  const perAlter = isRecord(ego) && isRecord(ego.per_alter) ? getOwn(ego.per_alter, id) : undefined;
  const ip = isRecord(perAlter) ? perAlter.information_potential : undefined;
  return typeof ip === "number" && Number.isFinite(ip) ? ip : null;
}

export function buildRows(doc: MapDocument, report: unknown): PersonRow[] {
  return Object.values(doc.people)
    .filter((p) => p.id !== doc.egoId && !p.planned)
    .map((p) => {
      const tie = egoTie(doc, p.id);
      const memberOf = realCommunityIds(doc, p);
      const first = memberOf[0];
      return {
        id: p.id,
        name: p.name,
        ...(p.reading ? { reading: p.reading } : {}),
        communities: memberOf
          .map((c) => getOwn(doc.communities, c)?.name ?? "")
          .filter(Boolean)
          .join(", "),
        sphere: (first ? getOwn(doc.communities, first)?.sphere : undefined) ?? "none",
        answers: tie && !tie.planned ? tie.answers : {},
        strength: tie && !tie.planned ? strengthOfTie(tie) : null,
        band: tie && !tie.planned ? bandOfTie(tie) : "unknown",
        informationPotential: informationPotential(report, doc.egoId, p.id),
      };
    });
}

const BAND_ORDER: Readonly<Record<TieBand, number>> = {
  strong: 3,
  weak: 2,
  very_weak: 1,
  unknown: 0,
};

function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Stable sort; unknown values (null, no community) always go last whatever the direction. */
export function sortRows(rows: readonly PersonRow[], key: SortKey, dir: SortDir): PersonRow[] {
  const sign = dir === "ascending" ? 1 : -1;
  const cmp = (a: PersonRow, b: PersonRow): number => {
    switch (key) {
      case "name":
        return sign * compareByReading(a, b);
      case "communities":
        if (!a.communities || !b.communities) return (a.communities ? -1 : 0) + (b.communities ? 1 : 0);
        return sign * nameCollator().compare(a.communities, b.communities);
      case "band":
        return sign * (BAND_ORDER[a.band] - BAND_ORDER[b.band]);
      case "strength":
      case "informationPotential": {
        const x = a[key];
        const y = b[key];
        if (x === null || y === null) return compareNullable(x, y);
        return sign * (x - y);
      }
    }
  };
  return rows
    .map((r, i) => ({ r, i }))
    .sort((p, q) => cmp(p.r, q.r) || p.i - q.i)
    .map((x) => x.r);
}
