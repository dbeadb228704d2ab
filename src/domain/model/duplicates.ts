// Likely duplicates for the review step before a merge: imported people whose name is not an
// exact (normalised) match of someone in the map but probably is the same person — words in
// another order, different spacing, a name equal to the other's reading ("Sato Yui" and
// 佐藤 結衣 read "Sato Yui"; kana readings compare with katakana folded to hiragana), or a typo
// (bounded edit distance). Exact matches (normaliseName, names.ts) merge anyway; a Latin name
// that differs only by a missing space ("AnnaMüller") is offered here rather than merged.
import type { PersonId } from "./ids";
import { editDistance, foldKana, normaliseName, readingKey, tokenKey } from "./names";
import type { MapDocument } from "./types";

export type DuplicateReason = "wordOrder" | "spacing" | "reading" | "similar";

export interface LikelyDuplicate {
  readonly importedId: PersonId;
  readonly importedName: string;
  readonly existingId: PersonId;
  readonly existingName: string;
  readonly reason: DuplicateReason;
}

/** Above this many name pairs the typo check is skipped (the key-based checks stay). */
const MAX_PAIRS = 5_000_000;

const noSpace = (s: string): string => normaliseName(s).replace(/ /gu, "");

export function findLikelyDuplicates(doc: MapDocument, imported: MapDocument): LikelyDuplicate[] {
  const existing = Object.values(doc.people);
  const exact = new Set(existing.map((p) => normaliseName(p.name)));
  const index = new Map<string, { id: PersonId; name: string; reason: DuplicateReason }>();
  const put = (key: string, id: PersonId, name: string, reason: DuplicateReason): void => {
    if (key && !index.has(key)) index.set(key, { id, name, reason });
  };
  for (const p of existing) {
    put(`w:${tokenKey(p.name)}`, p.id, p.name, "wordOrder");
    put(`s:${noSpace(p.name)}`, p.id, p.name, "spacing");
    if (p.reading) {
      put(`r:${readingKey(p.reading)}`, p.id, p.name, "reading");
      put(`r:${foldKana(tokenKey(p.reading))}`, p.id, p.name, "reading");
    }
  }
  const candidates = Object.values(imported.people).filter(
    (p) => p.id !== imported.egoId && !exact.has(normaliseName(p.name)),
  );
  const checkTypos = candidates.length * existing.length <= MAX_PAIRS;
  const normExisting = existing.map((p) => ({ p, n: normaliseName(p.name) }));
  const out: LikelyDuplicate[] = [];
  for (const p of candidates) {
    const keys = [
      `w:${tokenKey(p.name)}`,
      `s:${noSpace(p.name)}`,
      `r:${readingKey(p.name)}`,
      `r:${foldKana(tokenKey(p.name))}`,
    ];
    if (p.reading) keys.push(`r:${readingKey(p.reading)}`, `w:${tokenKey(p.reading)}`);
    const hit = keys.map((k) => index.get(k)).find((h) => h !== undefined);
    if (hit) {
      out.push({
        importedId: p.id,
        importedName: p.name,
        existingId: hit.id,
        existingName: hit.name,
        reason: hit.reason,
      });
      continue;
    }
    if (!checkTypos) continue;
    const n = normaliseName(p.name);
    if ([...n].length < 4) continue;
    const max = n.length >= 10 ? 2 : 1;
    const near = normExisting.find((e) => editDistance(n, e.n, max) <= max);
    if (near)
      out.push({
        importedId: p.id,
        importedName: p.name,
        existingId: near.p.id,
        existingName: near.p.name,
        reason: "similar",
      });
  }
  return out;
}
