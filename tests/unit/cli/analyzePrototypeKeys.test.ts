// The command line with node ids that are Object.prototype words: every node and tie is analysed.
import { describe, expect, it } from "vitest";
import { runAnalyze, type CliReport } from "../../../src/cli/analyze";

function analyse(name: string, text: string): { code: number; report: CliReport | null; stderr: string } {
  let stdout = "";
  let stderr = "";
  const code = runAnalyze([name, "--no-diffusion"], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    fileSize: () => text.length,
    readFile: () => new TextEncoder().encode(text),
    writeFile: () => undefined,
  });
  return { code, report: code === 0 ? (JSON.parse(stdout) as CliReport) : null, stderr };
}

/** Each node's name: its label where the report gives one (an own key: JSON.parse makes them own). */
const namesOf = (report: CliReport | null): string[] => {
  const labels = report?.input.labels ?? {};
  return Object.keys(report?.node_metrics ?? {}).map((id) => (Object.hasOwn(labels, id) ? labels[id] : id) ?? id);
};

describe("analyze CLI with prototype-word node ids", () => {
  it("analyses an edge list __proto__–constructor–toString with both ties", () => {
    const { code, report, stderr } = analyse("edges.csv", "__proto__,constructor\nconstructor,toString\n");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(report?.graph_metrics).toMatchObject({ n_nodes: 3, n_edges: 2 });
    expect(namesOf(report).sort()).toEqual(["__proto__", "constructor", "toString"]);
  });

  it("analyses a graphology JSON file with an ego tied to __proto__, constructor and valueOf", () => {
    const json = JSON.stringify({
      nodes: ["me", "__proto__", "constructor", "valueOf"].map((key) => ({
        key,
        attributes: key === "me" ? { role: "ego" } : {},
      })),
      edges: [
        { source: "me", target: "__proto__" },
        { source: "me", target: "constructor" },
        { source: "me", target: "valueOf" },
        { source: "__proto__", target: "constructor" },
      ],
    });
    const { code, report, stderr } = analyse("graph.json", json);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(report?.graph_metrics).toMatchObject({ n_nodes: 4, n_edges: 4 });
    expect(namesOf(report).sort()).toEqual(["__proto__", "constructor", "me", "valueOf"]);
    expect(report?.input.ego).toBe("me");
    expect(report?.ego_analysis?.me?.summary.n_alters).toBe(3);
    expect(report?.ego_analysis?.me?.summary.n_alter_ties).toBe(1);
  });
});
