// Passphrase encryption for backups and share links (issue 14): AES-GCM-256 with a key derived
// by PBKDF2-SHA-256 (OWASP 2023: at least 600,000 iterations for PBKDF2-HMAC-SHA256), a random
// 16-byte salt and a 12-byte IV per message. WebCrypto only (browser and Node ≥ 20): no library
// needed, and the derivation is asynchronous, so the main thread does not freeze while it runs.
import { err, ok, type Result } from "../../domain/result";

export const PBKDF2_ITERATIONS = 600_000;

export interface Sealed {
  readonly kdf: "PBKDF2-SHA-256";
  readonly iterations: number;
  /** base64 */
  readonly salt: string;
  readonly cipher: "AES-GCM-256";
  /** base64 */
  readonly iv: string;
  /** base64: ciphertext with the 16-byte GCM tag appended. */
  readonly data: string;
}

export type OpenError =
  /** The tag did not verify: a wrong passphrase, or bytes changed since the file was written. */
  { readonly kind: "wrongPassphraseOrDamaged" } | { readonly kind: "invalid"; readonly message: string };

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** Encrypts `plain` under `passphrase` (NFC-normalised, so an IME's composed and decomposed forms agree). */
export async function seal(plain: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, plain as BufferSource));
  return {
    kdf: "PBKDF2-SHA-256",
    iterations,
    salt: toBase64(salt),
    cipher: "AES-GCM-256",
    iv: toBase64(iv),
    data: toBase64(data),
  };
}

/** Decrypts a `seal` result; a wrong passphrase and a damaged message are indistinguishable (GCM tag). */
export async function open(sealed: Sealed, passphrase: string): Promise<Result<Uint8Array, OpenError>> {
  if (sealed.kdf !== "PBKDF2-SHA-256" || sealed.cipher !== "AES-GCM-256") {
    return err({ kind: "invalid", message: `unsupported encryption ${sealed.kdf} / ${sealed.cipher}` });
  }
  if (!Number.isInteger(sealed.iterations) || sealed.iterations < 100_000 || sealed.iterations > 10_000_000) {
    return err({ kind: "invalid", message: "iterations must be a whole number from 100,000 to 10,000,000" });
  }
  const salt = fromBase64(sealed.salt);
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  if (!salt || salt.length < 16) return err({ kind: "invalid", message: "salt is not 16 bytes of base64" });
  if (!iv || iv.length !== 12) return err({ kind: "invalid", message: "iv is not 12 bytes of base64" });
  if (!data || data.length < 16) return err({ kind: "invalid", message: "data is not base64 ciphertext" });
  const key = await deriveKey(passphrase, salt, sealed.iterations);
  try {
    return ok(
      new Uint8Array(
        await crypto.subtle.decrypt({ name: "AES-GCM", iv: iv as BufferSource }, key, data as BufferSource),
      ),
    );
  } catch {
    return err({ kind: "wrongPassphraseOrDamaged" });
  }
}
