import { probeLinter, restrictedImports } from "../support/eslint";
import { describe, expect, it } from "vitest";

const eslint = probeLinter();
const restricted = (filePath: string, code: string) => restrictedImports(eslint, filePath, code);

describe("layer boundaries", () => {
  it("keep React, zustand, sigma and other layers out of src/domain", async () => {
    const code = [
      'import { useState } from "react";',
      'import { create } from "zustand";',
      'import Sigma from "sigma";',
      'import { createMapStore } from "../../store/mapStore";',
      "export const all = [useState, create, Sigma, createMapStore];",
    ].join("\n");
    expect(await restricted("src/domain/model/probe.ts", code)).toHaveLength(4);
  });

  it("keep sigma inside src/render", async () => {
    const code = 'import Sigma from "sigma";\nexport const S = Sigma;\n';
    expect(await restricted("src/ui/Probe.tsx", code)).toHaveLength(1);
    expect(await restricted("src/render/probe.ts", code)).toHaveLength(0);
  });

  it("let io and workers import only the domain", async () => {
    const code = 'import { App } from "../ui/App";\nexport const A = App;\n';
    expect(await restricted("src/io/probe.ts", code)).toHaveLength(1);
    expect(await restricted("src/workers/probe.ts", code)).toHaveLength(1);
  });
});
