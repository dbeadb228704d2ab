import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { initialLanguage } from "../../../src/i18n";

const DIR = "src/i18n/locales";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, "");
}

describe("translations", () => {
  const namespaces = readdirSync(`${DIR}/en`).filter((f) => f.endsWith(".json"));

  it("ship the same namespaces in English and Japanese", () => {
    expect(
      readdirSync(`${DIR}/ja`)
        .filter((f) => f.endsWith(".json"))
        .sort(),
    ).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    it(`returns a Japanese string for every English key of ${ns}`, () => {
      const en = JSON.parse(readFileSync(`${DIR}/en/${ns}`, "utf8"));
      const ja = JSON.parse(readFileSync(`${DIR}/ja/${ns}`, "utf8"));
      // Japanese has no plural forms: an English `x_one`/`x_other` pair matches a Japanese `x_other` or `x`.
      const jaKeys = new Set(keys(ja).map(pluralBase));
      const missing = [...new Set(keys(en).map(pluralBase))].filter((k) => !jaKeys.has(k));
      expect(missing).toEqual([]);
      for (const k of keys(ja)) {
        const value = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], ja);
        expect(typeof value === "string" && value.trim().length > 0, `${ns}: ${k}`).toBe(true);
      }
    });

    it(`has no Japanese key that English lacks, nor a plural form Japanese never uses, in ${ns}`, () => {
      const en = JSON.parse(readFileSync(`${DIR}/en/${ns}`, "utf8"));
      const ja = JSON.parse(readFileSync(`${DIR}/ja/${ns}`, "utf8"));
      const enKeys = new Set(keys(en).map(pluralBase));
      expect(keys(ja).filter((k) => !enKeys.has(pluralBase(k)))).toEqual([]);
      // Japanese has only the plural category "other": a `_one` string would never be shown.
      const jaForms = new Set(new Intl.PluralRules("ja").resolvedOptions().pluralCategories);
      const deadForms = keys(ja).filter((k) => {
        const form = /_(zero|one|two|few|many|other)$/.exec(k)?.[1];
        return form !== undefined && !jaForms.has(form as Intl.LDMLPluralRule);
      });
      expect(deadForms).toEqual([]);
    });
  }
});

describe("initialLanguage", () => {
  it("returns the saved choice first, then the browser language", () => {
    expect(initialLanguage({ getItem: () => "ja" }, "en-US")).toBe("ja");
    expect(initialLanguage({ getItem: () => null }, "ja-JP")).toBe("ja");
    expect(initialLanguage({ getItem: () => "xx" }, "fr-FR")).toBe("en");
  });

  it("falls back to the browser language when storage throws", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(initialLanguage(blocked, "ja")).toBe("ja");
  });
});
