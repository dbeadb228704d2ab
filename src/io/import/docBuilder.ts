// Builds an imported MapDocument in one pass with plain mutable records (the pure updaters copy
// the whole document per call, which is quadratic for a 30,000-row export). The result is
// checked against the domain invariants by the tests.
import {
  createDocument,
  mapId,
  personId,
  communityId,
  cleanName,
  normaliseName,
  tieId,
  type Community,
  type CommunityId,
  type MapDocument,
  type Person,
  type PersonId,
  type Position,
  type Sphere,
  type Tie,
  type TieAnswers,
  type TieId,
} from "../../domain/model";
import { ok, type Result } from "../../domain/result";
import type { ImportError, ImportFormat, ImportWarning, ImportedMap } from "./types";

export interface PersonFields {
  readonly id?: string;
  readonly name: string;
  readonly reading?: string;
  readonly note?: string;
  readonly communities?: readonly { readonly name: string; readonly sphere: Sphere }[];
}

type MutablePerson = { -readonly [K in keyof Person]: Person[K] };

/**
 * The map's entries as a plain record (Object.prototype, insertion order), like
 * Object.fromEntries but filled in V8's dictionary mode: fromEntries keeps the object in fast
 * mode, copying its property table at each new key up to ~1,000 keys, which took 6–7 ms for the
 * 1,000 people or 5,000 ties of an edge list (V8 turns an object into a dictionary once a key
 * other than the last one is deleted; what the record holds is the same either way).
 */
function recordOf<K extends string, V>(entries: ReadonlyMap<K, V>): Record<K, V> {
  const rec: Record<string, V> = {};
  if (entries.size > 64) {
    rec["\u0000a"] = undefined as V;
    rec["\u0000b"] = undefined as V;
    delete rec["\u0000a"];
    delete rec["\u0000b"];
  }
  for (const [key, value] of entries) {
    // "__proto__" is Object.prototype's accessor: stored as an own property, as fromEntries does.
    if (key === "__proto__")
      Object.defineProperty(rec, key, { value, writable: true, enumerable: true, configurable: true });
    else rec[key] = value;
  }
  return rec as Record<K, V>;
}

export class DocBuilder {
  private readonly people = new Map<PersonId, MutablePerson>();
  private readonly byName = new Map<string, PersonId>();
  private readonly communities = new Map<CommunityId, Community>();
  private readonly communityByName = new Map<string, CommunityId>();
  private readonly ties = new Map<TieId, Tie>();
  private readonly positions = new Map<PersonId, Position>();
  private readonly seq = new Map<string, number>();
  duplicates = 0;
  readonly egoId: PersonId;

  constructor(
    private readonly title: string,
    ego: { name: string; id?: string },
  ) {
    this.egoId = personId(ego.id ?? "ego");
    this.people.set(this.egoId, {
      id: this.egoId,
      name: cleanName(ego.name) || "You",
      communityIds: [],
    });
  }

  private freshId(prefix: string, taken: (id: string) => boolean): string {
    let n = this.seq.get(prefix) ?? 0;
    let id: string;
    do id = `${prefix}${++n}`;
    while (taken(id));
    this.seq.set(prefix, n);
    return id;
  }

  community(name: string, sphere: Sphere): CommunityId {
    const key = normaliseName(name);
    const found = this.communityByName.get(key);
    if (found) return found;
    const id = communityId(this.freshId("c", (x) => this.communities.has(communityId(x))));
    this.communities.set(id, { id, name: cleanName(name), sphere });
    this.communityByName.set(key, id);
    return id;
  }

  findByName(name: string): PersonId | undefined {
    return this.byName.get(normaliseName(name));
  }

  /** Adds a person, or merges into the one already imported under the same normalised name. */
  mergePerson(fields: PersonFields): PersonId {
    const existing = this.findByName(fields.name);
    if (existing) {
      this.duplicates++;
      this.enrich(existing, fields);
      return existing;
    }
    return this.addPerson(fields);
  }

