// ESLint with the project's config, minus the type-aware parts: these tests lint probe snippets
// that are not files of the TypeScript project (and type information would take seconds a file).
import { ESLint } from "eslint";

export function probeLinter(): ESLint {
  return new ESLint({
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { "@typescript-eslint/no-floating-promises": "off" },
    },
  });
}

/** The no-restricted-imports messages the project's lint gives for `code` as the file `filePath`. */
export async function restrictedImports(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}
