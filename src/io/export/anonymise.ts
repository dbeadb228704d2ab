// Anonymised copies for sharing a picture or file of one's network: people become initials
// ("S.Y.", "高美") or numbered ("Person 12"); readings and notes are removed (they name and
// describe people); community names, spheres, ties and positions stay so the map still reads.
import type { MapDocument, Person, PersonId } from "../../domain/model";

export type AnonymiseMode = "initials" | "numbered";

export interface AnonymiseOptions {
  readonly mode: AnonymiseMode;
  /** Label of the n-th person in numbered mode (the UI passes its translation). */
  readonly personLabel?: (n: number) => string;
  /** The user's own label in numbered mode. */
  readonly egoLabel?: string;
  /** Title of the anonymised map (the original title often names its owner). */
  readonly title?: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** "Sato Yui" → "S.Y."; "高橋 美咲" → "高美"; the reading (romanised) is preferred when present. */
export function initialsOf(person: Pick<Person, "name" | "reading">): string {
  const source = person.reading?.trim() || person.name;
  const words = source
    .normalize("NFKC")
    .split(/[\s\u3000·・.-]+/u)
    .filter(Boolean);
  const firsts = words.map((w) => [...w][0] ?? "").filter(Boolean);
  if (firsts.length === 0) return "?";
  return firsts.every((c) => CJK.test(c)) ? firsts.join("") : `${firsts.map((c) => c.toUpperCase()).join(".")}.`;
}

export function anonymiseDocument(doc: MapDocument, options: AnonymiseOptions): MapDocument {
  const label = options.personLabel ?? ((n: number) => `Person ${n}`);
  const used = new Map<string, number>();
  const people: [PersonId, Person][] = [];
  let n = 0;
  const sorted = Object.values(doc.people).sort((a, b) => (a.id === doc.egoId ? -1 : b.id === doc.egoId ? 1 : 0));
  for (const p of sorted) {
    let name: string;
    if (options.mode === "numbered") name = p.id === doc.egoId ? (options.egoLabel ?? "You") : label(++n);
    else {
      const base = initialsOf(p);
      const k = (used.get(base) ?? 0) + 1;
      used.set(base, k);
      name = k === 1 ? base : `${base} (${k})`;
    }
    const { reading: _r, note: _n, ...rest } = p;
    people.push([p.id, { ...rest, name }]);
  }
  const communities = Object.fromEntries(
    Object.entries(doc.communities).map(([id, c]) => {
      const { note: _n, ...rest } = c;
      return [id, rest];
    }),
  ) as MapDocument["communities"];
  // fromEntries defines own keys: an id "__proto__" stays a person, not the record's prototype.
  return {
    ...doc,
    title: options.title ?? "",
    people: Object.fromEntries(people) as MapDocument["people"],
    communities,
  };
}
