// Property: for every importer, names and ids that are Object.prototype words ("__proto__",
// "constructor", "toString", …) mixed with ordinary Japanese and English names come through like
// any other name — every person, community and tie is imported, the document is valid, and every
// metric computes a finite result for every person.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentToGraph } from "../../../../src/domain/graph/toGraph";
import { computeAll } from "../../../../src/domain/metrics/computeAll";
import {
  checkInvariants,
  communityId,
  normaliseName,
  personId,
  tieId,
  type Community,
  type MapDocument,
  type Person,
  type Tie,
} from "../../../../src/domain/model";
import { serializeGexf, serializeGraphml, serializePeopleCsv, serializeTiesCsv } from "../../../../src/io/export";
import { importFile, type ImportFormat } from "../../../../src/io/import";
import { serializeNative } from "../../../../src/io/native";
import { NODE_OPTIONS } from "../import/helpers";

const WORDS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "Constructor"];
const NAMES = ["佐藤 結衣", "田中健", "やまだ はなこ", "Ken Sato", "Alice", "Bob Smith", "María José", "李 明"];
const POOL = [...WORDS, ...NAMES];

interface Spec {
  readonly people: readonly string[];
  readonly communities: readonly string[];
  /** Community indexes of each person. */
  readonly memberships: readonly (readonly number[])[];
  /** Person index pairs, i < j. */
  readonly ties: readonly (readonly [number, number])[];
}

const uniqueNames = (min: number, max: number) =>
  fc.uniqueArray(fc.constantFrom(...POOL), { minLength: min, maxLength: max, selector: normaliseName });

const specArb: fc.Arbitrary<Spec> = fc.tuple(uniqueNames(2, 8), uniqueNames(1, 4)).chain(([people, communities]) =>
  fc.record({
    people: fc.constant(people),
    communities: fc.constant(communities),
    memberships: fc.array(fc.uniqueArray(fc.nat(communities.length - 1), { maxLength: 2 }), {
      minLength: people.length,
      maxLength: people.length,
    }),
    ties: fc.uniqueArray(
      fc
        .tuple(fc.nat(people.length - 1), fc.nat(people.length - 1))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const))),
      { minLength: 1, maxLength: 12, selector: ([a, b]) => `${a}-${b}` },
    ),
  }),
);

/** The generated map: ids are the names themselves (so ids are prototype words too); the ego is the first. */
function documentOf(spec: Spec): MapDocument {
  const people = spec.people.map((name, i): Person => ({
    id: personId(name),
    name,
    communityIds: (spec.memberships[i] ?? []).map((c) => communityId(spec.communities[c] as string)),
  }));
  const communities = spec.communities.map((name): Community => ({ id: communityId(name), name, sphere: "third" }));
  const ties = spec.ties.map(([i, j]): Tie => {
    const [a, b] = [personId(spec.people[i] as string), personId(spec.people[j] as string)].sort() as [
      Person["id"],
      Person["id"],
    ];
    return { id: tieId(a, b), a, b, answers: { emotional: 3 } };
  });
  return {
    id: "m1" as MapDocument["id"],
    title: "map",
    egoId: personId(spec.people[0] as string),
    people: Object.fromEntries(people.map((p) => [p.id, p])),
    communities: Object.fromEntries(communities.map((c) => [c.id, c])),
    ties: Object.fromEntries(ties.map((t) => [t.id, t])),
    positions: {},
    censusNo: [],
    snapshots: [],
    actions: [],
    interview: null,
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
  };
}

