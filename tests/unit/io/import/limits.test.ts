import { describe, expect, it } from "vitest";
import {
  checkImportSize,
  describeImportError,
  IMPORT_MAX_BYTES,
  importErrorMessage,
  NATIVE_IMPORT_MAX_BYTES,
} from "../../../../src/io/import";

describe("checkImportSize", () => {
  it("returns null for a file at the limit and a tooLarge error one byte over it", () => {
    expect(checkImportSize("ties.csv", IMPORT_MAX_BYTES)).toBeNull();
    expect(checkImportSize("ties.csv", IMPORT_MAX_BYTES + 1)).toEqual({
      kind: "tooLarge",
      file: "ties.csv",
      bytes: IMPORT_MAX_BYTES + 1,
      limit: IMPORT_MAX_BYTES,
    });
  });

  it("returns the larger limit for our own map and images, judged by the name alone", () => {
    expect(checkImportSize("map.json", 30_000_000)).toBeNull();
    expect(checkImportSize("map.PNG", NATIVE_IMPORT_MAX_BYTES + 1)?.kind).toBe("tooLarge");
    expect(checkImportSize("graph.gexf", 30_000_000)?.kind).toBe("tooLarge");
  });

  it("returns an error whose message names the file, its size and the limit", () => {
    const e = checkImportSize("big.csv", 200_000_000);
    if (e === null) throw new Error("200 MB accepted");
    expect(describeImportError(e)).toBe(
      "big.csv is 200.0 MB; the limit is 20 MB. Split the file or remove columns you do not need.",
    );
    expect(importErrorMessage(e)).toEqual({
      key: "error.tooLarge",
      params: { file: "big.csv", size: "200.0", limit: "20" },
    });
  });
});
