// base64url (RFC 4648 §5) without padding: the alphabet a URL fragment carries unescaped, so a
// share link survives chat apps and mail clients that re-encode "+", "/" and "=".
import { fromBase64, toBase64 } from "../crypto/passphrase";

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/gu, "-").replace(/\//gu, "_").replace(/=+$/u, "");
}

/** Null when `text` is not base64url (a character outside the alphabet, or an impossible length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/u.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/gu, "+").replace(/_/gu, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  return fromBase64(padded);
}
