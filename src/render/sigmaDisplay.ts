// Reading sigma's display data of many nodes at once. sigma's getNodeDisplayData returns a copy
// (Object.assign of the whole record) on every call: 60,000 copies, ~26 ms, for the two label
// placings of one edit on the 30,000-person map. This reads the record where sigma (v3.0.3) keeps
// it, in its nodeDataCache (undeclared in its types; sigmaInPlace.ts uses it the same way), and
// falls back to the copying call wherever that cache is not the expected object.
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";

interface WithCache {
  readonly nodeDataCache?: unknown;
}

/**
 * A reader of node display data, valid while sigma does not process again (read it within one
 * placing). What it returns is sigma's own record: read it, never write to it.
 */
export function nodeDisplayReader<N extends object, E extends object>(
  sigma: Sigma<N, E>,
): (id: string) => Readonly<NodeDisplayData> | undefined {
  const s = sigma as unknown as WithCache;
  return (id) => {
    // Read anew each time: sigma replaces the cache object when it is cleared.
    const cache = s.nodeDataCache;
    if (typeof cache !== "object" || cache === null) return sigma.getNodeDisplayData(id);
    return Object.hasOwn(cache, id) ? (cache as Record<string, NodeDisplayData>)[id] : undefined;
  };
}
