// Lint: TypeScript + React hooks rules, and the layer boundaries of the architecture guide.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const SIGMA = { group: ["sigma", "sigma/*", "@sigma/*"], message: "sigma is used only in src/render." };
const REACT = { group: ["react", "react-dom", "react-dom/*", "react-i18next"], message: "No React in this layer." };
const ZUSTAND = { group: ["zustand", "zustand/*"], message: "No zustand in this layer." };
const layer = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  caseSensitive: true,
  message: `This layer may not import from src/${name}.`,
});

/** Files in `files` may not import the given layers or packages. */
const boundary = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "no-console": "off",
    },
  },
  boundary(
    ["src/domain/**"],
    [
      SIGMA,
      REACT,
      ZUSTAND,
      layer("app"),
      layer("io"),
      layer("store"),
      layer("render"),
      layer("workers"),
      layer("ui"),
      layer("i18n"),
      layer("cli"),
    ],
  ),
  boundary(
    ["src/io/**"],
    [
      SIGMA,
      REACT,
      ZUSTAND,
      layer("app"),
      layer("store"),
      layer("render"),
      layer("workers"),
      layer("ui"),
      layer("i18n"),
      layer("cli"),
    ],
  ),
  boundary(
    ["src/store/**"],
    [
      SIGMA,
      REACT,
      layer("app"),
      layer("io"),
      layer("render"),
      layer("workers"),
      layer("ui"),
      layer("i18n"),
      layer("cli"),
    ],
  ),
  boundary(
    ["src/workers/**"],
    [SIGMA, REACT, ZUSTAND, layer("app"), layer("store"), layer("render"), layer("ui"), layer("i18n"), layer("cli")],
  ),
  boundary(["src/render/**"], [layer("app"), layer("io"), layer("workers"), layer("ui"), layer("cli")]),
  boundary(["src/ui/**"], [SIGMA, layer("workers"), layer("cli")]),
  boundary(
    ["src/i18n/**"],
    [SIGMA, layer("app"), layer("store"), layer("render"), layer("ui"), layer("workers"), layer("io"), layer("cli")],
  ),
  boundary(["src/cli/**"], [SIGMA, REACT, ZUSTAND, layer("app"), layer("store"), layer("render"), layer("ui")]),
  {
    files: ["tests/**", "scripts/**", "*.config.{ts,js}"],
    rules: { "max-lines": "off" },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
