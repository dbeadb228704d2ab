// Find-as-you-type over the map's people (pure): names and readings compared through the one
// name normaliser (searchKey: NFKC, case, kana folded, spaces ignored), so a Japanese name typed
// without its space, or a reading typed in hiragana for a katakana one, still finds the person.
// Names that start with the query come first; the ego is found too.
import { searchKey, type MapDocument, type PersonId } from "../../domain/model";

export interface SearchHit {
  readonly id: PersonId;
  readonly name: string;
  readonly reading: string | null;
}

const ORDER = new Intl.Collator(["ja", "en"], { sensitivity: "base", numeric: true });

export function findPeople(doc: MapDocument, query: string, limit = 8): SearchHit[] {
  const q = searchKey(query);
  if (q === "") return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const p of Object.values(doc.people)) {
    const name = searchKey(p.name);
    const reading = p.reading ? searchKey(p.reading) : "";
    const rank = name.startsWith(q) || reading.startsWith(q) ? 0 : name.includes(q) || reading.includes(q) ? 1 : -1;
    if (rank < 0) continue;
    hits.push({ hit: { id: p.id, name: p.name, reading: p.reading ?? null }, rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || ORDER.compare(a.hit.name, b.hit.name))
    .slice(0, limit)
    .map((h) => h.hit);
}
