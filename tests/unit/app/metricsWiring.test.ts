import { describe, expect, it } from "vitest";
import { addPerson, personId, setTie } from "../../../src/domain/model";
import { wireMetrics } from "../../../src/app/metricsWiring";
import type { EgoReport } from "../../../src/domain/metrics/computeAll";
import type { MapDocument } from "../../../src/domain/model";
import { createMapStore } from "../../../src/store/mapStore";
import type { MetricsClient } from "../../../src/workers/metricsClient";
import { sampleNetwork } from "../support/documents";

const sample = sampleNetwork();

function recordingClient(): MetricsClient & { requests: { revision: number; doc: MapDocument }[] } {
  const requests: { revision: number; doc: MapDocument }[] = [];
  return { requests, request: (revision, doc) => void requests.push({ revision, doc }), dispose: () => undefined };
}

describe("wireMetrics", () => {
  it("sends every revision to the real channel and only maps with planned items to the what-if channel", () => {
    const store = createMapStore(sample);
    const real = recordingClient();
    const whatIf = recordingClient();
    wireMetrics(store, { real, whatIf });
    expect(real.requests.map((r) => r.revision)).toEqual([store.getState().revision]);
    expect(whatIf.requests).toEqual([]);

    const ana = personId("planned-ana");
    store
      .getState()
      .apply((d) =>
        setTie(addPerson(d, { id: ana, name: "Ana", planned: true }), { a: d.egoId, b: ana, planned: true }),
      );
    const revision = store.getState().revision;
    // Both channels get the document itself; the what-if client includes the planned items.
    expect(real.requests.at(-1)).toEqual({ revision, doc: store.getState().doc });
    expect(whatIf.requests.at(-1)).toEqual({ revision, doc: store.getState().doc });
  });

  it("clears the what-if analysis when nothing is planned any more", () => {
    const store = createMapStore(sample);
    wireMetrics(store, { real: recordingClient(), whatIf: recordingClient() });
    store.getState().setWhatIf(store.getState().revision, {} as EgoReport);
    store.getState().apply((d) => addPerson(d, { id: personId("bo"), name: "Bo" }));
    expect(store.getState().whatIf).toBeNull();
  });

  it("drops a what-if analysis older than the one it holds", () => {
    const store = createMapStore<string, string>(sample);
    store.getState().setWhatIf(5, "newer");
    store.getState().setWhatIf(4, "older");
    expect(store.getState().whatIf).toEqual({ revision: 5, report: "newer" });
  });
});
