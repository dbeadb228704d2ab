// `analyze NEW --compare OLD`: the comparison's numbers are the two reports' own values.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAnalyze, type CliIo, type CliReport } from "../../../src/cli/analyze";
import { addCommunity, addPerson, setTie, type MapDocument } from "../../../src/domain/model";
import { serializeNative } from "../../../src/io/native/native";
import { C, OCCASIONALLY, OFTEN, P, RARELY, smallDoc } from "../domain/insights/helpers";

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    fileSize: (p) => statSync(p).size,
    readFile: (p) => readFileSync(p),
    writeFile: () => undefined,
  };
  return { code: runAnalyze(argv, io), stdout, stderr };
}

function write(dir: string, name: string, doc: MapDocument): string {
  const path = join(dir, name);
  writeFileSync(path, serializeNative(doc));
  return path;
}

describe("analyze --compare", () => {
  it("adds a comparison whose score deltas are the two reports' own values", () => {
    const dir = mkdtempSync(join(tmpdir(), "compare-"));
    const march = {
      ...smallDoc([["w", "work", ["a", "b"]]], { a: OFTEN, b: OCCASIONALLY }, [["a", "b"]]),
      updatedAt: "2026-03-01T00:00:00Z",
    };
    let june: MapDocument = addCommunity(march, { id: C("choir"), name: "Choir", sphere: "third" });
    for (const id of ["c", "d"]) {
      june = addPerson(june, { id: P(id), name: id.toUpperCase(), communityIds: [C("choir")] });
      june = setTie(june, { a: P("me"), b: P(id), answers: RARELY });
    }
    const oldFile = write(dir, "old.json", march);
    const newFile = write(dir, "new.json", { ...june, updatedAt: "2026-06-01T00:00:00Z" });
    const both = run([newFile, "--compare", oldFile, "--no-diffusion"]);
    expect(both.stderr).toBe("");
    const report = JSON.parse(both.stdout) as CliReport;
    const older = JSON.parse(run([oldFile, "--no-diffusion"]).stdout) as CliReport;
    const c = report.comparison;
    if (!c) throw new Error("no comparison");
    const summary = (r: CliReport) => r.ego_analysis?.me?.summary;
    const score = (key: string) => c.scores.find((s) => s.key === key);
    expect(score("bridging")?.before).toBe(summary(older)?.bridging_score);
    expect(score("bridging")?.after).toBe(summary(report)?.bridging_score);
    expect(score("diversity")?.delta).toBeCloseTo(
      (summary(report)?.diversity_score ?? NaN) - (summary(older)?.diversity_score ?? NaN),
      9,
    );
    expect(score("effectiveSize")?.after).toBe(summary(report)?.effective_size);
    expect(score("people")).toMatchObject({ before: summary(older)?.n_alters, after: summary(report)?.n_alters });
    expect(c.files).toEqual({ older: "old.json", newer: "new.json" });
    expect(c.people.added.map((p) => p.name)).toEqual(["C", "D"]);
    expect(c.sentences[0]).toBe("Since 2026-03-01 you joined 1 third place: Choir.");
    expect(c.sentences).toContain("2 new people in your map: C and D.");
  });

  it("fails with one line when the older file cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "compare-"));
    const newFile = write(dir, "new.json", smallDoc([], { a: OFTEN }));
    const res = run([newFile, "--compare", join(dir, "missing.json")]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^analyze: cannot read .*missing\.json \(ENOENT\)/);
  });
});
