// graphology graph → MapDocument, reading the attribute names of documentToGraph and of common
// tools: node label | name | Label (else the key), communities | community | group |
// modularity_class (Gephi), spheres | sphere | community_type, reading, note | description (yEd),
// x/y; yEd group nodes are not people (their members carry them as communities); edge
// `dimensions` or flat Granovetter items (frequency_per_year, emotional, …), `rating`, `weight`.
// As in documentToGraph: an edge with dimensions takes its strength from them (weight is derived);
// otherwise weight is the 0..1 rating, scaled by the file's largest weight when that exceeds 1.
import type { AbstractGraph, Attributes } from "graphology-types";
import {
  getOwn,
  type FrequencyCategory,
  type Likert,
  type PersonId,
  type Sphere,
  type TieAnswers,
  type TieId,
} from "../../domain/model";
import { DocBuilder } from "./docBuilder";
import { splitList } from "./splitList";
import type { EgoSource, ImportWarning } from "./types";

export interface GraphToDocumentOptions {
  /** Key of the node that is the user; else a node with role "ego"; else a placeholder "You". */
  readonly egoId?: string;
  readonly title?: string;
  readonly egoName?: string;
}

export interface GraphConversion {
  readonly doc: ReturnType<DocBuilder["build"]>;
  readonly egoSource: EgoSource;
  readonly unratedTies: readonly TieId[];
  readonly warnings: readonly ImportWarning[];
}

const FLAT_DIMS = ["frequency_per_year", "frequency_category", "emotional", "intimacy", "services"] as const;
const CATEGORIES: readonly FrequencyCategory[] = ["often", "occasionally", "rarely"];
const SPHERE_OF: Readonly<Record<string, Sphere>> = {
  family: "family",
  work: "work",
  workplace: "work",
  third: "third",
};

const str = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : "";
const numOf = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const likert = (v: unknown): Likert | undefined => {
  const n = numOf(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Likert) : undefined;
};

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter(Boolean);
  return splitList(str(v));
}

function answersOf(a: Attributes): { answers: TieAnswers; hasDims: boolean } {
  const nested = a.dimensions !== null && typeof a.dimensions === "object" ? (a.dimensions as Attributes) : undefined;
  const src: Attributes = nested ?? a;
  const hasDims =
    nested !== undefined ||
    a.has_dimensions === true ||
    a.has_dimensions === "true" ||
    FLAT_DIMS.some((k) => a[k] !== undefined && a[k] !== "");
  const answers: { -readonly [K in keyof TieAnswers]: TieAnswers[K] } = {};
  const f = numOf(src.frequency_per_year);
  if (f !== undefined && f >= 0) answers.frequencyPerYear = f;
  const cat = str(src.frequency_category) as FrequencyCategory;
  if (CATEGORIES.includes(cat)) answers.frequencyCategory = cat;
  for (const k of ["emotional", "intimacy", "services"] as const) {
    const v = likert(src[k]);
    if (v !== undefined) answers[k] = v;
  }
  return { answers, hasDims };
}

/** A yEd group or folder node (graphmlExtended.ts): its members carry it as a community. */
const isGroupNode = (a: Attributes): boolean =>
  a["yfiles.foldertype"] === "group" || a["yfiles.foldertype"] === "folder";

export function graphToDocument(graph: AbstractGraph, options: GraphToDocumentOptions = {}): GraphConversion {
  const nodes = graph.nodes();
  const fileEgo = nodes.find((n) => graph.getNodeAttribute(n, "role") === "ego");
  const chosen = options.egoId !== undefined && graph.hasNode(options.egoId) ? options.egoId : undefined;
  const egoKey = chosen ?? fileEgo;
  const egoSource: EgoSource = chosen ? "option" : fileEgo ? "file" : "placeholder";
  const nameOf = (key: string, a: Attributes): string =>
    (str(a.label) || str(a.name) || str(a.Label) || str(a.Name) || key).slice(0, 500);
  const egoAttrs = egoKey !== undefined ? graph.getNodeAttributes(egoKey) : {};
  const b = new DocBuilder(options.title ?? str(graph.getAttribute("title")), {
    name: egoKey !== undefined ? nameOf(egoKey, egoAttrs) : (options.egoName ?? "You"),
    // A placeholder ego must not take the id of a node that is someone else.
    id: egoKey ?? (graph.hasNode("ego") ? `ego-${nodes.length}` : "ego"),
  });
  const ids = new Map<string, PersonId>();
  graph.forEachNode((key, a) => {
    if (isGroupNode(a)) return;
    const names = [...listOf(a.communities), ...listOf(a.community), ...listOf(a.Community), ...listOf(a.group)];
    if (names.length === 0 && a.modularity_class !== undefined) names.push(`Group ${str(a.modularity_class)}`);
    const spheres = listOf(a.spheres).map((s) => getOwn(SPHERE_OF, s.toLowerCase()));
    const fallback =
      getOwn(SPHERE_OF, str(a.sphere).toLowerCase()) ??
      getOwn(SPHERE_OF, str(a.community_type).toLowerCase()) ??
      "third";
    const fields = {
      name: nameOf(key, a),
      reading: str(a.reading),
      note: str(a.note) || str(a.description),
      communities: names.map((name, i) => ({ name, sphere: spheres[i] ?? fallback })),
    };
    const id = key === egoKey ? b.egoId : b.addPerson({ ...fields, id: key });
    if (key === egoKey) b.enrich(id, fields);
    ids.set(key, id);
    const x = numOf(a.x);
    const y = numOf(a.y);
    if (x !== undefined && y !== undefined) b.setPosition(id, { x, y });
  });
  const warnings: ImportWarning[] = [];
  let maxWeight = 0;
  graph.forEachEdge((_e, a) => {
    const w = numOf(a.weight);
    if (!answersOf(a).hasDims && w !== undefined) maxWeight = Math.max(maxWeight, w);
  });
  const scale = maxWeight > 1 ? maxWeight : 1;
  if (scale > 1) warnings.push({ kind: "weightsScaled", max: maxWeight });
  let skipped = 0;
  graph.forEachEdge((_e, a, source, target) => {
    const s = ids.get(source);
    const t = ids.get(target);
    if (!s || !t || s === t) {
      skipped++;
      return;
    }
    const { answers, hasDims } = answersOf(a);
    const rating = numOf(a.rating);
    const w = numOf(a.weight);
    const weight = rating !== undefined ? rating : !hasDims && w !== undefined ? w / scale : undefined;
    b.tie(s, t, {
      answers,
      ...(weight !== undefined && weight >= 0 && weight <= 1 ? { weight } : {}),
    });
  });
  if (skipped > 0) warnings.push({ kind: "skippedEdges", count: skipped });
  return { doc: b.build(), egoSource, unratedTies: b.unratedTies(), warnings };
}
