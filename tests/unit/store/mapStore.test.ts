import { describe, expect, it } from "vitest";
import { personId, updatePerson } from "../../../src/domain/model";
import { createMapStore } from "../../../src/store/mapStore";
import { sampleNetwork } from "../support/documents";

const sample = sampleNetwork();

describe("createMapStore", () => {
  it("bumps the revision on each document change and not on a no-op", () => {
    const store = createMapStore(sample);
    const r0 = store.getState().revision;
    store.getState().apply((d) => updatePerson(d, { id: personId("boss"), name: "森田 部長" }));
    expect(store.getState().revision).toBe(r0 + 1);
    expect(store.getState().doc.people[personId("boss")]?.name).toBe("森田 部長");
    store.getState().apply((d) => d);
    expect(store.getState().revision).toBe(r0 + 1);
  });

  it("leaves the document untouched when an updater throws", () => {
    const store = createMapStore(sample);
    const before = store.getState().doc;
    expect(() => store.getState().apply((d) => updatePerson(d, { id: personId("boss"), name: "" }))).toThrow();
    expect(store.getState().doc).toBe(before);
  });

  it("tells its subscribers nothing when an edit finds the analysis already computing and nothing planned", () => {
    const store = createMapStore<{ score: number }>(sample);
    store.getState().markMetricsComputing();
    store.getState().setWhatIf(1, null);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.getState().markMetricsComputing();
    store.getState().setWhatIf(2, null);
    expect(heard).toBe(0);
    expect(store.getState().metrics.status).toBe("computing");
    expect(store.getState().whatIf).toBeNull();
    store.getState().setMetrics(store.getState().revision, { score: 1 });
    store.getState().markMetricsComputing();
    expect(store.getState().metrics).toMatchObject({ status: "computing", report: { score: 1 } });
    expect(heard).toBe(2);
    stop();
  });

  it("drops metrics computed for an older revision than the one it holds", () => {
    const store = createMapStore<{ score: number }>(sample);
    store.getState().apply((d) => updatePerson(d, { id: personId("boss"), name: "A" }));
    const current = store.getState().revision;
    store.getState().setMetrics(current, { score: 2 });
    store.getState().setMetrics(current - 1, { score: 1 });
    expect(store.getState().metrics).toMatchObject({ status: "ready", revision: current, report: { score: 2 } });
  });
});
