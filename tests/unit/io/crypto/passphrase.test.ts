import { describe, expect, it } from "vitest";
import { fromBase64, open, PBKDF2_ITERATIONS, seal, toBase64, type Sealed } from "../../../../src/io/crypto/passphrase";

// The fewest iterations `open` accepts: keeps the suite fast; the default is checked once below.
const FAST = 100_000;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

/** `sealed` with one bit of byte `index` of its base64 field `field` flipped. */
function flip(sealed: Sealed, field: "data" | "iv" | "salt", index: number): Sealed {
  const raw = fromBase64(sealed[field]);
  if (!raw) throw new Error("not base64");
  raw[index] = (raw[index] ?? 0) ^ 0x01;
  return { ...sealed, [field]: toBase64(raw) };
}

describe("seal", () => {
  it("derives the key with 600,000 PBKDF2-SHA-256 iterations by default and hides the text", async () => {
    const sealed = await seal(bytes("Aiko Tanaka, NPO かけはし"), "correct horse battery staple");
    expect(sealed).toMatchObject({ kdf: "PBKDF2-SHA-256", iterations: 600_000, cipher: "AES-GCM-256" });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(fromBase64(sealed.salt)).toHaveLength(16);
    expect(fromBase64(sealed.iv)).toHaveLength(12);
    expect(JSON.stringify(sealed)).not.toContain("Aiko");
    expect(text(fromBase64(sealed.data) ?? new Uint8Array())).not.toContain("Aiko");
  });

  it("uses a fresh salt and IV each time, so the same text sealed twice looks different", async () => {
    const a = await seal(bytes("same"), "pass phrase", FAST);
    const b = await seal(bytes("same"), "pass phrase", FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });
});

describe("open", () => {
  it("returns the sealed bytes with the right passphrase", async () => {
    const plain = "二つの地図 — Aiko, Ken; 🍵 and a long line ".repeat(2000);
    const sealed = await seal(bytes(plain), "correct horse battery staple", FAST);
    const opened = await open(sealed, "correct horse battery staple");
    expect(opened.ok && text(opened.value)).toBe(plain);
  });

  it("returns wrongPassphraseOrDamaged for a wrong passphrase", async () => {
    const sealed = await seal(bytes("secret"), "correct horse battery staple", FAST);
    expect(await open(sealed, "correct horse battery stapler")).toEqual({
      ok: false,
      error: { kind: "wrongPassphraseOrDamaged" },
    });
    expect(await open(sealed, "")).toEqual({ ok: false, error: { kind: "wrongPassphraseOrDamaged" } });
  });

  it.each([
    ["data", 0],
    ["data", -1],
    ["iv", 5],
    ["salt", 15],
  ] as const)("returns wrongPassphraseOrDamaged when one byte of %s (%i) changed", async (field, at) => {
    const sealed = await seal(bytes("secret map"), "pass phrase", FAST);
    const length = fromBase64(sealed[field])?.length ?? 0;
    const damaged = flip(sealed, field, at < 0 ? length + at : at);
    expect(await open(damaged, "pass phrase")).toEqual({ ok: false, error: { kind: "wrongPassphraseOrDamaged" } });
  });

  it("returns wrongPassphraseOrDamaged when the ciphertext was cut short", async () => {
    const sealed = await seal(bytes("a map that is long enough to cut ".repeat(10)), "pass phrase", FAST);
    const raw = fromBase64(sealed.data) ?? new Uint8Array();
    const cut = { ...sealed, data: toBase64(raw.subarray(0, raw.length - 40)) };
    expect(await open(cut, "pass phrase")).toEqual({ ok: false, error: { kind: "wrongPassphraseOrDamaged" } });
  });

  it("opens with a Japanese passphrase typed decomposed when it was sealed composed (NFC)", async () => {
    const composed = "がっこうのパスワード";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(decomposed.length).toBeGreaterThan(composed.length);
    const sealed = await seal(bytes("地図"), composed, FAST);
    const opened = await open(sealed, decomposed);
    expect(opened.ok && text(opened.value)).toBe("地図");
    const back = await open(await seal(bytes("地図"), decomposed, FAST), composed);
    expect(back.ok && text(back.value)).toBe("地図");
  });

  it.each<[string, Partial<Record<keyof Sealed, unknown>>, string]>([
    ["another key derivation", { kdf: "scrypt" }, "unsupported encryption"],
    ["another cipher", { cipher: "AES-CBC-256" }, "unsupported encryption"],
    ["too few iterations", { iterations: 1000 }, "iterations"],
    ["too many iterations", { iterations: 1e9 }, "iterations"],
    ["fractional iterations", { iterations: 150_000.5 }, "iterations"],
    ["a salt that is not base64", { salt: "not base64!" }, "salt"],
    ["a short salt", { salt: toBase64(new Uint8Array(8)) }, "salt"],
    ["an IV of the wrong length", { iv: toBase64(new Uint8Array(16)) }, "iv"],
    ["data shorter than the GCM tag", { data: toBase64(new Uint8Array(8)) }, "data"],
    ["data that is not base64", { data: "%%%" }, "data"],
  ])("returns invalid for %s", async (_, change, message) => {
    const sealed = await seal(bytes("secret"), "pass phrase", FAST);
    const result = await open({ ...sealed, ...change } as Sealed, "pass phrase");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe("invalid");
    expect(!result.ok && result.error.kind === "invalid" && result.error.message).toContain(message);
  });
});

describe("toBase64", () => {
  it("round-trips every byte value through fromBase64, also past its 32 KiB chunk", () => {
    const all = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(all))).toEqual(all);
  });
});
