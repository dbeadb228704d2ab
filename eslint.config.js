// Lint: TypeScript + React hooks rules, and the layer boundaries of the architecture guide.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const SIGMA = { group: ["sigma", "sigma/*", "@sigma/*"], message: "sigma is used only in src/render." };
const REACT = { group: ["react", "react-dom", "react-dom/*", "react-i18next"], message: "No React in this layer." };
const ZUSTAND = { group: ["zustand", "zustand/*"], message: "No zustand in this layer." };
const D3 = { group: ["d3"], message: "Import d3 by submodule (d3-scale, d3-shape, …), never the whole bundle." };
const layer = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  caseSensitive: true,
  message: `This layer may not import from src/${name}.`,
});

/**
 * The dependency direction of the architecture guide: which src layers each layer may import,
 * and which UI packages it may not. Everything not allowed is reported.
 */
const LAYERS = ["app", "domain", "scene", "io", "store", "render", "workers", "ui", "i18n", "cli"];
const RULES = {
  domain: { may: [], packages: [SIGMA, REACT, ZUSTAND] },
  // The one drawing (src/scene/types.ts): pure, drawn by sigma, the PNG and SVG writers and the report.
  scene: { may: ["domain"], packages: [SIGMA, REACT, ZUSTAND] },
  io: { may: ["domain", "scene"], packages: [SIGMA, REACT, ZUSTAND] },
  // The one store is created here, and only here (zustand's create/createStore).
  store: { may: ["domain"], packages: [SIGMA, REACT] },
  // Workers parse big imports off the main thread, so they may use io.
  workers: { may: ["domain", "scene", "io"], packages: [SIGMA, REACT, ZUSTAND] },
  render: { may: ["domain", "scene", "store", "i18n"], packages: [ZUSTAND] },
  // The UI reaches files only through app commands (one import pipeline), and the store only
  // through the typed hooks of STORE_HOOKS.
  ui: { may: ["app", "domain", "scene", "store", "render", "i18n"], packages: [SIGMA, ZUSTAND] },
  i18n: { may: ["domain"], packages: [SIGMA, ZUSTAND] },
  cli: { may: ["domain", "scene", "io", "workers", "i18n"], packages: [SIGMA, REACT, ZUSTAND] },
  app: { may: LAYERS, packages: [ZUSTAND] },
};
const restrictedPatterns = (name, packages) => [
  D3,
  ...packages,
  ...LAYERS.filter((l) => l !== name && !RULES[name].may.includes(l)).map(layer),
];
const boundaries = Object.entries(RULES).map(([name, { packages }]) => ({
  files: [`src/${name}/**`],
  rules: { "no-restricted-imports": ["error", { patterns: restrictedPatterns(name, packages) }] },
}));

/** The one ui file that may import zustand: React's `useStore` over the one store, never a new store. */
const STORE_HOOKS = "src/ui/hooks/storeContext.tsx";
const storeHooks = {
  files: [STORE_HOOKS],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "zustand", importNames: ["create", "createStore"], message: "Stores are created only in src/store." },
        ],
        patterns: [
          { group: ["zustand/*"], message: "Stores are created only in src/store." },
          ...restrictedPatterns("ui", [SIGMA]),
        ],
      },
    ],
  },
};

/** Browser storage is reached only through src/app/persistence (maps in IndexedDB, preferences). */
const STORAGE_MESSAGE = "Browser storage is used only in src/app/persistence (e.g. preferences.ts).";
const storage = {
  files: ["src/**"],
  ignores: ["src/app/persistence/**"],
  rules: {
    "no-restricted-globals": [
      "error",
      ...["localStorage", "indexedDB"].map((name) => ({ name, message: STORAGE_MESSAGE })),
    ],
    "no-restricted-properties": [
      "error",
      ...["window", "globalThis", "self"].flatMap((object) =>
        ["localStorage", "indexedDB"].map((property) => ({ object, property, message: STORAGE_MESSAGE })),
      ),
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist", "dist-cli", "node_modules", "test-results", "playwright-report", "coverage", "assembly"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules (floating promises) read the TypeScript project.
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "no-console": "off",
      "@typescript-eslint/no-floating-promises": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "No enums: use a union of string literals." },
        {
          selector:
            "CallExpression[callee.property.name=/^(only|skip|todo)$/]:matches([callee.object.name=/^(it|test|describe)$/], [callee.object.property.name='describe'])",
          message: "Focused or skipped tests make CI prove less than it seems.",
        },
      ],
    },
  },
  ...boundaries,
  storeHooks,
  storage,
  {
    files: ["tests/**", "scripts/**", "*.config.{ts,js}"],
    rules: { "max-lines": "off" },
  },
  {
    // Every e2e test must run under the guards (no foreign request, console error, CSP violation
    // or failed request): take `test` from tests/e2e/support.ts, never straight from Playwright.
    files: ["tests/e2e/**"],
    ignores: ["tests/e2e/support.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["@playwright/test", "playwright/test"].map((name) => ({
            name,
            importNames: ["test", "default"],
            message: "Import `test` from ./support so that the e2e guards check this test.",
          })),
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
