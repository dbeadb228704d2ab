// How much of who-knows-whom is known for the ego's contacts (issue 12, "tie data
// completeness"): of the n(n−1)/2 pairs of alters, those tied (answered yes, a whole community,
// KnowsPicker, imported) and those recorded as strangers (doc.censusNo: census no, "nobody" in a
// community, the rest of a community's grid, the unticked people of a person's list). What-if
// (planned) people and ties are left out. O(ties + censusNo).
import { getOwn, tieId, type MapDocument, type PersonId } from "../model";

export interface TieCoverage {
  readonly alters: number;
  readonly pairs: number;
  readonly tied: number;
  readonly strangers: number;
  /** (tied + strangers) / pairs; null with fewer than two alters. */
  readonly share: number | null;
}

export function tieCoverage(doc: MapDocument): TieCoverage {
  const alters = new Set<string>();
  for (const t of Object.values(doc.ties)) {
    if (t.planned || (t.a !== doc.egoId && t.b !== doc.egoId)) continue;
    const other = t.a === doc.egoId ? t.b : t.a;
    if (!getOwn(doc.people, other)?.planned) alters.add(other);
  }
  let tied = 0;
  for (const t of Object.values(doc.ties)) if (!t.planned && alters.has(t.a) && alters.has(t.b)) tied++;
  let strangers = 0;
  for (const id of new Set(doc.censusNo)) {
    const [a = "", b = ""] = id.split("~");
    if (alters.has(a) && alters.has(b) && tieId(a as PersonId, b as PersonId) === id && !getOwn(doc.ties, id))
      strangers++;
  }
  const n = alters.size;
  const pairs = (n * (n - 1)) / 2;
  return { alters: n, pairs, tied, strangers, share: pairs === 0 ? null : (tied + strangers) / pairs };
}
