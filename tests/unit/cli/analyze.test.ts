import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs, runAnalyze, type CliIo, type CliReport } from "../../../src/cli/analyze";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const GRAPHS = "tests/fixtures/graphs";
const IMPORT = "tests/fixtures/import";

function spawnAnalyze(args: string[]): { status: number | null; stdout: string; stderr: string[] } {
  const res = spawnSync("npx", ["tsx", "src/cli/analyze.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  const stderr = res.stderr
    .trim()
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("npm warn"));
  return { status: res.status, stdout: res.stdout, stderr };
}

function labels(report: CliReport, ids: readonly string[]): string[] {
  const { labels } = report.input;
  return ids.map((id) => (Object.hasOwn(labels, id) ? (labels[id] ?? id) : id));
}

function run(argv: string[]): { code: number; stdout: string; stderr: string; written: Map<string, string> } {
  let stdout = "";
  let stderr = "";
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    fileSize: (p) => statSync(resolve(ROOT, p)).size,
    readFile: (p) => readFileSync(resolve(ROOT, p)),
    writeFile: (p, t) => written.set(p, t),
  };
  return { code: runAnalyze(argv, io), stdout, stderr, written };
}

describe("analyze CLI (spawned with tsx)", () => {
  it("returns one JSON report on stdout for a GEXF file with a role=ego node", () => {
    const res = spawnSync("npx", ["tsx", "src/cli/analyze.ts", `${GRAPHS}/star.gexf`, "--samples", "500"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as CliReport;
    expect(report.input).toMatchObject({ file: "star.gexf", format: "gexf", ego: "me" });
    expect(report.ego_analysis?.me?.summary.n_alters).toBe(3);
  });

  it("returns exit code 1 and a one-line message without a stack trace for a broken file", () => {
    const res = spawnSync("npx", ["tsx", "src/cli/analyze.ts", `${GRAPHS}/broken.gexf`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(
      res.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("npm warn")),
    ).toEqual([expect.stringMatching(/^analyze: broken\.gexf:5: The XML is malformed/)]);
  });
});

describe("analyze CLI on the app's importers (spawned with tsx)", () => {
  it("reads a LinkedIn Connections.csv: the placeholder ego and one tie per connection", () => {
    const res = spawnAnalyze([`${IMPORT}/Connections.csv`, "--no-diffusion"]);
    expect(res.stderr).toEqual([]);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as CliReport;
    expect(report.input.format).toBe("linkedin");
    expect(report.graph_metrics).toMatchObject({ n_nodes: 6, n_edges: 5 });
    const ego = report.input.ego ?? "";
    expect(report.ego_analysis?.[ego]?.summary.n_alters).toBe(5);
    expect(labels(report, report.ego_analysis?.[ego]?.alters ?? [])).toContain("Haruto Suzuki");
  });

  it("reads a vCard file and takes --ego as a person's name", () => {
    const res = spawnAnalyze([`${IMPORT}/google.vcf`, "--no-diffusion", "--ego", "Aiko Tanaka"]);
    expect(res.stderr).toEqual([]);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as CliReport;
    expect(report.input.format).toBe("vcard");
    expect(report.graph_metrics).toMatchObject({ n_nodes: 3, n_edges: 2 });
    expect(labels(report, [report.input.ego ?? ""])).toEqual(["Aiko Tanaka"]);
  });

  it("returns exit code 1 and one plain-language line for a corrupt contacts file", () => {
    const dir = mkdtempSync(join(tmpdir(), "analyze-"));
    const file = join(dir, "contacts.vcf");
    writeFileSync(file, Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xd8, 0x41]));
    const res = spawnAnalyze([file]);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toEqual([
      expect.stringMatching(/^analyze: contacts\.vcf is not text in UTF-8, Shift_JIS or Windows-1252/),
    ]);
  });
});

describe("analyze CLI size limit", () => {
  it("returns exit code 1 and one line naming the size and the limit for a 200 MB file (spawned)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "analyze-big-")), "big.csv");
    writeFileSync(file, "source,target\n");
    truncateSync(file, 200_000_000);
    const res = spawnAnalyze([file]);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toEqual([
      "analyze: big.csv is 200.0 MB; the limit is 20 MB. Split the file or remove columns you do not need.",
    ]);
  });

  it.each(["big.gexf", "edges.csv", "map.json"])("refuses %s from its size without reading it", (name) => {
    let stderr = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      fileSize: () => 200_000_000,
      readFile: () => {
        throw new Error("read a file that is over the limit");
      },
      writeFile: () => undefined,
    };
    expect(runAnalyze([`/data/${name}`], io)).toBe(1);
    expect(stderr).toMatch(
      new RegExp(`^analyze: ${name.replace(".", "\\.")} is 200\\.0 MB; the limit is (20|50) MB\\.`),
    );
  });
});

