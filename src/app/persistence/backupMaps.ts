// What an encrypted backup needs from the saved maps (issue 14): every saved map read through the
// repository, and a restore that adds maps all or nothing — never over an existing map (an id
// already taken gets a new id and a copy title), and a failed write removes the maps it added.
import { mapId, renameMap, type MapDocument } from "../../domain/model";
import type { MapStore } from "../../store/mapStore";
import type { Message, PersistenceController } from "./controllerTypes";
import { toProblem, type StorageProblem } from "./problems";
import { upsert, type MapSummary } from "./records";
import type { MapRepository } from "./repository";
import type { PersistenceStatus } from "./state";

export interface BackupMapsContext {
  readonly repo: MapRepository | null;
  readonly state: PersistenceStatus;
  readonly tabId: string;
  readonly now: () => string;
  readonly post: (m: Message) => void;
  readonly freshId: () => string;
  /** Holds the open map as it is in memory (its pending edits included). */
  readonly store: MapStore;
}

/** The controller's backup commands, on the context as it is when each is called. */
export function backupCommands(ctx: () => BackupMapsContext): Pick<PersistenceController, "storedMaps" | "addMaps"> {
  return {
    storedMaps: () => readStoredMaps(ctx()),
    addMaps: (docs, copyTitle) => addStoredMaps(ctx(), docs, copyTitle),
  };
}

export interface StoredMaps {
  /** The open map first, then the other saved maps, newest first. */
  readonly docs: MapDocument[];
  /** Titles of saved maps that could not be read (left out). */
  readonly unreadable: string[];
}

export type AddMapsOutcome =
  { readonly ok: true; readonly added: MapSummary[] } | { readonly ok: false; readonly problem: StorageProblem };

/** The open map (as in memory) and every other saved map, read through the repository. */
export async function readStoredMaps(ctx: BackupMapsContext): Promise<StoredMaps> {
  const open = ctx.store.getState().doc;
  const docs: MapDocument[] = [open];
  const unreadable: string[] = [];
  if (!ctx.repo) return { docs, unreadable };
  for (const summary of await ctx.repo.list()) {
    if (summary.id === open.id) continue;
    if (summary.unreadable) {
      unreadable.push(summary.title);
      continue;
    }
    try {
      docs.push((await ctx.repo.load(summary.id)).doc);
    } catch {
      unreadable.push(summary.title);
    }
  }
  return { docs, unreadable };
}

/**
 * Saves `docs` as new maps. A map whose id is taken (saved here, open here, or earlier in `docs`)
 * is added under a new id with `copyTitle(title)`. All or nothing: when one write fails, the maps
 * written before it are removed again and the list of maps stays as it was.
 */
export async function addStoredMaps(
  ctx: BackupMapsContext,
  docs: readonly MapDocument[],
  copyTitle: (title: string) => string,
): Promise<AddMapsOutcome> {
  const { repo, state, tabId } = ctx;
  if (!repo) return { ok: false, problem: state.getState().problem ?? { kind: "unavailable" } };
  const added: MapSummary[] = [];
  let current: MapDocument | null = null;
  try {
    const taken = new Set((await repo.list()).map((m) => m.id));
    const openId = ctx.store.getState().doc.id;
    taken.add(openId);
    for (const doc of docs) {
      current = taken.has(doc.id) ? { ...renameMap(doc, copyTitle(doc.title)), id: mapId(ctx.freshId()) } : doc;
      const outcome = await repo.save(current, { expected: null, savedBy: tabId, now: ctx.now() });
      // Taken since the list was read (another tab): refuse rather than overwrite.
      if (outcome.kind === "conflict") throw new Error(`a map with id ${current.id} was saved meanwhile`);
      taken.add(current.id);
      added.push(outcome.summary);
    }
    // Saving marks the map written last as the one to reopen; the open map stays the one to reopen.
    await repo.setLastOpenId(openId).catch(() => undefined);
  } catch (e) {
    for (const m of added) await repo.remove(m.id).catch(() => undefined);
    return { ok: false, problem: toProblem(e, "write", current?.title) };
  }
  let maps = state.getState().maps;
  for (const summary of added) maps = upsert(maps, summary);
  state.setState({ maps });
  ctx.post({ kind: "listChanged", tabId });
  return { ok: true, added };
}
