// The compact form of a shared map inside a link (link format 1): arrays instead of records keyed
// by id, people and communities referred to by their index, positions rounded to whole layout
// units (a ring is 100). Half the length of the native file deflated the same way (measured on
// the sample: 2,600 against 4,100 characters; 150 people: 7,100 against 14,000). Decoding rebuilds
// a native file and reads it with the native parser, so a link is validated (schema, invariants)
// exactly like a file.
import {
  communityId,
  personId,
  tieId,
  type CommunityId,
  type CommunityProfile,
  type MapDocument,
  type PersonId,
  type Sphere,
  type TieAnswers,
} from "../../domain/model";
import { err, ok, type Result } from "../../domain/result";
import { NATIVE_FORMAT, NATIVE_VERSION, parseNative } from "../native";
import type { NativeParseError } from "../native";

type PersonRow = [name: string, reading: string | 0, communities: number[]];
type CommunityRow = [name: string, sphere: Sphere, profile: CommunityProfile | 0];
type TieRow = [a: number, b: number, answers: TieAnswers, weight: number | -1];
type PositionRow = [person: number, x: number, y: number, byLayout: 0 | 1];

/** The ego is person 0. */
export interface SharePayload {
  readonly t: string;
  /** updatedAt of the map. */
  readonly d: string;
  readonly p: PersonRow[];
  readonly c: CommunityRow[];
  readonly e: TieRow[];
  readonly x: PositionRow[];
  /** Pairs answered "they do not know each other" (they count as recorded). */
  readonly n: [number, number][];
}

/**
 * The order ids leave a map in (links here, anonymised files in io/export/neutralIds): the ego is
 * person 0, then the people and the communities in the document's order.
 */
export function shareIndex(doc: MapDocument): {
  readonly people: readonly MapDocument["people"][PersonId][];
  readonly communities: readonly MapDocument["communities"][CommunityId][];
  readonly pIndex: ReadonlyMap<string, number>;
  readonly cIndex: ReadonlyMap<string, number>;
  /** The two people of a censusNo pair (no tie: its id is "a~b", and ids may contain "~"). */
  readonly pairOf: (id: string) => [number, number] | null;
} {
  const people = Object.values(doc.people).sort((a, b) => Number(b.id === doc.egoId) - Number(a.id === doc.egoId));
  const communities = Object.values(doc.communities);
  const pIndex = new Map<string, number>(people.map((p, i) => [p.id, i]));
  const cIndex = new Map<string, number>(communities.map((c, i) => [c.id, i]));
  const pairOf = (id: string): [number, number] | null => {
    for (let i = id.indexOf("~"); i >= 0; i = id.indexOf("~", i + 1)) {
      const a = pIndex.get(id.slice(0, i));
      const b = pIndex.get(id.slice(i + 1));
      if (a !== undefined && b !== undefined) return [a, b];
    }
    return null;
  };
  return { people, communities, pIndex, cIndex, pairOf };
}

export function toSharePayload(doc: MapDocument): SharePayload {
  const { people, communities, pIndex, cIndex, pairOf } = shareIndex(doc);
  const pi = (id: string): number => pIndex.get(id) ?? -1;
  return {
    t: doc.title,
    d: doc.updatedAt,
    p: people.map((p) => [p.name, p.reading ?? 0, p.communityIds.map((c) => cIndex.get(c) ?? -1)]),
    c: communities.map((c) => [c.name, c.sphere, c.profile ?? 0]),
    e: Object.values(doc.ties).map((t) => [pi(t.a), pi(t.b), t.answers, t.weight ?? -1]),
    x: Object.entries(doc.positions).flatMap(([id, p]): PositionRow[] => {
      const i = pIndex.get(id);
      if (i === undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return [];
      return [[i, Math.round(p.x), Math.round(p.y), p.source === "layout" ? 1 : 0]];
    }),
    n: doc.censusNo.flatMap((id) => {
      const pair = pairOf(id);
      return pair ? [pair] : [];
    }),
  };
}

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
/** The neutral id of the i-th person ("p0" is the ego) and community of a link or anonymised file. */
export const pid = (i: unknown) => personId(`p${String(i)}`);
export const cid = (i: unknown) => communityId(`c${String(i)}`);

/** Rebuilds the native file; shapes the native schema would reject are left for it to reject. */
function toNativeFile(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (!isArray(s.p) || !isArray(s.c) || !isArray(s.e) || !isArray(s.x) || !isArray(s.n)) return null;
  if (!s.p.every(isArray) || !s.c.every(isArray) || !s.e.every(isArray) || !s.x.every(isArray)) return null;
  if (!s.n.every(isArray)) return null;
  const rows = <T>(list: unknown[][], f: (row: unknown[], i: number) => [string, T]) => Object.fromEntries(list.map(f));
  const date = typeof s.d === "string" ? s.d : new Date(0).toISOString();
  return {
    format: NATIVE_FORMAT,
    formatVersion: NATIVE_VERSION,
    document: {
      id: "shared",
      title: s.t,
      egoId: pid(0),
      people: rows(s.p as unknown[][], ([name, reading, cs], i) => [
        pid(i),
        {
          id: pid(i),
          name,
          ...(reading ? { reading } : {}),
          communityIds: isArray(cs) ? cs.map(cid) : cs,
        },
      ]),
      communities: rows(s.c as unknown[][], ([name, sphere, profile], i) => [
        cid(i),
        { id: cid(i), name, sphere, ...(profile ? { profile } : {}) },
      ]),
      ties: rows(s.e as unknown[][], ([a, b, answers, weight]) => {
        const [x, y] = [pid(a), pid(b)].sort();
        const id = tieId(pid(a), pid(b));
        return [id, { id, a: x, b: y, answers, ...(weight === -1 ? {} : { weight }) }];
      }),
      positions: rows(s.x as unknown[][], ([i, x, y, layout]) => [
        pid(i),
        { x, y, ...(layout === 1 ? { source: "layout" } : {}) },
      ]),
      censusNo: (s.n as unknown[][]).map(([a, b]) => tieId(pid(a), pid(b))),
      interview: null,
      snapshots: [],
      actions: [],
      createdAt: date,
      updatedAt: date,
    },
  };
}

/** The map of a decoded payload, validated like a native file. */
export function fromSharePayload(raw: unknown): Result<MapDocument, NativeParseError> {
  const file = toNativeFile(raw);
  if (file === null) return err({ kind: "notOurFormat" });
  const parsed = parseNative(JSON.stringify(file));
  return parsed.ok ? ok(parsed.value) : parsed;
}
