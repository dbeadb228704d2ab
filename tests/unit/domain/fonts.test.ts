// The one font stack: the page's CSS and the shipped @font-face files agree with src/domain/fonts.ts.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cssFont, FONT_STACK, SHIPPED_FONT_FAMILY, SHIPPED_FONT_WEIGHTS } from "../../../src/domain/fonts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const read = (path: string) => readFileSync(resolve(root, path), "utf8");

describe("font stack", () => {
  it("puts the shipped font first", () => {
    expect(FONT_STACK.split(",")[0]?.trim()).toBe(`"${SHIPPED_FONT_FAMILY}"`);
    expect(FONT_STACK.trim().endsWith("sans-serif")).toBe(true);
  });

  it("is the page's own font-family", () => {
    const rootRule = /:root\s*{([^}]*)}/.exec(read("src/ui/app.css"))?.[1] ?? "";
    expect(/font-family:\s*([^;]+);/.exec(rootRule)?.[1]).toBe(FONT_STACK);
  });

  it("is shipped: the app imports every shipped weight, and the package registers that family", () => {
    const app = read("src/ui/App.tsx");
    for (const weight of SHIPPED_FONT_WEIGHTS) {
      expect(app).toContain(`import "@fontsource/noto-sans-jp/${weight}.css";`);
      const css = read(`node_modules/@fontsource/noto-sans-jp/${weight}.css`);
      expect(css).toContain(`font-family: '${SHIPPED_FONT_FAMILY}'`);
      expect(css).toContain(`font-weight: ${weight}`);
    }
  });

  it("writes CSS font shorthands in the stack", () => {
    expect(cssFont(12)).toBe(`400 12px ${FONT_STACK}`);
    expect(cssFont(20, 700)).toBe(`700 20px ${FONT_STACK}`);
  });
});
