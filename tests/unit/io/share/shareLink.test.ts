import { describe, expect, it } from "vitest";
import { addPerson, getOwn, personId, type MapDocument, type PersonId } from "../../../../src/domain/model";
import {
  decodeShareFragment,
  encodeShareFragment,
  buildShareLink,
  SHARE_LINK_MAX_CHARS,
  shareDocument,
} from "../../../../src/io/share";
import { fromBase64Url } from "../../../../src/io/share/base64url";
import { sampleNetwork } from "../../support/documents";
import { bigShareMap } from "./bigShareMap";

/** The lowest iteration count `open` accepts: the tests run the real code path, only faster. */
const FAST = 100_000;
const ORIGIN = "https://tsunagari.example/";

const names = (doc: MapDocument) =>
  Object.values(doc.people)
    .map((p) => p.name)
    .sort();

async function inflated(fragment: string): Promise<string> {
  const bytes = fromBase64Url(fragment.replace(/^#share=1\./u, ""));
  if (!bytes) throw new Error("not base64url");
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

describe("encodeShareFragment / decodeShareFragment", () => {
  it("round-trips the sample map: the same people, communities, ties and ego", async () => {
    const sample = sampleNetwork();
    const fragment = await encodeShareFragment(shareDocument(sample));
    expect(fragment).toMatch(/^#share=1\.[A-Za-z0-9_-]+$/u);
    const back = await decodeShareFragment(fragment);
    if (!back.ok) throw new Error(back.error.kind);
    expect(names(back.value)).toEqual(names(sample));
    expect(Object.keys(back.value.ties)).toHaveLength(Object.keys(sample.ties).length);
    expect(Object.keys(back.value.communities)).toHaveLength(Object.keys(sample.communities).length);
    expect(getOwn(back.value.people, back.value.egoId)?.name).toBe("高橋 美咲");
    expect(back.value.title).toBe(sample.title);
  });

  it("leaves notes, planned people, snapshots, the plan and the client out of a link", async () => {
    const sample = sampleNetwork();
    const noted = Object.values(sample.people).find((p) => p.note);
    expect(noted).toBeDefined();
    const planned = addPerson(sample, { id: personId("maybe"), name: "Planned Person", planned: true });
    const doc: MapDocument = { ...planned, client: "Client K" };
    const text = await inflated(await encodeShareFragment(shareDocument(doc)));
    expect(text).not.toContain(noted?.note ?? "?");
    expect(text).not.toContain("Client K");
    expect(text).not.toContain("Planned Person");
    expect(text).not.toContain("snapshot");
  });

  it("writes an anonymised link with no original name, reading or name-bearing id in it", async () => {
    const sample = sampleNetwork();
    const doc = shareDocument(sample, { mode: "numbered", egoLabel: "You", title: "A network" });
    const text = await inflated(await encodeShareFragment(doc));
    for (const p of Object.values(sample.people)) {
      expect(text, "a name").not.toContain(p.name);
      expect(text, "a surname").not.toContain(p.name.split(/\s+/u)[0]);
      // Romanised names as words ("Sasaki"; "ken" is also a part of other words).
      for (const word of p.reading?.split(/\s+/u) ?? []) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`, "iu"));
    }
    expect(text).not.toContain("sample-takahashi");
    expect(text).not.toMatch(/sasaki|nakamura|mother/iu);
    expect(text).toContain("Person 1");
  });

  it("encrypts with a passphrase: the right one opens it, a wrong one says so", async () => {
    const fragment = await encodeShareFragment(shareDocument(sampleNetwork()), "しずかな 森", FAST);
    expect(fragment).toMatch(/^#share=1e\.[A-Za-z0-9_-]+$/u);
    expect(await decodeShareFragment(fragment, undefined, FAST)).toEqual({
      ok: false,
      error: { kind: "needsPassphrase" },
    });
    expect(await decodeShareFragment(fragment, "しずかな 林", FAST)).toEqual({
      ok: false,
      error: { kind: "wrongPassphrase" },
    });
    const back = await decodeShareFragment(fragment, "しずかな 森", FAST);
    expect(back.ok && getOwn(back.value.people, back.value.egoId)?.name).toBe("高橋 美咲");
  });

  it("says a link cut short or changed is damaged", async () => {
    const fragment = await encodeShareFragment(shareDocument(sampleNetwork()));
    const damaged = { ok: false, error: { kind: "damaged" } };
    expect(await decodeShareFragment(fragment.slice(0, fragment.length - 40))).toEqual(damaged);
    expect(await decodeShareFragment(`${fragment.slice(0, 60)}!!${fragment.slice(62)}`)).toEqual(damaged);
    expect(await decodeShareFragment("#share=1.")).toEqual(damaged);
    expect(await decodeShareFragment("#share=nonsense")).toEqual(damaged);
    const encrypted = await encodeShareFragment(shareDocument(sampleNetwork()), "pass", FAST);
    expect(await decodeShareFragment(encrypted.slice(0, 30), "pass", FAST)).toEqual(damaged);
  });

  it("says a link from a newer version is too new", async () => {
    const fragment = await encodeShareFragment(shareDocument(sampleNetwork()));
    expect(await decodeShareFragment(fragment.replace("#share=1.", "#share=2."))).toEqual({
      ok: false,
      error: { kind: "versionTooNew" },
    });
  });
});

describe("buildShareLink", () => {
  it("gives a link for the sample map well under the limit, and one for a 150-person map under it", async () => {
    const sample = await buildShareLink(ORIGIN, shareDocument(sampleNetwork()));
    const big = await buildShareLink(ORIGIN, shareDocument(bigShareMap()), "pw", FAST);
    if (!sample.ok || !big.ok) throw new Error("refused");
    console.info(`share link lengths: sample ${sample.value.length}, 150 people encrypted ${big.value.length}`);
    expect(sample.value.url.startsWith(`${ORIGIN}#share=1.`)).toBe(true);
    expect(sample.value.length).toBeLessThan(SHARE_LINK_MAX_CHARS / 2);
    expect(big.value.length).toBeLessThan(SHARE_LINK_MAX_CHARS);
  });

  it("refuses a map too large for a link and says how long the link would be", async () => {
    const result = await buildShareLink(ORIGIN, shareDocument(bigShareMap(400, 800)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("tooLarge");
    expect(result.error.length).toBeGreaterThan(SHARE_LINK_MAX_CHARS);
  });

  it("round-trips a 150-person map: every tie's answers and weight, and every position", async () => {
    const doc = shareDocument(bigShareMap());
    const link = await buildShareLink(ORIGIN, doc);
    if (!link.ok) throw new Error("refused");
    const back = await decodeShareFragment(new URL(link.value.url).hash);
    if (!back.ok) throw new Error(back.error.kind);
    const ties = (d: MapDocument) =>
      Object.values(d.ties)
        .map((t) =>
          JSON.stringify([[getOwn(d.people, t.a)?.name, getOwn(d.people, t.b)?.name].sort(), t.answers, t.weight]),
        )
        .sort();
    expect(ties(back.value)).toEqual(ties(doc));
    // Whole layout units (a ring is 100 of them), each person's own position.
    const positions = (d: MapDocument, round: (v: number) => number) =>
      Object.entries(d.positions)
        .map(([id, p]) => JSON.stringify([getOwn(d.people, id as PersonId)?.name, round(p.x), round(p.y), p.source]))
        .sort();
    expect(positions(back.value, (v) => v)).toEqual(positions(doc, Math.round));
    expect(Object.keys(back.value.positions)).toHaveLength(150);
  });
});
