// The conventions of the architecture guide that lint enforces by itself.
import { describe, expect, it } from "vitest";
import { probeLinter } from "../support/eslint";

const eslint = probeLinter();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "parse");
}

describe("lint conventions", () => {
  it("refuses focused and skipped tests, which make CI prove less than it seems", async () => {
    // The probes are assembled from parts so that a grep for focused tests finds none in this file.
    const probe = (callee: string, modifier: string) => `${callee}.${modifier}("a", () => {});`;
    for (const call of [probe("it", "only"), probe("test.describe", "skip"), probe("describe", "only")])
      expect(await ruleIds("tests/unit/probe.test.ts", call)).toContain("no-restricted-syntax");
    expect(await ruleIds("tests/unit/probe.test.ts", 'it("a", () => {});')).not.toContain("no-restricted-syntax");
  });

  it("refuses enums in favour of string-literal unions", async () => {
    expect(
      await ruleIds("src/domain/model/probe.ts", "enum Sphere { Family }\nexport const s = Sphere.Family;\n"),
    ).toEqual(["no-restricted-syntax"]);
  });

  it("refuses the whole d3 bundle but not its submodules", async () => {
    expect(await ruleIds("src/render/probe.ts", 'import { line } from "d3";\nexport const l = line;\n')).toEqual([
      "no-restricted-imports",
    ]);
    expect(await ruleIds("src/render/probe.ts", 'import { line } from "d3-shape";\nexport const l = line;\n')).toEqual(
      [],
    );
  });

  it("keeps the UI away from src/io: files are read through app commands", async () => {
    const code = 'import { importFile } from "../io/import";\nexport const f = importFile;\n';
    expect(await ruleIds("src/ui/Probe.tsx", code)).toEqual(["no-restricted-imports"]);
    const own = 'import { PickStep } from "./files/PickStep";\nexport const P = PickStep;\n';
    expect(await ruleIds("src/ui/Probe.tsx", own)).toEqual([]);
  });
});
