// Every e2e test runs under the guards of tests/e2e/support.ts only if it takes `test` from there:
// lint refuses `test` straight from @playwright/test in the e2e folder.
import { probeLinter, restrictedImports } from "../support/eslint";
import { describe, expect, it } from "vitest";

const eslint = probeLinter();
const restricted = (filePath: string, code: string) => restrictedImports(eslint, filePath, code);

describe("e2e guards", () => {
  it("refuse a spec that takes test from @playwright/test", async () => {
    const named = 'import { expect, test } from "@playwright/test";\nexport const t = [expect, test];\n';
    expect(await restricted("tests/e2e/probe.spec.ts", named)).toHaveLength(1);
    const renamed = 'import { test as base } from "@playwright/test";\nexport const t = base;\n';
    expect(await restricted("tests/e2e/probe.spec.ts", renamed)).toHaveLength(1);
    expect(await restricted("tests/e2e/probeHelpers.ts", named)).toHaveLength(1);
  });

  it("let specs take test from ./support and types from @playwright/test", async () => {
    const code = [
      'import type { Page } from "@playwright/test";',
      'import { expect, test } from "./support";',
      "export const t: [unknown, unknown, Page | null] = [expect, test, null];",
    ].join("\n");
    expect(await restricted("tests/e2e/probe.spec.ts", code)).toHaveLength(0);
    const base = 'import { expect, test as base } from "@playwright/test";\nexport const t = [expect, base];\n';
    expect(await restricted("tests/e2e/support.ts", base)).toHaveLength(0);
  });
});