describe("runAnalyze", () => {
  it.each([
    ["people-bom.csv", "csvPeople", 3],
    ["people-ja.sjis.csv", "csvPeople", 5],
    ["ties.csv", "csvTies", 5],
    ["names.txt", "nameList", 5],
    ["apple.vcf", "vcard", undefined],
    ["with-map.png", "png", 2],
  ])("reads %s through the importers as %s", (name, format, people) => {
    const { code, stdout, stderr } = run([`${IMPORT}/${name}`, "--no-diffusion"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CliReport;
    expect(report.input.format).toBe(format);
    if (people !== undefined) expect(report.graph_metrics.n_nodes).toBe(people);
    expect(report.input.ego).not.toBeNull();
  });

  it.each([
    [`${IMPORT}/plain.png`, /^analyze: plain\.png is an image without editable map data/],
    [`${GRAPHS}/page.xml`, /^analyze: page\.xml is not a format Tsunagari can import/],
    [`${GRAPHS}/broken.json`, /^analyze: broken\.json:7: The file is not valid JSON/],
  ])("returns exit code 1 with the importer's message for %s", (file, message) => {
    const { code, stdout, stderr } = run([file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each(["star.graphml", "star.graphology.json", "star.tsunagari.json"])("returns the ego analysis of %s", (name) => {
    const { code, stdout } = run([`${GRAPHS}/${name}`, "--no-diffusion"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CliReport;
    expect(report.input.ego).toBe("me");
    expect(report.ego_analysis?.me?.alters).toEqual(["ana", "ben", "cy"]);
    expect(report.ego_analysis?.me?.diffusion).toBeUndefined();
  });

  it.each(["star.csv", "star-noheader.tsv"])('returns the ego analysis of "me" in the edge list %s', (name) => {
    const report = JSON.parse(run([`${GRAPHS}/${name}`, "--no-diffusion"]).stdout) as CliReport;
    const ego = report.ego_analysis?.[report.input.ego ?? ""];
    expect(report.input.format).toBe("csvTies");
    expect(report.graph_metrics).toMatchObject({ n_nodes: 4, n_edges: 4 });
    expect(labels(report, ego?.alters ?? [])).toEqual(["ana", "ben", "cy"]);
  });

  it('returns the ego analysis of the person named by --ego, "me" included', () => {
    const ben = JSON.parse(run([`${GRAPHS}/star.csv`, "--ego", "ben", "--no-diffusion"]).stdout) as CliReport;
    expect(labels(ben, [ben.input.ego ?? ""])).toEqual(["ben"]);
    expect(ben.ego_analysis?.[ben.input.ego ?? ""]?.summary.n_alters).toBe(2);
    const me = JSON.parse(run([`${GRAPHS}/star.csv`, "--ego", "me", "--samples", "1000"]).stdout) as CliReport;
    expect(me.ego_analysis?.[me.input.ego ?? ""]?.diffusion?.samples).toBe(1000);
  });

  it("returns no ego analysis and no placeholder person for an edge list that names no ego", () => {
    const file = join(mkdtempSync(join(tmpdir(), "analyze-")), "chain.csv");
    writeFileSync(file, "from,to\nAiko,Ben\nBen,Chloe\n");
    const report = JSON.parse(run([file]).stdout) as CliReport;
    expect(report.input.ego).toBeNull();
    expect(report.ego_analysis).toBeUndefined();
    expect(Object.values(report.input.labels).sort()).toEqual(["Aiko", "Ben", "Chloe"]);
    expect(report.graph_metrics).toMatchObject({ n_nodes: 3, n_edges: 2 });
  });

  it.each([
    ["ties.csv", "source,target,weight\nme,__proto__,0.5\nme,constructor,0.8\n__proto__,constructor,0.3\n"],
    [
      "graph.json",
      JSON.stringify({
        nodes: [{ key: "__proto__" }, { key: "constructor" }, { key: "me", attributes: { role: "ego" } }],
        edges: [
          { source: "me", target: "__proto__", weight: 0.5 },
          { source: "me", target: "constructor", weight: 0.8 },
          { source: "__proto__", target: "constructor", weight: 0.3 },
        ],
      }),
    ],
  ])("returns people called __proto__ and constructor from %s like anyone else", (name, text) => {
    const file = join(mkdtempSync(join(tmpdir(), "analyze-")), name);
    writeFileSync(file, text);
    const { code, stdout, stderr } = run([file, "--ego", "constructor", "--no-diffusion"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CliReport;
    expect(report.graph_metrics).toMatchObject({ n_nodes: 3, n_edges: 3 });
    expect(labels(report, [report.input.ego ?? ""])).toEqual(["constructor"]);
    expect(labels(report, report.ego_analysis?.[report.input.ego ?? ""]?.alters ?? [])).toContain("__proto__");
  });

  it("returns the names of an igraph GraphML whose nodes carry them in a name attribute", () => {
    const { code, stdout } = run([`${IMPORT}/igraph.graphml`, "--ego", "Lucas Dubois", "--no-diffusion"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CliReport;
    expect(Object.values(report.input.labels).sort()).toEqual(["Lucas Dubois", "Priya Nair", "山田 花子"]);
    expect(labels(report, report.ego_analysis?.[report.input.ego ?? ""]?.alters ?? []).sort()).toEqual([
      "Priya Nair",
      "山田 花子",
    ]);
  });

  it("writes the report to --out and prints a one-line summary", () => {
    const { code, stdout, written } = run([`${GRAPHS}/star.tsunagari.json`, "--out", "report.json", "--no-diffusion"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote report\.json: star\.tsunagari\.json \(native\), 4 people, 4 ties; ego "Me": 3 contacts, .*, top Ana, Cy, Ben\.\n/u,
    );
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect((JSON.parse(written.get("report.json") ?? "{}") as CliReport).graph_metrics.n_nodes).toBe(4);
  });

  it.each([
    [[`${GRAPHS}/star.csv`, "--ego", "nobody"], /the ego "nobody" is not a person/],
    [[`${GRAPHS}/missing.csv`], /cannot read .*missing\.csv \(ENOENT\)/],
    [[`${GRAPHS}/bad-weight.csv`], /^analyze: bad-weight\.csv:3 \(weight\): "lots" is not a strength from 0 to 1/],
    [[`${GRAPHS}/unknown-node.json`], /^analyze: unknown-node\.json \(edges\[0\]\.target\): The edge refers to "zed"/],
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
      tiesComplete: false,
    });
  });
});
