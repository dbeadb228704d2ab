// Property tests: random and mutated input never escapes the Result, never breaks the document
// invariants when accepted, and never takes long.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../../../src/domain/model";
import type { Result } from "../../../../src/domain/result";
import {
  decodeText,
  importFile,
  parseCsvMap,
  parseEmbeddedPng,
  parseEmbeddedSvg,
  parseGexf,
  parseGraphml,
  parseGraphologyJson,
  parseLinkedIn,
  parseNameList,
  parseNativeImport,
  parseVcard,
  type ImportError,
  type ImportedMap,
} from "../../../../src/io/import";
import { readITxt } from "../../../../src/io/export";
import { fixtureBytes, fixtureText, NODE_OPTIONS } from "./helpers";

const RUNS = 150;
const MARKUP = [
  "<",
  ">",
  "&",
  '"',
  "'",
  ",",
  ";",
  ":",
  "\n",
  "\r\n",
  "=",
  "\\",
  "{",
  "}",
  "[",
  "]",
  "\uFEFF",
  "\u0000",
  "佐",
  "ﾀ",
  " ",
];

function checkResult(r: Result<ImportedMap, ImportError>, file: string, ms: number): void {
  expect(ms).toBeLessThan(2000);
  if (r.ok) expect(checkInvariants(r.value.doc)).toEqual([]);
  else expect(r.error.file).toBe(file);
}

/** A valid seed text with random insertions, deletions and replacements. */
const mutated = (seed: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        del: fc.nat({ max: 8 }),
        ins: fc.oneof(fc.constantFrom(...MARKUP), fc.string({ unit: "grapheme", maxLength: 6 })),
      }),
      { maxLength: 12 },
    )
    .map((ops) =>
      ops.reduce((s, op) => {
        const i = s.length === 0 ? 0 : op.at % s.length;
        return s.slice(0, i) + op.ins + s.slice(i + op.del);
      }, seed),
    );

const SEEDS: Readonly<Record<string, string>> = {
  "people.csv": fixtureText("people-bom.csv"),
  "ties.csv": fixtureText("ties.csv"),
  "Connections.csv": fixtureText("Connections.csv"),
  "contacts.vcf": fixtureText("google.vcf") + fixtureText("apple.vcf"),
  "g.gexf": fixtureText("gephi.gexf"),
  "n.gexf": fixtureText("networkx.gexf"),
  "g.graphml": fixtureText("igraph.graphml"),
  "map.json": fixtureText("../../../data/sample-network.json"),
};

const PARSERS: Readonly<Record<string, (file: string, text: string) => Result<ImportedMap, ImportError>>> = {
  csvPeople: (f, t) => parseCsvMap({ people: { file: f, text: t } }),
  csvTies: (f, t) => parseCsvMap({ ties: { file: f, text: t } }),
  linkedin: (f, t) => parseLinkedIn(f, t),
  vcard: (f, t) => parseVcard(f, t),
  nameList: (f, t) => parseNameList(f, t),
  gexf: (f, t) => parseGexf(f, t, NODE_OPTIONS),
  graphml: (f, t) => parseGraphml(f, t, NODE_OPTIONS),
  graphologyJson: (f, t) => parseGraphologyJson(f, t),
  native: (f, t) => parseNativeImport(f, t),
  svg: (f, t) => parseEmbeddedSvg(f, t),
};

const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
};

describe("every parser", () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`returns a Result for random text (${name})`, () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
          const [r, ms] = timed(() => parse("in", text));
          checkResult(r, "in", ms);
        }),
        { numRuns: RUNS },
      );
    });
  }

  for (const [file, seed] of Object.entries(SEEDS)) {
    it(`returns a Result for every mutation of ${file}, whichever parser reads it`, () => {
      fc.assert(
        fc.property(mutated(seed), fc.constantFrom(...Object.keys(PARSERS)), (text, parser) => {
          const [r, ms] = timed(() => PARSERS[parser]?.(file, text));
          if (r) checkResult(r, file, ms);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("importFile", () => {
  it("returns a Result for random bytes under any file name", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("a.csv", "b.vcf", "c.gexf", "d.graphml", "e.json", "f.png", "g.svg", "h.txt", "i"),
        (bytes, file) => {
          const [r, ms] = timed(() => importFile(file, bytes, NODE_OPTIONS));
          checkResult(r, file, ms);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("returns a Result for PNGs with random bytes flipped", () => {
    const png = fixtureBytes("with-map.png");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), (flips) => {
        const b = png.slice();
        for (const [at, v] of flips) b[at % b.length] = v;
        const [r, ms] = timed(() => parseEmbeddedPng("m.png", b));
        checkResult(r, "m.png", ms);
        expect(() => readITxt(b, "tsunagari-map")).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

describe("decodeText", () => {
  it("never throws and returns text or null", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeText(bytes);
        expect(r === null || typeof r.text === "string").toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
