// Documents the unit tests start from.
import { readFileSync } from "node:fs";
import type { MapDocument } from "../../../src/domain/model";
import { parseNative } from "../../../src/io/native";

/** The sample network the app opens with (data/sample-network.json), parsed. */
export function sampleNetwork(): MapDocument {
  const parsed = parseNative(readFileSync("data/sample-network.json", "utf8"));
  if (!parsed.ok) throw new Error("data/sample-network.json does not parse");
  return parsed.value;
}
