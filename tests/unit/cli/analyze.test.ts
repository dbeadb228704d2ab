import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs, runAnalyze, type CliIo, type CliReport } from "../../../src/cli/analyze";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const GRAPHS = "tests/fixtures/graphs";

function run(argv: string[]): { code: number; stdout: string; stderr: string; written: Map<string, string> } {
  let stdout = "";
  let stderr = "";
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(resolve(ROOT, p), "utf8"),
    writeFile: (p, t) => written.set(p, t),
  };
  return { code: runAnalyze(argv, io), stdout, stderr, written };
}

describe("analyze CLI (spawned with tsx)", () => {
  it("returns one JSON report on stdout for a GEXF file with a role=ego node", () => {
    const res = spawnSync("npx", ["tsx", "src/cli/analyze.ts", `${GRAPHS}/star.gexf`, "--samples", "500"], { cwd: ROOT, encoding: "utf8" });
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as CliReport;
    expect(report.input).toEqual({ file: "star.gexf", format: "gexf", ego: "me" });
    expect(report.ego_analysis?.me?.summary.n_alters).toBe(3);
  });

  it("returns exit code 1 and a one-line message without a stack trace for a broken file", () => {
    const res = spawnSync("npx", ["tsx", "src/cli/analyze.ts", `${GRAPHS}/broken.gexf`], { cwd: ROOT, encoding: "utf8" });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr.trim().split("\n").filter((l) => !l.startsWith("npm warn"))).toEqual([
      expect.stringMatching(/^analyze: broken\.gexf:5: The XML is malformed/),
    ]);
  });
});

describe("runAnalyze", () => {
  it.each(["star.graphml", "star.graphology.json", "star.tsunagari.json"])("returns the ego analysis of %s", (name) => {
    const { code, stdout } = run([`${GRAPHS}/${name}`, "--no-diffusion"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CliReport;
    expect(report.input.ego).toBe("me");
    expect(report.ego_analysis?.me?.alters).toEqual(["ana", "ben", "cy"]);
    expect(report.ego_analysis?.me?.diffusion).toBeUndefined();
  });

  it("returns no ego analysis for a CSV without --ego, and one with it", () => {
    expect((JSON.parse(run([`${GRAPHS}/star.csv`]).stdout) as CliReport).ego_analysis).toBeUndefined();
    const withEgo = JSON.parse(run([`${GRAPHS}/star.csv`, "--ego", "me", "--samples", "1000"]).stdout) as CliReport;
    expect(withEgo.ego_analysis?.me?.diffusion?.samples).toBe(1000);
  });

  it("writes the report to --out and prints a one-line summary", () => {
    const { code, stdout, written } = run([`${GRAPHS}/star.tsunagari.json`, "--out", "report.json", "--no-diffusion"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote report\.json: star\.tsunagari\.json \(native\), 4 people, 4 ties; ego "me": 3 contacts/);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect((JSON.parse(written.get("report.json") ?? "{}") as CliReport).graph_metrics.n_nodes).toBe(4);
  });

  it.each([
    [[`${GRAPHS}/star.csv`, "--ego", "nobody"], /the ego "nobody" is not a person/],
    [[`${GRAPHS}/missing.csv`], /cannot read .*missing\.csv \(ENOENT\)/],
    [[`${GRAPHS}/bad-weight.csv`], /bad-weight\.csv:3 \(weight\): The weight "lots"/],
    [[`${GRAPHS}/unknown-node.json`], /unknown-node\.json \(edges\[0\]\.target\)/],
    [[], /no FILE given/],
    [["a.csv", "--samples", "many"], /--samples needs a whole number/],
  ])("returns exit code 1 with one line on stderr for %j", (argv, message) => {
    const { code, stdout, stderr } = run(argv);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("parseArgs", () => {
  it("returns the file and flags in any order", () => {
    expect(parseArgs(["--ego", "x", "f.gexf", "--out", "r.json", "--seed", "4"])).toEqual({
      file: "f.gexf",
      ego: "x",
      out: "r.json",
      seed: 4,
      diffusion: true,
    });
  });
});
