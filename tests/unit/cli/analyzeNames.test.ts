import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runAnalyze, type CliIo, type CliReport } from "../../../src/cli/analyze";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function analyze(file: string): CliReport {
  let stdout = "";
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    fileSize: (p) => statSync(resolve(ROOT, p)).size,
    readFile: (p) => readFileSync(resolve(ROOT, p)),
    writeFile: () => undefined,
  };
  expect(runAnalyze([file, "--no-diffusion"], io)).toBe(0);
  return JSON.parse(stdout) as CliReport;
}

describe("analyze CLI labels of a Japanese LinkedIn export", () => {
  it("labels a row First Name 健太, Last Name 中村 as 中村 健太, family name first, and keeps Latin names given-first", () => {
    const report = analyze("tests/fixtures/import/Connections-ja.csv");
    const labels = Object.values(report.input.labels);
    expect(labels).toEqual(expect.arrayContaining(["中村 健太", "鈴木 花子", "さとう ゆい", "Anna Müller"]));
    expect(labels).not.toContain("健太 中村");
    const ego = report.input.ego ?? "";
    const alters = report.ego_analysis?.[ego]?.alters ?? [];
    expect(alters.map((id) => report.input.labels[id] ?? id)).toContain("中村 健太");
  });
});
