import { describe, expect, it } from "vitest";
import { readPickedFile } from "../../../src/app/importExport";

/** A file that reports a size but fails the test if its bytes are read. */
function unreadableFile(name: string, size: number) {
  return {
    name,
    size,
    arrayBuffer: (): Promise<ArrayBuffer> => Promise.reject(new Error(`read ${name}`)),
  } as unknown as Blob & { name: string };
}

describe("readPickedFile", () => {
  it("returns tooLarge for a 200 MB CSV from its size, without reading it", async () => {
    expect(await readPickedFile(unreadableFile("big.csv", 200_000_000))).toEqual({
      ok: false,
      error: { kind: "tooLarge", file: "big.csv", bytes: 200_000_000, limit: 20_000_000 },
    });
  });

  it("returns the name and bytes of a file within the limit", async () => {
    const read = await readPickedFile(new File(["a,b\n"], "ties.csv"));
    expect(read.ok && { name: read.value.name, text: new TextDecoder().decode(read.value.bytes) }).toEqual({
      name: "ties.csv",
      text: "a,b\n",
    });
  });
});
