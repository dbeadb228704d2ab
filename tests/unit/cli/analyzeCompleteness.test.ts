// `npm run analyze` reports how much of the who-knows-whom is on record (spec addition K1).
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAnalyze, type CliIo, type CliReport } from "../../../src/cli/analyze";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function analyze(argv: string[]): { report: CliReport; line: string } {
  let stdout = "";
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => {
      throw new Error(t);
    },
    fileSize: (p) => statSync(resolve(ROOT, p)).size,
    readFile: (p) => readFileSync(resolve(ROOT, p)),
    writeFile: (p, t) => written.set(p, t),
  };
  expect(runAnalyze([...argv, "--no-diffusion", "--out", "r.json"], io)).toBe(0);
  return { report: JSON.parse(written.get("r.json") ?? "") as CliReport, line: stdout };
}

const summaryOf = (report: CliReport) => report.ego_analysis?.[report.input.ego ?? ""]?.summary;

describe("analyze: tie_data_completeness", () => {
  it("returns 0 for a LinkedIn export, which records no ties between contacts, and says so", () => {
    const { report, line } = analyze(["tests/fixtures/import/Connections.csv"]);
    const s = summaryOf(report);
    expect(s?.tie_data_completeness).toBe(0);
    expect(s?.tie_pairs_known).toBe(0);
    expect(s?.tie_pairs_total).toBe(((s?.n_alters ?? 0) * ((s?.n_alters ?? 0) - 1)) / 2);
    expect(line).toContain("ties known for 0% of pairs");
  });

  it("returns the sample map's real share: its ties and census answers over all pairs of contacts", () => {
    const raw = JSON.parse(readFileSync(resolve(ROOT, "data/sample-network.json"), "utf8")) as {
      document: { egoId: string; ties: Record<string, { a: string; b: string }>; censusNo?: string[] };
    };
    const doc = raw.document;
    const ties = Object.values(doc.ties);
    const alters = new Set(ties.flatMap((t) => (t.a === doc.egoId ? [t.b] : t.b === doc.egoId ? [t.a] : [])));
    const alterTies = ties.filter((t) => alters.has(t.a) && alters.has(t.b)).length;
    const n = alters.size;
    const { report } = analyze(["data/sample-network.json"]);
    const s = summaryOf(report);
    expect(s?.tie_pairs_total).toBe((n * (n - 1)) / 2);
    expect(s?.tie_pairs_known).toBe(alterTies + (doc.censusNo?.length ?? 0));
    expect(s?.tie_data_completeness).toBeCloseTo((s?.tie_pairs_known ?? 0) / (s?.tie_pairs_total ?? 1), 12);
    expect(s?.tie_data_completeness).toBeGreaterThan(0);
    expect(s?.tie_data_completeness).toBeLessThan(1);
  });

  it("returns 1 when the user vouches that the file records every tie (--ties-complete)", () => {
    const { report, line } = analyze(["tests/fixtures/import/ties.csv", "--ties-complete"]);
    expect(summaryOf(report)?.tie_data_completeness).toBe(1);
    expect(line).not.toContain("ties known for");
  });
});