const own = <V>(rec: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(rec, key) ? rec[key] : undefined;
const csvCell = (s: string): string => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
const communitiesOf = (spec: Spec, i: number): string[] =>
  (spec.memberships[i] ?? []).map((c) => spec.communities[c] as string);

interface Case {
  readonly file: string;
  readonly format: ImportFormat;
  readonly write: (spec: Spec, doc: MapDocument) => string;
  /** Which communities the format carries: all, each person's first one only, or none. */
  readonly communities: "all" | "first" | "none";
  /** Whether ties between people (not only to the user) survive the format. */
  readonly ties: boolean;
  /** A tie list carries only the people who have a tie. */
  readonly onlyTied?: boolean;
}

const CASES: readonly Case[] = [
  { file: "map.json", format: "native", write: (_s, d) => serializeNative(d), communities: "all", ties: true },
  { file: "people.csv", format: "csvPeople", write: (_s, d) => serializePeopleCsv(d), communities: "all", ties: false },
  {
    file: "ties.csv",
    format: "csvTies",
    write: (_s, d) => serializeTiesCsv(d),
    communities: "none",
    ties: true,
    onlyTied: true,
  },
  {
    file: "edges.csv",
    format: "csvTies",
    write: (s) => ["source,target", ...s.ties.map(([i, j]) => `${s.people[i]},${s.people[j]}`)].join("\n"),
    communities: "none",
    ties: true,
    onlyTied: true,
  },
  {
    file: "Connections.csv",
    format: "linkedin",
    write: (s) =>
      [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        ...s.people.map((p, i) =>
          [p, "", "", "", communitiesOf(s, i)[0] ?? "", "", "01 Jan 2024"].map(csvCell).join(","),
        ),
      ].join("\n"),
    communities: "first",
    ties: false,
  },
  {
    file: "contacts.vcf",
    format: "vcard",
    write: (s) =>
      s.people
        .map((p, i) => {
          const cats = communitiesOf(s, i);
          return ["BEGIN:VCARD", "VERSION:3.0", `FN:${p}`, ...(cats.length ? [`CATEGORIES:${cats.join(",")}`] : [])]
            .concat("END:VCARD")
            .join("\r\n");
        })
        .join("\r\n"),
    communities: "all",
    ties: false,
  },
  { file: "names.txt", format: "nameList", write: (s) => s.people.join("\n"), communities: "none", ties: false },
  { file: "map.gexf", format: "gexf", write: (_s, d) => serializeGexf(d), communities: "all", ties: true },
  { file: "map.graphml", format: "graphml", write: (_s, d) => serializeGraphml(d), communities: "all", ties: true },
  {
    file: "graph.json",
    format: "graphologyJson",
    write: (_s, d) => JSON.stringify(documentToGraph(d).graph.export()),
    communities: "all",
    ties: true,
  },
];

const finiteOrNull = (value: unknown): boolean =>
  value === null ||
  typeof value === "boolean" ||
  typeof value === "string" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  (typeof value === "object" && Object.values(value).every(finiteOrNull));

describe("every importer with Object.prototype words as names and ids", () => {
  it.each(CASES)("$format ($file): every person, community and tie; valid; finite metrics", (c) => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const text = c.write(spec, documentOf(spec));
        const r = importFile(c.file, new TextEncoder().encode(text), NODE_OPTIONS);
        if (!r.ok) throw new Error(`${c.file} refused: ${JSON.stringify(r.error)}\n${text}`);
        expect(r.value.format).toBe(c.format);
        const doc = r.value.doc;
        expect(checkInvariants(doc)).toEqual([]);

        const people = Object.values(doc.people);
        const byName = new Map(people.map((p) => [p.name, p]));
        const tied = new Set(spec.ties.flat());
        const expectedPeople = spec.people.filter((_p, i) => !c.onlyTied || tied.has(i));
        for (const name of expectedPeople) expect(byName.has(name), `person ${name}`).toBe(true);

        const communityNames = Object.values(doc.communities).map((x) => x.name);
        const wanted =
          c.communities === "all"
            ? spec.people.flatMap((_p, i) => communitiesOf(spec, i))
            : c.communities === "first"
              ? spec.people.flatMap((_p, i) => communitiesOf(spec, i).slice(0, 1))
              : [];
        for (const name of wanted) expect(communityNames, `community ${name}`).toContain(name);
        if (c.communities !== "none") {
          spec.people.forEach((name, i) => {
            const joined = (byName.get(name)?.communityIds ?? []).map((id) => own(doc.communities, id)?.name);
            const expected = c.communities === "first" ? communitiesOf(spec, i).slice(0, 1) : communitiesOf(spec, i);
            for (const x of expected) expect(joined, `${name} in ${x}`).toContain(x);
          });
        }

        if (c.ties) {
          for (const [i, j] of spec.ties) {
            const a = byName.get(spec.people[i] as string);
            const b = byName.get(spec.people[j] as string);
            expect(a && b && own(doc.ties, tieId(a.id, b.id)), `tie ${spec.people[i]}–${spec.people[j]}`).toBeTruthy();
          }
        }

        const { graph, egoId } = documentToGraph(doc);
        const report = computeAll(graph, { egoId, diffusion: false });
        for (const p of people) {
          expect(Object.hasOwn(report.node_metrics, p.id), `metrics of ${p.id}`).toBe(true);
          expect(finiteOrNull(report.node_metrics[p.id]), `finite metrics of ${p.id}`).toBe(true);
        }
        expect(finiteOrNull(report.graph_metrics)).toBe(true);
        const ego = report.ego_analysis?.[egoId];
        expect(ego?.ego).toBe(egoId);
        expect(finiteOrNull(ego?.summary)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
