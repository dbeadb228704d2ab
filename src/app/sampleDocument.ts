import sampleText from "../../data/sample-network.json?raw";
import type { MapDocument } from "../domain/model";
import { describeNativeError, parseNative } from "../io/native";

/** The bundled sample map, validated like any file the user opens. */
export function loadSampleDocument(): MapDocument {
  const result = parseNative(sampleText);
  if (!result.ok) throw new Error(`Bundled sample network is invalid: ${describeNativeError(result.error)}`);
  return result.value;
}
