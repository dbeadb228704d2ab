import sampleText from "../../data/sample-network.json?raw";
import type { MapDocument } from "../domain/model";
import { describeNativeError, parseNative } from "../io/native";

/** Id of the bundled sample map: while it is open, the app says it is a sample. */
export const SAMPLE_MAP_ID = "sample-takahashi";

/** The bundled sample map, validated like any file the user opens. */
export function loadSampleDocument(): MapDocument {
  const result = parseNative(sampleText);
  if (!result.ok) throw new Error(`Bundled sample network is invalid: ${describeNativeError(result.error)}`);
  return result.value;
}
