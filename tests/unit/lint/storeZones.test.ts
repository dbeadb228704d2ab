// The lint zones of the one store: zustand's create/createStore only in src/store (the ui reads
// the store through the typed hooks of src/ui/hooks/storeContext.tsx), and localStorage/IndexedDB
// only in src/app/persistence.
import { describe, expect, it } from "vitest";
import { probeLinter } from "../support/eslint";

const eslint = probeLinter();

async function messages(filePath: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

const makesStore = [
  'import { createStore } from "zustand/vanilla";',
  'import { create } from "zustand";',
  "export const stores = [createStore(() => ({})), create(() => ({}))];",
].join("\n");

describe("one store", () => {
  it("lets only src/store create a zustand store", async () => {
    expect(await messages("src/store/probeSlice.ts", makesStore, "no-restricted-imports")).toEqual([]);
    for (const file of ["src/ui/Probe.tsx", "src/render/probe.ts", "src/app/probe.ts", "src/ui/hooks/storeContext.tsx"])
      expect(await messages(file, makesStore, "no-restricted-imports"), file).toHaveLength(2);
  });

  it("lets only the store hooks file of the ui import zustand's useStore", async () => {
    const code = 'import { useStore } from "zustand";\nexport const use = useStore;\n';
    expect(await messages("src/ui/hooks/storeContext.tsx", code, "no-restricted-imports")).toEqual([]);
    expect(await messages("src/ui/maps/Probe.tsx", code, "no-restricted-imports")).toHaveLength(1);
  });

  it("keeps the other layer boundaries in the store hooks file", async () => {
    const code = 'import Sigma from "sigma";\nimport { x } from "../../cli/probe";\nexport const all = [Sigma, x];\n';
    expect(await messages("src/ui/hooks/storeContext.tsx", code, "no-restricted-imports")).toHaveLength(2);
  });
});

describe("browser storage", () => {
  const code = [
    'localStorage.setItem("k", "v");',
    'window.localStorage.getItem("k");',
    'indexedDB.open("db");',
    'window.indexedDB.open("db");',
    'globalThis.indexedDB.open("db");',
  ].join("\n");
  const count = async (file: string) =>
    (await messages(file, code, "no-restricted-globals")).length +
    (await messages(file, code, "no-restricted-properties")).length;

  it("is reached only from src/app/persistence", async () => {
    expect(await count("src/app/persistence/probe.ts")).toBe(0);
    expect(await count("src/ui/LanguageSwitch.tsx")).toBe(5);
    expect(await count("src/app/bootstrap.ts")).toBe(5);
    expect(await count("src/render/probe.ts")).toBe(5);
  });
});
