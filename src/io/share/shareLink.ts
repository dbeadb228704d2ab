// A read-only share link: the map travels in the URL's #fragment, which browsers never send to a
// server (RFC 3986 §3.5; the fragment is not part of the HTTP request). The fragment is
//   #share=1.<base64url(deflate-raw(JSON))>                          plain
//   #share=1e.<base64url(salt[16] ‖ iv[12] ‖ AES-GCM(deflate-raw(JSON)))>  with a passphrase
// where JSON is the compact form (shareCodec.ts) of the shared document (shareDocument.ts),
// read back through the native parser, and the key is PBKDF2-SHA-256 with PBKDF2_ITERATIONS (io/crypto/passphrase.ts). Compressed
// before it is encrypted: ciphertext does not compress. The leading number is the link format;
// a newer one is refused as "made by a newer version".
import { err, ok, type Result } from "../../domain/result";
import type { MapDocument } from "../../domain/model";
import { fromBase64, open, PBKDF2_ITERATIONS, seal, toBase64 } from "../crypto/passphrase";
import { fromBase64Url, toBase64Url } from "./base64url";
import { fromSharePayload, toSharePayload } from "./shareCodec";

export const SHARE_PREFIX = "#share=";
export const SHARE_LINK_VERSION = 1;

/**
 * Longest link offered, in characters of the whole URL. 8,000 fits in one message of the ways a
 * link is commonly sent, with room for a line of text: LINE and X messages take 10,000
 * characters, Slack 40,000, Teams about 28,000, mail any; browsers take far more (Chromium 2 MB,
 * Firefox 1 MB, Safari about 80,000). Discord (2,000) and SMS are too short for any but tiny
 * maps — the dialog shows the length. Measured (tests/unit/io/share/shareLink.test.ts): the
 * sample map (39 people, 108 ties) gives about 2,700 characters, a 150-person map with 450 ties
 * and a saved position for everyone about 7,200, encrypted or not.
 */
export const SHARE_LINK_MAX_CHARS = 8_000;

/** A fragment longer than this is not even decoded (a pasted file, not a link). */
const MAX_FRAGMENT_CHARS = 2_000_000;
/** Decompression stops here: a few KB of deflate can expand a thousandfold (a "zip bomb"). */
const MAX_JSON_BYTES = 20_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type ShareLinkError =
  /** Not a whole link: characters lost or changed when it was copied, or not a map inside. */
  | { readonly kind: "damaged" }
  /** Made by a newer version of the app (a newer link format or map format). */
  | { readonly kind: "versionTooNew" }
  /** Encrypted: a passphrase is needed to open it. */
  | { readonly kind: "needsPassphrase" }
  /** The passphrase did not open it (or the encrypted part was changed: GCM cannot tell which). */
  | { readonly kind: "wrongPassphrase" };

export interface ShareFragment {
  readonly version: number;
  readonly encrypted: boolean;
  readonly data: string;
}

/** Whether the page was opened with a share link (`location.hash`). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The parts of a share fragment; null when it is not one at all. */
export function parseShareFragment(hash: string): ShareFragment | null {
  if (!isShareFragment(hash)) return null;
  const m = /^(\d{1,6})(e?)\.(.*)$/su.exec(hash.slice(SHARE_PREFIX.length));
  if (!m) return { version: SHARE_LINK_VERSION, encrypted: false, data: "" };
  return { version: Number(m[1]), encrypted: m[2] === "e", data: m[3] ?? "" };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw new Error("too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const deflate = (bytes: Uint8Array) => pipe(bytes, new CompressionStream("deflate-raw"), Number.POSITIVE_INFINITY);
const inflate = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream("deflate-raw"), MAX_JSON_BYTES);

/**
 * The fragment (`#share=…`) for a document already prepared with `shareDocument`; encrypted when
 * a passphrase is given. `iterations` is for tests only: a link always uses PBKDF2_ITERATIONS.
 */
export async function encodeShareFragment(
  doc: MapDocument,
  passphrase?: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(toSharePayload(doc))));
  if (passphrase === undefined || passphrase === "")
    return `${SHARE_PREFIX}${SHARE_LINK_VERSION}.${toBase64Url(packed)}`;
  const sealed = await seal(packed, passphrase, iterations);
  const parts = [sealed.salt, sealed.iv, sealed.data].map((b64) => fromBase64(b64) ?? new Uint8Array());
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return `${SHARE_PREFIX}${SHARE_LINK_VERSION}e.${toBase64Url(bytes)}`;
}

async function unpack(packed: Uint8Array): Promise<Result<MapDocument, ShareLinkError>> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await inflate(packed)));
  } catch {
    return err({ kind: "damaged" });
  }
  const parsed = fromSharePayload(raw);
  if (parsed.ok) return ok(parsed.value);
  return err({ kind: parsed.error.kind === "versionTooNew" ? "versionTooNew" : "damaged" });
}

/**
 * The map a share fragment carries. An encrypted one needs `passphrase` (else `needsPassphrase`);
 * `iterations` must match the one used to encode (tests only).
 */
export async function decodeShareFragment(
  hash: string,
  passphrase?: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Result<MapDocument, ShareLinkError>> {
  const fragment = parseShareFragment(hash);
  if (!fragment || hash.length > MAX_FRAGMENT_CHARS) return err({ kind: "damaged" });
  if (fragment.version > SHARE_LINK_VERSION) return err({ kind: "versionTooNew" });
  if (fragment.version < 1) return err({ kind: "damaged" });
  // Chat apps sometimes percent-encode or wrap a long link; whitespace is never part of it.
  const bytes = fromBase64Url(decodeURIComponentSafe(fragment.data).replace(/\s+/gu, ""));
  if (!bytes || bytes.length === 0) return err({ kind: "damaged" });
  if (!fragment.encrypted) return unpack(bytes);
  if (bytes.length < SALT_BYTES + IV_BYTES + TAG_BYTES) return err({ kind: "damaged" });
  if (passphrase === undefined) return err({ kind: "needsPassphrase" });
  const opened = await open(
    {
      kdf: "PBKDF2-SHA-256",
      iterations,
      salt: toBase64(bytes.subarray(0, SALT_BYTES)),
      cipher: "AES-GCM-256",
      iv: toBase64(bytes.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES)),
      data: toBase64(bytes.subarray(SALT_BYTES + IV_BYTES)),
    },
    passphrase,
  );
  if (!opened.ok) return err({ kind: opened.error.kind === "invalid" ? "damaged" : "wrongPassphrase" });
  return unpack(opened.value);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether a whole link (origin, path and fragment) is longer than a link should be. */
export function isTooLongForLink(url: string): boolean {
  return url.length > SHARE_LINK_MAX_CHARS;
}

export interface ShareLink {
  readonly url: string;
  readonly length: number;
}

export type ShareLinkTooLarge = { readonly kind: "tooLarge"; readonly length: number; readonly limit: number };

/**
 * The whole link for `base` (the page's address without its fragment): refused when it would be
 * longer than SHARE_LINK_MAX_CHARS (the file export carries any size).
 */
export async function buildShareLink(
  base: string,
  doc: MapDocument,
  passphrase?: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Result<ShareLink, ShareLinkTooLarge>> {
  const url = base.replace(/#.*$/su, "") + (await encodeShareFragment(doc, passphrase, iterations));
  if (isTooLongForLink(url)) return err({ kind: "tooLarge", length: url.length, limit: SHARE_LINK_MAX_CHARS });
  return ok({ url, length: url.length });
}
