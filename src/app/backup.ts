// Encrypted backup workflows (issue 14): seal the open map or every saved map into one
// `.tsunagari-backup` download, and restore such a file — envelope checked before the passphrase
// is asked, every map decrypted and validated before anything is written, then added all or
// nothing through the persistence controller (never over an existing map).
import type { MapDocument } from "../domain/model";
import { err, ok, type Result } from "../domain/result";
import {
  BACKUP_EXTENSION,
  BACKUP_MAX_BYTES,
  createBackup,
  openBackup,
  readBackupEnvelope,
  type BackupEnvelope,
  type BackupError,
} from "../io/backup";
import type { MapStore } from "../store/mapStore";
import type { PersistenceController, StorageProblem } from "./persistence";
import { toProblem } from "./persistence/problems";

export type { BackupEnvelope, BackupError, BackupMapRef } from "../io/backup";
export { BACKUP_EXTENSION, BACKUP_MAX_BYTES } from "../io/backup";

export type BackupScope = "open" | "all";

/** Shortest passphrase a backup is sealed with (characters, after NFC). */
export const MIN_PASSPHRASE_LENGTH = 8;
/** From this length on the hint calls a passphrase strong. */
export const STRONG_PASSPHRASE_LENGTH = 14;

export type PassphraseStrength = "empty" | "tooShort" | "fair" | "strong";

/** Length is what matters against guessing a passphrase offline; characters, not UTF-16 units. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize("NFC")].length;
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const n = passphraseLength(passphrase);
  if (n === 0) return "empty";
  if (n < MIN_PASSPHRASE_LENGTH) return "tooShort";
  return n < STRONG_PASSPHRASE_LENGTH ? "fair" : "strong";
}

export interface BuiltBackup {
  readonly text: string;
  readonly fileName: string;
  readonly titles: string[];
  /** Saved maps that could not be read and are not in the backup. */
  readonly unreadable: string[];
}

export interface BackupOptions {
  readonly now?: string;
  /** PBKDF2 iterations (tests only; the default is 600,000). */
  readonly iterations?: number;
}

/** The file name says what and when, never a title or a name (it is readable without the passphrase). */
export function backupFileName(createdAt: string): string {
  return `tsunagari-${createdAt.slice(0, 10)}${BACKUP_EXTENSION}`;
}

/** Seals the open map (as in memory) or all saved maps; fails only when the saved maps cannot be listed. */
export async function buildBackup(
  store: MapStore,
  controller: PersistenceController | null,
  scope: BackupScope,
  passphrase: string,
  options: BackupOptions = {},
): Promise<Result<BuiltBackup, StorageProblem>> {
  let docs: MapDocument[] = [store.getState().doc];
  let unreadable: string[] = [];
  if (scope === "all" && controller) {
    try {
      ({ docs, unreadable } = await controller.storedMaps());
    } catch (e) {
      return err(toProblem(e, "read"));
    }
  }
  const createdAt = options.now ?? new Date().toISOString();
  const text = await createBackup(docs, passphrase, createdAt, options.iterations);
  return ok({ text, fileName: backupFileName(createdAt), titles: docs.map((d) => d.title), unreadable });
}

/** Saves a backup through a same-origin blob URL (nothing is sent anywhere). */
export function downloadBackup(backup: BuiltBackup): void {
  const url = URL.createObjectURL(new Blob([backup.text], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = backup.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a picked file's envelope, refusing an oversized file from its size before reading it. */
export async function readBackupFile(file: Blob): Promise<Result<BackupEnvelope, BackupError>> {
  if (file.size > BACKUP_MAX_BYTES) return err({ kind: "tooLarge", bytes: file.size, limit: BACKUP_MAX_BYTES });
  return readBackupEnvelope(await file.text());
}

export type RestoreError =
  | BackupError
  /** Maps could not be written (nothing was kept); `problem` says why. */
  | { readonly kind: "storage"; readonly problem: StorageProblem }
  /** This browser does not save maps (private window, storage blocked). */
  | { readonly kind: "noStorage" };

/**
 * Decrypts `envelope`, checks every map, then adds them all (a map already here is added as a
 * copy titled `copyTitle(title)`). Returns the titles as added; on any error nothing changed.
 */
export async function restoreBackup(
  controller: PersistenceController | null,
  envelope: BackupEnvelope,
  passphrase: string,
  copyTitle: (title: string) => string,
): Promise<Result<string[], RestoreError>> {
  if (!controller) return err({ kind: "noStorage" });
  const opened = await openBackup(envelope, passphrase);
  if (!opened.ok) return opened;
  const added = await controller.addMaps(opened.value, copyTitle);
  if (added.ok) return ok(added.added.map((m) => m.title));
  return err(
    added.problem.kind === "unavailable" ? { kind: "noStorage" } : { kind: "storage", problem: added.problem },
  );
}
