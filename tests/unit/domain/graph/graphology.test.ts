// graphology with node keys that are Object.prototype words: graphs built through
// src/domain/graph/graphology see every edge, and no module bypasses that entry point.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import Graph, { UndirectedGraph } from "../../../../src/domain/graph/graphology";

const WORDS = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "isPrototypeOf"];

describe("prototype-safe graphology", () => {
  it("links each word to each other word exactly once, and answers hasEdge for present and absent pairs", () => {
    const g = new UndirectedGraph();
    for (const w of [...WORDS, "plain"]) g.addNode(w);
    for (let i = 0; i < WORDS.length; i++)
      for (let j = i + 1; j < WORDS.length; j++) g.addEdge(WORDS[i] as string, WORDS[j] as string);
    expect(g.size).toBe((WORDS.length * (WORDS.length - 1)) / 2);
    for (const w of WORDS) {
      expect(g.neighbors(w).sort()).toEqual(WORDS.filter((x) => x !== w).sort());
      expect(g.hasEdge(w, "plain")).toBe(false);
      expect(g.hasEdge("plain", w)).toBe(false);
      expect(g.hasUndirectedEdge(w, "plain")).toBe(false);
      expect(g.degree(w)).toBe(WORDS.length - 1);
    }
    expect(g.hasEdge("__proto__", "constructor")).toBe(true);
    expect(g.hasEdge("hasOwnProperty", "toString")).toBe(true);
    g.dropNode("__proto__");
    expect(g.hasEdge("constructor", "__proto__")).toBe(false);
    expect(g.neighbors("constructor")).not.toContain("__proto__");
  });

  it("keeps the words through copy, export/import and a mixed multi graph", () => {
    const g = new Graph({ type: "mixed", multi: true });
    g.mergeNode("__proto__");
    g.mergeNode("constructor");
    g.addDirectedEdge("__proto__", "constructor");
    g.addUndirectedEdge("constructor", "__proto__");
    g.addUndirectedEdge("constructor", "__proto__");
    expect(g.hasDirectedEdge("__proto__", "constructor")).toBe(true);
    expect(g.hasDirectedEdge("constructor", "__proto__")).toBe(false);
    expect(g.edges("__proto__", "constructor")).toHaveLength(3);
    const back = Graph.from(g.copy().export());
    expect(back.size).toBe(3);
    expect(back.hasUndirectedEdge("__proto__", "constructor")).toBe(true);
  });

  it("is the only src module that imports graph classes from graphology itself", () => {
    const root = resolve(__dirname, "../../../../src");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/u.test(name)) files.push(path);
      }
    };
    walk(root);
    const direct = files.filter((f) => /^import (?!type )[^;]*from "graphology";/mu.test(readFileSync(f, "utf8")));
    expect(direct.map((f) => relative(root, f))).toEqual(["domain/graph/graphology.ts"]);
  });
});