  /** Adds a distinct person even if the name repeats (graph files: two nodes may share a label). */
  addPerson(fields: PersonFields): PersonId {
    const wanted = fields.id?.trim();
    const id = personId(
      wanted && !this.people.has(personId(wanted)) ? wanted : this.freshId("p", (x) => this.people.has(personId(x))),
    );
    this.people.set(id, { id, name: cleanName(fields.name), communityIds: [] });
    const key = normaliseName(fields.name);
    if (!this.byName.has(key)) this.byName.set(key, id);
    this.enrich(id, fields);
    return id;
  }

  /** Adds reading, note and communities to someone already imported (the ego included). */
  enrich(id: PersonId, fields: Omit<PersonFields, "name"> & { name?: string }): void {
    const p = this.people.get(id);
    if (!p) return;
    if (id === this.egoId && fields.name && cleanName(fields.name)) p.name = cleanName(fields.name);
    if (fields.reading && cleanName(fields.reading) && !p.reading) p.reading = cleanName(fields.reading);
    const note = fields.note?.trim();
    if (note && p.note !== note) p.note = p.note && !p.note.includes(note) ? `${p.note}\n${note}` : note;
    for (const c of fields.communities ?? []) {
      if (!c.name.trim()) continue;
      const cid = this.community(c.name, c.sphere);
      if (!p.communityIds.includes(cid)) p.communityIds = [...p.communityIds, cid];
    }
  }

  /** Creates or updates a tie; answers merge item by item, a later weight replaces an earlier one. */
  tie(a: PersonId, b: PersonId, input: { answers?: TieAnswers; weight?: number } = {}): TieId | undefined {
    if (a === b || !this.people.has(a) || !this.people.has(b)) return undefined;
    const id = tieId(a, b);
    const prev = this.ties.get(id);
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const weight = input.weight ?? prev?.weight;
    const answers = prev === undefined ? { ...input.answers } : { ...prev.answers, ...input.answers };
    // No array or spread per tie (an edge list makes thousands): the same entries in the same order.
    this.ties.set(id, weight === undefined ? { id, a: lo, b: hi, answers } : { id, a: lo, b: hi, answers, weight });
    return id;
  }

  hasPerson(id: PersonId): boolean {
    return this.people.has(id);
  }

  setPosition(id: PersonId, pos: Position): void {
    if (Number.isFinite(pos.x) && Number.isFinite(pos.y)) this.positions.set(id, pos);
  }

  personCount(): number {
    return this.people.size;
  }

  /** Ties with neither answers nor weight: the user should rate them. */
  unratedTies(): TieId[] {
    return [...this.ties.values()]
      .filter((t) => Object.keys(t.answers).length === 0 && t.weight === undefined)
      .map((t) => t.id);
  }

  build(now: string = new Date().toISOString()): MapDocument {
    const ego = this.people.get(this.egoId);
    const base = createDocument({
      id: mapId(`import-${Date.now().toString(36)}`),
      title: this.title,
      egoId: this.egoId,
      egoName: ego?.name || "You",
      now,
    });
    return {
      ...base,
      people: recordOf<PersonId, Person>(this.people),
      communities: recordOf<CommunityId, Community>(this.communities),
      ties: recordOf<TieId, Tie>(this.ties),
      positions: recordOf<PersonId, Position>(this.positions),
    };
  }
}

/**
 * The import of a list of contacts (everyone tied to the ego, no strengths yet): `warnings` the
 * reader collected, then how many duplicates were merged, if any.
 */
export function contactListImport(
  b: DocBuilder,
  format: ImportFormat,
  file: string,
  egoName: string | undefined,
  warnings: readonly ImportWarning[] = [],
  merged = b.duplicates,
): Result<ImportedMap, ImportError> {
  return ok({
    format,
    file,
    doc: b.build(),
    egoSource: egoName ? "option" : "placeholder",
    unratedTies: b.unratedTies(),
    warnings: merged > 0 ? [...warnings, { kind: "mergedDuplicates", count: merged }] : warnings,
  });
}
