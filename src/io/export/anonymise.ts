// Anonymised copies for sharing a picture or file of one's network: people become initials
// ("S.Y.", from the romanised reading when there is one) or numbered ("Person 12"). A name with
// no Latin letters (高橋 美咲 without a romanised reading) becomes a letter ("A", "B", …): its
// first kanji would give the name away (林 誠 → 林誠 is the whole name). The ego is always the
// caller's "You" label and the title the caller's (or none): both often name the owner.
// Readings and notes are removed (they name and describe people); community names, spheres,
// ties and positions stay so the map still reads. Snapshots (copies of every name), the action plan
// (titles in the user's words) and the client's name are left out of an anonymised copy.
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

/**
 * "Sato Yui" → "S.Y."; the reading (romanised) is preferred when present. Null when neither the
 * reading nor the name has a Latin letter to take (a Japanese name without a romanised reading).
 */
export function initialsOf(person: Pick<Person, "name" | "reading">): string | null {
  for (const source of [person.reading?.trim() ?? "", person.name]) {
    const words = source
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .split(/[\s\u3000·・.-]+/u)
      .filter(Boolean);
    const firsts = words.map((w) => [...w][0] ?? "");
    if (firsts.length > 0 && firsts.every((c) => /^[A-Za-z]$/u.test(c)))
      return `${firsts.map((c) => c.toUpperCase()).join(".")}.`;
  }
  return null;
}

/** 0 → "A", 25 → "Z", 26 → "AA", … */
export function letterLabel(n: number): string {
  let out = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * The anonymous name of every person of `docs`, by id: the people of the first document in the
 * order anonymiseDocument takes them (the ego first), then those only in the others. One map of
 * names for several moments of a map (the map and its snapshot), so that "Person 3" in the
 * comparison is Person 3 on the drawing.
 */
export function anonymousNames(docs: readonly MapDocument[], options: AnonymiseOptions): Map<PersonId, string> {
  const label = options.personLabel ?? ((n: number) => `Person ${n}`);
  const used = new Map<string, number>();
  const names = new Map<PersonId, string>();
  let n = 0;
  let letters = 0;
  for (const doc of docs) {
    const sorted = Object.values(doc.people).sort((a, b) => (a.id === doc.egoId ? -1 : b.id === doc.egoId ? 1 : 0));
    for (const p of sorted) {
      if (names.has(p.id)) continue;
      let name: string;
      if (p.id === doc.egoId) name = options.egoLabel ?? "You";
      else if (options.mode === "numbered") name = label(++n);
      else {
        const base = initialsOf(p) ?? letterLabel(letters++);
        const k = (used.get(base) ?? 0) + 1;
        used.set(base, k);
        name = k === 1 ? base : `${base} (${k})`;
      }
      names.set(p.id, name);
    }
  }
  return names;
}

/** `doc` with the people named from `names` (anonymousNames), readings and notes dropped. */
function renamed(doc: MapDocument, names: ReadonlyMap<PersonId, string>, options: AnonymiseOptions): MapDocument {
  const sorted = Object.values(doc.people).sort((a, b) => (a.id === doc.egoId ? -1 : b.id === doc.egoId ? 1 : 0));
  const people = sorted.map((p): [PersonId, Person] => {
    const { reading: _r, note: _n, ...rest } = p;
    return [p.id, { ...rest, name: names.get(p.id) ?? "" }];
  });
  const communities = Object.fromEntries(
    Object.entries(doc.communities).map(([id, c]) => {
      const { note: _n, ...rest } = c;
      return [id, rest];
    }),
  ) as MapDocument["communities"];
  // fromEntries defines own keys: an id "__proto__" stays a person, not the record's prototype.
  const { client: _client, ...kept } = doc;
  return {
    ...kept,
    title: options.title ?? "",
    people: Object.fromEntries(people) as MapDocument["people"],
    communities,
    snapshots: [],
    actions: [],
  };
}

export function anonymiseDocument(doc: MapDocument, options: AnonymiseOptions): MapDocument {
  return renamed(doc, anonymousNames([doc], options), options);
}

/**
 * Several moments of one map anonymised alike (the report's comparison: the map and its baseline
 * snapshot): the first comes out exactly as anonymiseDocument gives it, and a person keeps one
 * anonymous name in all of them.
 */
export function anonymiseTogether(docs: readonly MapDocument[], options: AnonymiseOptions): MapDocument[] {
  const names = anonymousNames(docs, options);
  return docs.map((d) => renamed(d, names, options));
}
