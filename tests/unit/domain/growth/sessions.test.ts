import { describe, expect, it } from "vitest";
import { addPerson, createDocument, mapId, personId, snapshotId, type MapDocument } from "../../../../src/domain/model";
import { cleanClientName, setClient } from "../../../../src/domain/growth/client";
import { clientNames, groupByClient, sameSessionAgain, sessionsOf } from "../../../../src/domain/growth/sessions";
import { takeSnapshot } from "../../../../src/domain/growth/snapshot";
import type { SnapshotScores } from "../../../../src/domain/model";

const SCORES: SnapshotScores = {
  bridging: 40,
  diversity: 50,
  effectiveSize: 2,
  thirdPlaces: 1,
  weakShare: 0.5,
  people: 1,
  ties: 1,
};

function doc(): MapDocument {
  const d = createDocument({
    id: mapId("m"),
    title: "Map",
    egoId: personId("ego"),
    egoName: "Me",
    now: "2026-01-01T00:00:00.000Z",
  });
  return addPerson(d, { id: personId("aiko"), name: "Aiko" });
}

function snap(d: MapDocument, id: string, now: string, session: boolean): MapDocument {
  return takeSnapshot(d, { id: snapshotId(id), name: id, now, scores: SCORES, session });
}

describe("setClient", () => {
  it("stores the name in NFC with the ideographic space and edges cleaned", () => {
    // か + combining dakuten (NFD, as some macOS pastes arrive) becomes が.
    const d = setClient(doc(), "\u3000佐藤\u3000さん か\u3099 ");
    expect(d.client).toBe("佐藤 さん が");
  });

  it("folds full-width letters as names are stored", () => {
    expect(setClient(doc(), "ＡＢＣ商事").client).toBe("ABC商事");
  });

  it("changes the client and leaves everything else alone", () => {
    const before = setClient(doc(), "佐藤さん");
    const after = setClient(before, "鈴木さん");
    expect(after.client).toBe("鈴木さん");
    expect(after.people).toBe(before.people);
    expect(after.title).toBe("Map");
  });

  it("removes the client for null or a blank name", () => {
    const d = setClient(doc(), "佐藤さん");
    expect("client" in setClient(d, null)).toBe(false);
    expect("client" in setClient(d, " \u3000 ")).toBe(false);
  });

  it("returns the same document when nothing changes", () => {
    const d = setClient(doc(), "佐藤さん");
    expect(setClient(d, " 佐藤さん ")).toBe(d);
    const none = doc();
    expect(setClient(none, null)).toBe(none);
  });

  it("keeps names that look like object keys", () => {
    expect(setClient(doc(), "constructor").client).toBe("constructor");
    expect(cleanClientName("__proto__")).toBe("__proto__");
  });
});

describe("sessionsOf", () => {
  it("returns the dates of session snapshots only, newest first", () => {
    let d = snap(doc(), "a", "2026-03-12T10:00:00.000Z", true);
    d = snap(d, "hand", "2026-04-01T10:00:00.000Z", false);
    d = snap(d, "b", "2026-06-02T10:00:00.000Z", true);
    expect(sessionsOf(d)).toEqual(["2026-06-02T10:00:00.000Z", "2026-03-12T10:00:00.000Z"]);
  });

  it("returns no dates for a map without sessions", () => {
    expect(sessionsOf(snap(doc(), "hand", "2026-04-01T10:00:00.000Z", false))).toEqual([]);
  });
});

describe("sameSessionAgain", () => {
  const dayOf = (iso: string) => iso.slice(0, 10);

  it("finds the session ended today on the unchanged map", () => {
    const d = snap(doc(), "s", "2026-06-02T10:00:00.000Z", true);
    expect(sameSessionAgain(d, "2026-06-02", dayOf)?.id).toBe("s");
  });

  it("is null once the map changed, on another day, or with no session", () => {
    const d = snap(doc(), "s", "2026-06-02T10:00:00.000Z", true);
    expect(sameSessionAgain(addPerson(d, { id: personId("ken"), name: "Ken" }), "2026-06-02", dayOf)).toBeNull();
    expect(sameSessionAgain(d, "2026-09-01", dayOf)).toBeNull();
    expect(sameSessionAgain(snap(doc(), "h", "2026-06-02T10:00:00.000Z", false), "2026-06-02", dayOf)).toBeNull();
  });
});

describe("groupByClient", () => {
  const maps = [
    { id: "1", client: "鈴木さん" },
    { id: "2" },
    { id: "3", client: "佐藤さん" },
    { id: "4", client: "佐藤\u3000さん" },
    { id: "5", client: "" },
    { id: "6", client: "Abe" },
  ];

  it("puts maps without a client first, then clients in Japanese collation order", () => {
    const groups = groupByClient(maps);
    expect(groups.map((g) => g.client)).toEqual([null, "Abe", "佐藤さん", "鈴木さん"]);
    expect(groups[0]?.maps.map((m) => m.id)).toEqual(["2", "5"]);
  });

  it("keeps one group for spellings with the same name key, maps in the given order", () => {
    const sato = groupByClient(maps).find((g) => g.client === "佐藤さん");
    expect(sato?.maps.map((m) => m.id)).toEqual(["3", "4"]);
  });

  it("sorts kana clients in gojūon order", () => {
    const groups = groupByClient([{ client: "たなか" }, { client: "いとう" }, { client: "サトウ" }]);
    expect(groups.map((g) => g.client)).toEqual(["いとう", "サトウ", "たなか"]);
  });

  it("makes no group for an empty list and lists distinct client names", () => {
    expect(groupByClient([])).toEqual([]);
    expect(clientNames(maps)).toEqual(["Abe", "佐藤さん", "鈴木さん"]);
  });
});
