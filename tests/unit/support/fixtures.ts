// Reads the NetworkX reference fixtures from tests/fixtures/reference (the repository's copy,
// see PROVENANCE.md there) and builds graphology graphs from them. Tolerance rules are those of
// tests/fixtures/reference/README.md.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UndirectedGraph } from "graphology";
import { expect } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = resolve(here, "../../fixtures/reference");

export interface FixtureNode {
  id: string;
  attributes: Record<string, unknown>;
}
export interface FixtureEdge {
  source: string;
  target: string;
  weight?: number;
  dimensions?: Record<string, unknown>;
  [field: string]: unknown;
}
export interface Fixture {
  name: string;
  weighted: boolean;
  nodes: FixtureNode[];
  edges: FixtureEdge[];
  raw_edges?: FixtureEdge[];
  node_metrics: Record<string, Record<string, unknown>>;
  edge_metrics: FixtureEdge[];
  graph_metrics: Record<string, unknown>;
  attribute_metrics?: Record<string, unknown>;
  ego_analysis?: Record<string, Record<string, unknown>>;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export function loadFixture(file: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, file), "utf8")) as Fixture;
}

/** The fixture's (already preprocessed) graph, with node attributes and edge weight/dimensions. */
export function fixtureGraph(fx: Fixture, edges: FixtureEdge[] = fx.edges): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of fx.nodes) g.addNode(n.id, { ...n.attributes });
  for (const e of edges) {
    const attrs: Record<string, unknown> = {};
    if (e.weight !== undefined) attrs.weight = e.weight;
    if (e.dimensions !== undefined) attrs.dimensions = e.dimensions;
    g.addUndirectedEdge(e.source, e.target, attrs);
  }
  return g;
}

/** |actual − expected| ≤ 1e-9 · max(1, |expected|); exact for non-numbers; span null ⇔ ∞. */
export function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const tol = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tol)) {
      expect.fail(`${where}: expected ${expected}, got ${actual} (tolerance ${tol})`);
    }
    return;
  }
  expect(actual, where).toEqual(expected);
}
